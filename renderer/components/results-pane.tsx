import type { RefObject } from 'react';
import type { SearchHit } from '../../archive/model/article';
import type { SearchState } from '../hooks/use-search';
import { strings } from '../strings';
import { ResultList } from './result-list';

export interface ResultsPaneProps {
  readonly search: SearchState;
  readonly query: string;
  readonly hits: readonly SearchHit[];
  readonly selected: number;
  readonly openId: string | null;
  readonly onSelect: (index: number) => void;
  readonly onOpen: (index: number) => void;
  readonly listRef: RefObject<HTMLOListElement | null>;
}

/** The result count or the reason there are no results, above the list itself. */
export function ResultsPane({ search, query, hits, selected, openId, onSelect, onOpen, listRef }: ResultsPaneProps) {
  return (
    <section className="results" aria-label={strings.resultsLabel} aria-busy={search.kind === 'pending'}>
      <div className="results-status" role="status">
        <SearchSummary search={search} query={query.trim()} />
      </div>
      {hits.length > 0 && (
        <ResultList hits={hits} selected={selected} openId={openId} onSelect={onSelect} onOpen={onOpen} listRef={listRef} />
      )}
    </section>
  );
}

function SearchSummary({ search, query }: { readonly search: SearchState; readonly query: string }) {
  switch (search.kind) {
    case 'idle':
      return <p className="hint">{strings.startTyping}</p>;
    case 'pending':
      return <p className="hint">{search.previous ? strings.resultCount(search.previous.total) : strings.searching}</p>;
    case 'failed':
      return <p className="message error">{strings.searchFailed(search.message)}</p>;
    case 'done': {
      const { response } = search;
      if (response.error !== undefined) return <p className="message error">{strings.queryError(response.error)}</p>;
      if (response.total === 0) return <p className="message">{strings.noResults(query)}</p>;
      return (
        <p className="count">
          <strong>{strings.resultCount(response.total)}</strong>
          {response.total > response.results.length && (
            <span className="hint"> {strings.showingFirst(response.results.length, response.total)}</span>
          )}
        </p>
      );
    }
  }
}
