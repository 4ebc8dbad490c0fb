/**
 * Debounced search. Every keystroke bumps a request counter; a response is shown only if it answers the
 * latest request, so a slow early query can never overwrite the results of a later one.
 */
import { useEffect, useRef, useState } from 'react';
import type { ArchivoApi } from '../../electron/api';
import type { ArchiveSummary, SearchResponse } from '../../archive/model/article';
import { messageOf } from './use-archive-status';

export const SEARCH_DEBOUNCE_MS = 150;
/** Enough to scan by eye; the count says how many more exist. */
export const SEARCH_LIMIT = 100;

export type SearchState =
  | { readonly kind: 'idle' }
  | { readonly kind: 'pending'; readonly previous: SearchResponse | null }
  | { readonly kind: 'done'; readonly response: SearchResponse }
  | { readonly kind: 'failed'; readonly message: string };

/**
 * `archive` is the summary of the open archive: every status main pushes carries a new one (another
 * archive, or the same one re-indexed after its files changed), and the query then runs again.
 */
export function useSearch(api: ArchivoApi, query: string, archive: ArchiveSummary | null): SearchState {
  const [state, setState] = useState<SearchState>({ kind: 'idle' });
  const latest = useRef(0);

  useEffect(() => {
    const request = ++latest.current;
    const trimmed = query.trim();
    if (archive === null || trimmed === '') {
      setState({ kind: 'idle' });
      return;
    }
    setState((prev) => ({
      kind: 'pending',
      previous: prev.kind === 'done' ? prev.response : prev.kind === 'pending' ? prev.previous : null,
    }));
    const timer = window.setTimeout(() => {
      api.search(trimmed, { limit: SEARCH_LIMIT }).then(
        (response) => { if (request === latest.current) setState({ kind: 'done', response }); },
        (error: unknown) => { if (request === latest.current) setState({ kind: 'failed', message: messageOf(error) }); },
      );
    }, SEARCH_DEBOUNCE_MS);
    return () => window.clearTimeout(timer);
  }, [api, query, archive]);

  return state;
}
