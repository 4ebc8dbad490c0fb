import type { RefObject } from 'react';
import type { SearchFilters, SearchSort } from '../../archive/model/article';
import type { ArchivoApi } from '../../electron/api';
import { QueryAtFault } from '../search/query-at-fault';
import { useDidYouMean } from '../search/use-did-you-mean';
import { ResultsExportMenu } from '../export/results-export-menu';
import type { TickControl } from '../export/use-ticks';
import { ActiveFilters } from '../filters/active-filters';
import type { FacetName } from '../filters/facet-names';
import type { SearchControl, SearchState } from '../hooks/use-search';
import { useI18n } from '../i18n/i18n-context';
import { ResultList } from './result-list';

export interface ResultsPaneProps {
  readonly api: ArchivoApi;
  /** Replaces the query (a "did you mean" suggestion). */
  readonly onQueryChange: (query: string) => void;
  readonly search: SearchControl;
  readonly query: string;
  readonly filters: SearchFilters;
  readonly sort: SearchSort;
  readonly selected: number;
  readonly openId: string | null;
  readonly onSelect: (index: number) => void;
  readonly onOpen: (index: number) => void;
  readonly onSortChange: (sort: SearchSort) => void;
  readonly onRemoveFilter: (facet: FacetName, value: string | null) => void;
  readonly onClearFilters: () => void;
  readonly listRef: RefObject<HTMLOListElement | null>;
  /** Results ticked for export. */
  readonly ticks: TickControl;
}

const SORTS: readonly SearchSort[] = ['relevance', 'newest', 'oldest'];

/** The result count (or why there are none, and what to do), the sort order, the filters, the list. */
export function ResultsPane(props: ResultsPaneProps) {
  const { search, query, filters, sort, selected, openId, onSelect, onOpen, onSortChange, listRef, ticks } = props;
  const { t } = useI18n();
  const view = search.view;
  const total = view?.response.error === undefined ? (view?.response.total ?? 0) : 0;
  const nothing = search.state.kind === 'done' && search.state.view.response.total === 0 && search.state.view.response.error === undefined;
  const suggestion = useDidYouMean(props.api, search.state.kind === 'done' ? search.state.view.response.query : '', nothing);
  const sortLabel = { relevance: t.sortRelevance, newest: t.sortNewest, oldest: t.sortOldest } as const;
  return (
    <section className="results" aria-label={t.resultsLabel} aria-busy={search.state.kind === 'pending'}>
      <div className="results-toolbar">
        <div className="results-status" role="status">
          <SearchSummary state={search.state} query={query.trim()} filtered={hasFilters(filters)} onRetry={search.retry} />
        </div>
        {view !== null && total > 0 && (
          <label className="sort">
            <span>{t.sortLabel}</span>
            <select value={sort} onChange={(event) => onSortChange(event.target.value as SearchSort)}>
              {SORTS.map((value) => (
                <option key={value} value={value}>
                  {sortLabel[value]}
                </option>
              ))}
            </select>
          </label>
        )}
      </div>
      {suggestion !== null && (
        <p className="did-you-mean">
          {t.didYouMean}{' '}
          <button type="button" className="link-button" onClick={() => props.onQueryChange(suggestion)}>
            {suggestion}
          </button>
          ?
        </p>
      )}
      <ActiveFilters filters={filters} onRemove={props.onRemoveFilter} onClear={props.onClearFilters} />
      {view !== null && total > 0 && (
        <ResultsExportMenu api={props.api} search={{ query: view.response.query, sort, filters }} total={total} ticked={ticks.ticked} />
      )}
      {ticks.ticked.length > 0 && (
        <p className="ticked-bar">
          <span>{t.tickedCount(ticks.ticked.length)}</span>
          <button type="button" className="link-button" onClick={ticks.clear}>
            {t.untickAll}
          </button>
        </p>
      )}
      {view !== null && total > 0 && (
        <ResultList
          view={view}
          selected={selected}
          openId={openId}
          onSelect={onSelect}
          onOpen={onOpen}
          loadRange={search.loadRange}
          listRef={listRef}
          isTicked={ticks.isTicked}
          onTick={ticks.toggle}
        />
      )}
    </section>
  );
}

export function hasFilters(filters: SearchFilters): boolean {
  return Object.values(filters).some((values: readonly unknown[] | undefined) => (values?.length ?? 0) > 0);
}

interface SummaryProps {
  readonly state: SearchState;
  readonly query: string;
  readonly filtered: boolean;
  readonly onRetry: () => void;
}

function SearchSummary({ state, query, filtered, onRetry }: SummaryProps) {
  const { t } = useI18n();
  switch (state.kind) {
    case 'idle':
      return (
        <div className="empty-state">
          <p>{t.startTyping}</p>
          <p className="hint">{t.startTypingDetail}</p>
        </div>
      );
    case 'pending':
      return <p className="hint">{state.previous ? t.resultCount(state.previous.response.total) : t.searching}</p>;
    case 'failed':
      return (
        <div className="message error">
          <p>{t.searchFailed(state.message)}</p>
          <p className="hint">{t.searchFailedHint}</p>
          <button type="button" onClick={onRetry}>
            {t.retry}
          </button>
        </div>
      );
    case 'done': {
      const { response } = state.view;
      if (response.error !== undefined) {
        return (
          <div className="message error">
            <p>{t.queryError(response.problem ? t.queryProblem(response.problem) : response.error)}</p>
            {response.problem && <QueryAtFault query={response.query} problem={response.problem} />}
            <p className="hint">{t.queryHelp}</p>
          </div>
        );
      }
      if (response.total === 0) {
        return (
          <div className="message">
            <p>{t.noResults(query)}</p>
            <p className="hint">{filtered ? t.noResultsFiltered : t.noResultsHint}</p>
          </div>
        );
      }
      return (
        <p className="count">
          <strong>{t.resultCount(response.total)}</strong>
        </p>
      );
    }
  }
}
