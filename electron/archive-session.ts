/**
 * The archive the app has open: its library, its status, and the rule that only the most recent open
 * request may change them (opening B while A is still indexing must not end with A shown).
 * No Electron import: the main process passes in how to open a library and how to announce a status.
 */
import type { IndexProgress } from '../archive/index-progress';
import type { Article, ArticleHighlights, ArchiveSummary, SearchResponse, Suggestion } from '../archive/model/article';
import type { SearchOptions } from './api';
import type { ArchiveStatus } from './api';

/** What the session needs of an open archive; the worker-backed one answers with promises. */
export interface OpenLibrary {
  /** As of opening; later counts arrive through `LibraryEvents`. */
  readonly summary: ArchiveSummary;
  search(query: string, request?: SearchOptions): SearchResponse | Promise<SearchResponse>;
  getArticle(id: string): Article | null | Promise<Article | null>;
  /** Optional: a core without them answers "nothing" and the UI falls back (word matching, no section). */
  highlightArticle?(id: string, query: string): ArticleHighlights | null | Promise<ArticleHighlights | null>;
  moreLikeThis?(id: string, limit?: number): SearchResponse | Promise<SearchResponse>;
  suggest?(prefix: string, limit?: number): readonly Suggestion[] | Promise<readonly Suggestion[]>;
  /** Stops the indexing pass under way after the current file. */
  stopIndexing?(): void | Promise<void>;
  close?(): void | Promise<void>;
}

/** What an open library reports while it lives. */
export interface LibraryEvents {
  readonly onProgress: (progress: IndexProgress) => void;
  /** An indexing pass finished (the first one, or one after the folder changed). */
  readonly onIndexed: (summary: ArchiveSummary) => void;
  /** The library stopped working (its worker died): the archive must be reopened. */
  readonly onFailed: (message: string) => void;
}

export interface ArchiveSessionDeps {
  readonly openLibrary: (root: string, events: LibraryEvents) => Promise<OpenLibrary>;
  /** Called on every status change (the main process broadcasts it to the windows). */
  readonly onStatus: (status: ArchiveStatus) => void;
  /** Called after a successful open, e.g. to remember it for the next start. */
  readonly onOpened?: (root: string) => void | Promise<void>;
  /** Least time between two progress announcements; the final one is never held back. */
  readonly progressIntervalMs?: number;
}

export interface ArchiveSession {
  getLibrary(): OpenLibrary | null;
  getStatus(): ArchiveStatus;
  /** Resolves to the status once this request has settled (or been superseded by a newer one). */
  open(root: string): Promise<ArchiveStatus>;
}

export function createArchiveSession(deps: ArchiveSessionDeps): ArchiveSession {
  let library: OpenLibrary | null = null;
  let status: ArchiveStatus = { state: 'empty' };
  let generation = 0;
  /** Progress that arrived before the library was ready (the first pass starts at once). */
  let earlyProgress: IndexProgress | null = null;
  const interval = deps.progressIntervalMs ?? 250;

  const setStatus = (next: ArchiveStatus): void => {
    status = next;
    deps.onStatus(next);
  };

  /** Events of a library that a newer open request has replaced are dropped. */
  function eventsFor(mine: number): LibraryEvents {
    let lastAnnounced = 0;
    const current = (): boolean => mine === generation;
    return {
      onProgress(progress) {
        if (!current()) return;
        if (status.state !== 'ready') {
          earlyProgress = progress.phase === 'done' ? null : progress;
          return;
        }
        const now = Date.now();
        if (progress.phase !== 'done' && now - lastAnnounced < interval) return;
        lastAnnounced = now;
        setStatus({ state: 'ready', summary: { ...status.summary, articles: progress.articles }, indexing: progress.phase === 'done' ? null : progress });
      },
      onIndexed(summary) {
        if (current()) setStatus({ state: 'ready', summary, indexing: null });
      },
      onFailed(message) {
        if (!current()) return;
        const root = status.state === 'ready' ? status.summary.root : status.state === 'loading' ? status.root : '';
        library = null;
        setStatus({ state: 'error', root, message });
      },
    };
  }

  return {
    getLibrary: () => library,
    getStatus: () => status,
    async open(root) {
      generation += 1;
      const mine = generation;
      const previous = library;
      library = null;
      earlyProgress = null;
      void previous?.close?.();
      setStatus({ state: 'loading', root });
      try {
        const opened = await deps.openLibrary(root, eventsFor(mine));
        if (mine !== generation) {
          void opened.close?.();
          return status;
        }
        library = opened;
        setStatus({ state: 'ready', summary: opened.summary, indexing: earlyProgress });
        try {
          await deps.onOpened?.(root);
        } catch (error) {
          console.error('archivo: could not remember the archive', error);
        }
      } catch (error) {
        if (mine !== generation) return status;
        setStatus({ state: 'error', root, message: error instanceof Error ? error.message : String(error) });
      }
      return status;
    },
  };
}
