/**
 * Debounced, paged search. The first page brings the total, the facets and any error; further pages
 * are fetched by offset as the result list scrolls to them. Every change of query, filters, sort or
 * archive starts a new generation: an answer is used only if it belongs to the current one, so a slow
 * early query (or a page of it) can never overwrite the results of a later one.
 */
import { useCallback, useEffect, useRef, useState } from 'react';
import type { ArchivoApi } from '../../electron/api';
import type { ArchiveSummary, SearchFilters, SearchHit, SearchResponse, SearchSort } from '../../archive/model/article';
import { messageOf } from './use-archive-status';

export const SEARCH_DEBOUNCE_MS = 150;
/**
 * A query that cannot be run (an open quote, only common words) is called so once typing has paused
 * this long: '"agua' on the way to '"agua potable"', or 'the' on the way to 'the president', is not
 * a mistake yet. Until then the last results stay on screen, as they do while any query is typed.
 */
export const QUERY_PROBLEM_DELAY_MS = 1000;
/** Hits per request: a screenful several times over, small enough to answer fast. */
export const PAGE_SIZE = 100;

export interface ResultsView {
  readonly generation: number;
  /** The answer to the first page: total, facets, error. */
  readonly response: SearchResponse;
  /** Loaded pages by page number. */
  readonly pages: ReadonlyMap<number, readonly SearchHit[]>;
}

export type SearchState =
  | { readonly kind: 'idle' }
  | { readonly kind: 'pending'; readonly previous: ResultsView | null }
  | { readonly kind: 'done'; readonly view: ResultsView }
  | { readonly kind: 'failed'; readonly message: string };

export interface SearchRequestState {
  readonly query: string;
  readonly filters: SearchFilters;
  readonly sort: SearchSort;
}

export interface SearchControl {
  readonly state: SearchState;
  /** The results on screen: the current ones, or the previous ones while a new search runs. */
  readonly view: ResultsView | null;
  /** Fetches the pages covering [start, end] that are not loaded or on their way. */
  readonly loadRange: (start: number, end: number) => void;
  readonly retry: () => void;
  /**
   * The query as typed is finished (Enter): it runs now rather than once typing pauses, and a problem
   * with it is said now. Says whether its answer is a problem, is on screen, or is on its way.
   */
  readonly settle: () => 'problem' | 'answered' | 'waiting';
}

export function hitAt(view: ResultsView | null, index: number): SearchHit | undefined {
  return view?.pages.get(Math.floor(index / PAGE_SIZE))?.[index % PAGE_SIZE];
}

/** `value` once it has stayed the same for `ms`, and a way to take it at once. */
function useDebounced<T>(value: T, ms: number): [T, flush: () => void] {
  const [debounced, setDebounced] = useState(value);
  useEffect(() => {
    const timer = window.setTimeout(() => setDebounced(value), ms);
    return () => window.clearTimeout(timer);
  }, [value, ms]);
  return [debounced, () => setDebounced(value)];
}

/**
 * `archive` is the summary of the open archive: every status main pushes carries a new one (another
 * archive, or the same one re-indexed after its files changed), and the query then runs again.
 */
