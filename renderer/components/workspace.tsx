import { useCallback, useEffect, useImperativeHandle, useRef, useState, type Ref } from 'react';
import type { ArchivoApi, IndexProgress } from '../../electron/api';
import type { ArchiveSummary, SearchFilters, SearchSort } from '../../archive/model/article';
import { highlightedWords } from '../article/text-search';
import type { FacetName } from '../filters/facet-names';
import { FacetsPanel } from '../filters/facets-panel';
import { Timeline } from '../filters/timeline';
import { useArticle } from '../hooks/use-article';
import { useTicks } from '../export/use-ticks';
import { useExport } from '../hooks/use-export';
import { hitAt, useSearch } from '../hooks/use-search';
import type { Preferences } from '../preferences/preferences';
import { ArticlePlaceholder } from './article-placeholder';
import { ArticleView } from './article-view';
import { ProblemsList } from './problems-list';
import { hasFilters, ResultsPane } from './results-pane';
import { SearchBar } from './search-bar';
import { Splitter } from './splitter';

/** What the app-wide shortcuts and menu commands ask of the workspace. */
export interface WorkspaceActions {
  readonly focusSearch: () => void;
  readonly exportPdf: () => void;
  readonly findInArticle: () => void;
  /** Closes the innermost open thing; false when nothing was open. */
  readonly escape: () => boolean;
}

export interface WorkspaceProps {
  readonly api: ArchivoApi;
  readonly summary: ArchiveSummary;
  /** Progress of the indexing pass under way, if any: results cover what is indexed so far. */
  readonly indexing: IndexProgress | null;
  readonly problemsOpen: boolean;
  readonly onCloseProblems: () => void;
  readonly preferences: Preferences;
  readonly onPreferences: (change: Partial<Preferences>) => void;
  readonly actionsRef: Ref<WorkspaceActions>;
}

const NO_FILTERS: SearchFilters = {};

/** The ready archive: search, filters and results on the left, the open article on the right. Owns selection and focus. */
export function Workspace({ api, summary, problemsOpen, onCloseProblems, preferences, onPreferences, actionsRef }: WorkspaceProps) {
  const searchRef = useRef<HTMLInputElement>(null);
  const listRef = useRef<HTMLOListElement>(null);
  const [query, setQuery] = useState(preferences.lastQuery);
  const [filters, setFilters] = useState<SearchFilters>(NO_FILTERS);
  const [sort, setSort] = useState<SearchSort>('relevance');
  const [selected, setSelected] = useState(0);
  const [open, setOpen] = useState<{ id: string; query: string; words: readonly string[] } | null>(null);
  const [findRequest, setFindRequest] = useState(0);

  const search = useSearch(api, { query, filters, sort }, summary);
  const article = useArticle(api, open?.id ?? null);
  const exporter = useExport(api);
  const view = search.view;
  const total = view !== null && view.response.error === undefined ? view.response.total : 0;
  const queryProblem = search.state.kind === 'done' ? search.state.view.response.error : undefined;

  // A query that cannot be run replaces the results: focus that was on one of them goes back to the query, to be put right.
  useEffect(() => {
    if (queryProblem !== undefined && document.activeElement === document.body) searchRef.current?.focus();
  }, [queryProblem]);
  const selectedIndex = Math.min(selected, Math.max(0, total - 1));
  const ticks = useTicks(useCallback((index: number) => hitAt(view, index), [view]));

  const facets = view?.response.facets;

  const focusSearch = useCallback(() => {
    searchRef.current?.focus();
    searchRef.current?.select();
  }, []);

  const focusResults = (): void => {
    listRef.current?.querySelector<HTMLButtonElement>(`.result[data-index="${selectedIndex}"]`)?.focus();
  };

  // Enter on a query whose results are still on their way: into them once they are on screen.
  const [enterWaits, setEnterWaits] = useState<string | null>(null);
  const answer = search.state.kind === 'done' ? search.state.view.response : null;
  useEffect(() => {
    if (enterWaits === null || answer?.query !== enterWaits) return;
    setEnterWaits(null);
    if (answer.error === undefined) focusResults();
  });

  // A new result list: back to its top, and ticks in the old one no longer apply.
  const resetSelection = (): void => {
    setSelected(0);
    ticks.clear();
  };

  const onQueryChange = (next: string): void => {
    setQuery(next);
    setEnterWaits(null);
    resetSelection();
    onPreferences({ lastQuery: next });
  };

  const changeFilters = (next: SearchFilters): void => {
    setFilters(next);
    resetSelection();
  };

  const toggleFacet = (facet: FacetName, value: string): void => {
    const values = (filters[facet] ?? []).map(String);
    const nextValues = values.includes(value) ? values.filter((v) => v !== value) : [...values, value];
    changeFilters({ ...filters, [facet]: nextValues });
  };

  const removeFilter = (facet: FacetName, value: string | null): void => {
    if (value === null) changeFilters({ ...filters, [facet]: [] });
    else toggleFacet(facet, value);
  };

  const openResult = (index: number): void => {
    const hit = hitAt(view, index);
    if (!hit) return;
    setSelected(index);
    exporter.reset();
    // The words the search matched, as the row shows them: highlighted and navigable in the article.
    const words = [
      ...highlightedWords(hit.title, hit.titleHighlights),
      ...(hit.snippets ?? [hit.snippet]).flatMap((snippet) => highlightedWords(snippet.text, snippet.highlights)),
      ...(hit.matches ?? []).map((match) => match.matched),
    ];
    setOpen({ id: hit.id, query: view?.response.query ?? query, words: [...new Set(words)] });
  };

  const closeArticle = (): void => {
    setOpen(null);
    exporter.reset();
    // Back to where the reader came from; the row may be gone if the query changed meanwhile.
    requestAnimationFrame(() => {
      const row = listRef.current?.querySelector<HTMLButtonElement>(`.result[data-index="${selectedIndex}"]`);
      if (row) row.focus();
      else focusSearch();
    });
  };

  const exportOpen = (): void => {
    if (article.kind === 'ready') exporter.exportPdf(article.article.id, preferences.pdfMarkHits ? open?.query : undefined);
  };

  useImperativeHandle(actionsRef, () => ({
    focusSearch,
    exportPdf: exportOpen,
    findInArticle: () => {
      if (article.kind === 'ready') setFindRequest((n) => n + 1);
    },
    escape: () => {
      if (problemsOpen) onCloseProblems();
      else if (open !== null) closeArticle();
      else return false;
      return true;
    },
  }));

  // Also when the filters leave nothing: the panel shows what unticking a value would bring back.
  const showFacets = facets !== undefined && (total > 0 || hasFilters(filters));
  const showTimeline = facets !== undefined && (facets.year.length > 0 || (filters.year?.length ?? 0) > 0);

  return (
    <>
      {problemsOpen && <ProblemsList problems={summary.problems} unread={summary.unread} onClose={onCloseProblems} />}
      <main className="workspace" data-article-open={open !== null} data-facets={showFacets}>
        <div className="search-pane" style={{ width: preferences.searchPaneWidth }}>
          <SearchBar
            api={api}
            query={query}
            onQueryChange={onQueryChange}
            onEnterResults={() => {
              // A query that cannot be run keeps the focus, to be put right.
              const settled = search.settle();
              if (settled === 'answered') focusResults();
              else if (settled === 'waiting') setEnterWaits(query.trim());
            }}
            onEscape={() => {
              if (problemsOpen) onCloseProblems();
              else if (open !== null) closeArticle();
              else onQueryChange('');
            }}
            inputRef={searchRef}
          />
          {showTimeline && (
            <Timeline
              years={facets.year}
              selected={(filters.year ?? []).map(String)}
              onChange={(years) => changeFilters({ ...filters, year: years })}
            />
          )}
          <div className="search-body">
            {showFacets && (
              <FacetsPanel facets={facets} filters={filters} onToggle={toggleFacet} />
            )}
            <ResultsPane
              api={api}
              onQueryChange={onQueryChange}
              search={search}
              query={query}
              filters={filters}
              sort={sort}
              selected={selectedIndex}
              openId={open?.id ?? null}
              onSelect={setSelected}
              onOpen={openResult}
              onSortChange={(next) => {
                setSort(next);
                resetSelection();
              }}
              onRemoveFilter={removeFilter}
              onClearFilters={() => changeFilters(NO_FILTERS)}
              listRef={listRef}
              ticks={ticks}
            />
          </div>
        </div>
        <Splitter width={preferences.searchPaneWidth} onResize={(width) => onPreferences({ searchPaneWidth: width })} />
        <div className="article-pane">
          {article.kind === 'ready' ? (
            <ArticleView
              api={api}
              article={article.article}
              query={open?.query ?? ''}
              hitWords={open?.words ?? []}
              exportState={exporter.state}
              markHits={preferences.pdfMarkHits}
              onMarkHitsChange={(pdfMarkHits) => onPreferences({ pdfMarkHits })}
              findRequest={findRequest}
              onExport={exportOpen}
              onClose={closeArticle}
              onOpenSimilar={(hit) => {
                exporter.reset();
                setOpen({ id: hit.id, query: '', words: [] });
              }}
            />
          ) : (
            <ArticlePlaceholder state={article} onClose={closeArticle} />
          )}
        </div>
      </main>
    </>
  );
}