export function useSearch(api: ArchivoApi, request: SearchRequestState, archive: ArchiveSummary | null): SearchControl {
  const [state, setState] = useState<SearchState>({ kind: 'idle' });
  const [attempt, setAttempt] = useState(0);
  const generation = useRef(0);
  const inFlight = useRef(new Set<string>());
  const typed = request.query.trim();
  const [query, runNow] = useDebounced(typed, SEARCH_DEBOUNCE_MS);
  const { filters, sort } = request;
  const filtersKey = JSON.stringify(filters);
  // The typed query is debounced; a change of filter or sort runs at once.
  const typing = typed !== query;

  // The last results of a query that could be run: on screen while a problem waits to be said, and
  // while the query after a problem runs (so rows a reader is on are not taken away and put back).
  const lastRun = useRef<ResultsView | null>(null);
  useEffect(() => {
    if (state.kind === 'done' && state.view.response.error === undefined) lastRun.current = state.view;
  }, [state]);

  useEffect(() => {
    const mine = ++generation.current;
    inFlight.current.clear();
    if (archive === null || query === '') {
      setState({ kind: 'idle' });
      return;
    }
    setState((previous) => ({
      kind: 'pending',
      previous: previous.kind === 'done' && previous.view.response.error !== undefined ? lastRun.current : viewOf(previous),
    }));
    const options = { limit: PAGE_SIZE, offset: 0, sort, filters: JSON.parse(filtersKey) as SearchFilters };
    api.search(query, withoutDefaults(options)).then(
      (response) => {
        if (mine !== generation.current) return;
        setState({ kind: 'done', view: { generation: mine, response, pages: new Map([[0, response.results]]) } });
      },
      (error: unknown) => {
        if (mine === generation.current) setState({ kind: 'failed', message: messageOf(error) });
      },
    );
  }, [api, query, filtersKey, sort, archive, attempt]);

  // The query typing has paused on, or the one Enter was pressed on.
  const [settled, settleNow] = useDebounced(typed, QUERY_PROBLEM_DELAY_MS);
  // While the user is still typing, the previous results show as pending rather than idle.
  let shown: SearchState = state;
  if (state.kind === 'done' && state.view.response.error !== undefined && settled !== query) shown = { kind: 'pending', previous: lastRun.current };
  else if (state.kind === 'done' && typing) shown = { kind: 'pending', previous: state.view };

  const loadRange = useCallback(
    (start: number, end: number) => {
      if (state.kind !== 'done') return;
      const { view } = state;
      const last = Math.min(end, view.response.total - 1);
      for (let page = Math.floor(Math.max(0, start) / PAGE_SIZE); page * PAGE_SIZE <= last; page++) {
        const key = `${view.generation}:${page}`;
        if (view.pages.has(page) || inFlight.current.has(key)) continue;
        inFlight.current.add(key);
        const options = withoutDefaults({ limit: PAGE_SIZE, offset: page * PAGE_SIZE, sort, filters: JSON.parse(filtersKey) as SearchFilters });
        api.search(query, options).then(
          (response) => {
            inFlight.current.delete(key);
            if (view.generation !== generation.current) return;
            setState((current) =>
              current.kind === 'done' && current.view.generation === view.generation
                ? { kind: 'done', view: { ...current.view, pages: new Map(current.view.pages).set(page, response.results) } }
                : current,
            );
          },
          () => {
            // A failed page stays unloaded; scrolling to it again retries.
            inFlight.current.delete(key);
          },
        );
      }
    },
    [api, state, query, sort, filtersKey],
  );

  const retry = useCallback(() => setAttempt((n) => n + 1), []);
  const settle = (): 'problem' | 'answered' | 'waiting' => {
    runNow();
    settleNow();
    if (query !== typed || state.kind === 'pending') return 'waiting';
    return state.kind === 'done' && state.view.response.error !== undefined ? 'problem' : 'answered';
  };
  return { state: shown, view: viewOf(shown), loadRange, retry, settle };
}

function viewOf(state: SearchState): ResultsView | null {
  return state.kind === 'done' ? state.view : state.kind === 'pending' ? state.previous : null;
}

/** Leaves out what the core assumes anyway, so requests stay small and read well in logs. */
function withoutDefaults(options: { limit: number; offset: number; sort: SearchSort; filters: SearchFilters }) {
  const filters = Object.fromEntries(Object.entries(options.filters).filter(([, values]) => Array.isArray(values) && values.length > 0));
  return {
    limit: options.limit,
    ...(options.offset > 0 ? { offset: options.offset } : {}),
    ...(options.sort !== 'relevance' ? { sort: options.sort } : {}),
    ...(Object.keys(filters).length > 0 ? { filters: filters as SearchFilters } : {}),
  };
}
