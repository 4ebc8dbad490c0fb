/**
 * What each IPC channel does, separate from how it is wired to `ipcMain` (ipc-main.ts) so it can be
 * tested under plain Node and reused by the renderer's browser-test harness. No Electron import.
 *
 * Every handler takes `unknown` arguments and validates them (ipc-schemas.ts) before touching the
 * archive; invalid input rejects with an Error naming the channel. A missing archive or article is
 * not an error: it is reported in the result the renderer already knows how to show.
 *
 * The signature of `createIpcHandlers` and `IpcHandlerDeps` is relied on by test harnesses: keep it stable.
 */
import type { PrintHighlights } from '../archive/export/highlight-html';
import type { PdfRenderer } from '../archive/export/export-article';
import { cite } from '../archive/cite/cite';
import type { Article, SearchResponse } from '../archive/model/article';
import type {
  ArchiveStatus,
  CiteResult,
  EventChannel,
  EventChannels,
  InvokeChannel,
  InvokeChannels,
  OpenExternalResult,
  ResultsExportResult,
  SearchOptions,
  UiLanguage,
  UiPreferences,
} from './api';
import type { OpenLibrary } from './archive-session';
import { exportArticle, exportResults, exportResultsPdf } from './export-handlers';
import { MORE_LIKE_THIS_LIMIT, parseIpcArgs, SUGGEST_LIMIT, type IpcArgs } from './ipc-schemas';
import { noArchiveMessage } from './no-archive-message';

/** What the core is asked for: the IPC options, which the core's request type grows to accept. */
type SearchRequest = SearchOptions;

export interface IpcHandlerDeps {
  getLibrary(): OpenLibrary | null;
  getStatus(): ArchiveStatus;
  /** Shows the folder picker; null when the user cancels. */
  chooseArchiveFolder(): Promise<string | null>;
  openArchive(root: string): Promise<ArchiveStatus>;
  /** Shows the save dialog with a suggested file name (a PDF unless `filter` says otherwise); null when the user cancels. */
  chooseSavePath(suggestedName: string, filter?: SaveFilter): Promise<string | null>;
  /** Prints one article (with the query's hits marked, when given). */
  renderPdf(article: Article, highlights?: PrintHighlights): Promise<Uint8Array>;
  /**
   * Asks for the folder to put one PDF per article in (a new folder named `folderName` is made inside it);
   * null when the user cancels. Without it that export is unavailable.
   */
  chooseExportFolder?(folderName: string): Promise<string | null>;
  /** Prints one HTML document (the results PDFs); without it those exports are unavailable. */
  renderHtml?: PdfRenderer;
  /** The locale a results PDF is printed for (paper size, dates), given the UI language; that language when omitted. */
  printLocale?(language: UiLanguage): string;
  /** Puts a citation on the system clipboard, as rich text with a plain-text alternative. */
  copyToClipboard?(content: { readonly text: string; readonly html: string }): void;
  /** Sends an event to the renderer (progress of a long export). */
  emit?<C extends EventChannel>(channel: C, payload: EventChannels[C]): void;
  /** Archives opened before, most recent first; none when omitted. */
  getRecentArchives?(): readonly string[] | Promise<readonly string[]>;
  /** The confirm-then-open flow of external-links.ts; without it every link is refused. */
  openExternal?(url: string): Promise<OpenExternalResult>;
  /** The renderer's preferences changed (menu checks and labels, native theme). */
  onUiPreferences?(preferences: UiPreferences): void;
}

/** A save dialog's file type: its name and extensions without the dot. */
export interface SaveFilter {
  readonly name: string;
  readonly extensions: readonly string[];
}

export type IpcHandler<C extends InvokeChannel> = (...args: unknown[]) => Promise<InvokeChannels[C]['result']>;
export type IpcHandlers = { readonly [C in InvokeChannel]: IpcHandler<C> };

export function createIpcHandlers(deps: IpcHandlerDeps): IpcHandlers {
  // One results PDF export at a time; its controller is what `results:cancel-export` aborts.
  let pdfBatch: AbortController | null = null;
  return Object.freeze({
    'archive:get-status': async (...args: unknown[]) => {
      parseIpcArgs('archive:get-status', args);
      return deps.getStatus();
    },
    'archive:open-dialog': async (...args: unknown[]) => {
      parseIpcArgs('archive:open-dialog', args);
      const root = await deps.chooseArchiveFolder();
      return root === null ? deps.getStatus() : deps.openArchive(root);
    },
    'archive:search': async (...args: unknown[]): Promise<SearchResponse> => {
      const [query, options] = parseIpcArgs('archive:search', args);
      const library = deps.getLibrary();
      if (library === null) return { query, total: 0, results: [], error: noArchiveMessage(deps.getStatus()) };
      return await library.search(query, searchRequest(options));
    },
    'archive:get-article': async (...args: unknown[]) => {
      const [id] = parseIpcArgs('archive:get-article', args);
      return (await deps.getLibrary()?.getArticle(id)) ?? null;
    },
    'archive:highlight-article': async (...args: unknown[]) => {
      const [id, query] = parseIpcArgs('archive:highlight-article', args);
      const library = deps.getLibrary();
      return library?.highlightArticle ? ((await library.highlightArticle(id, query)) ?? null) : null;
    },
    'archive:more-like-this': async (...args: unknown[]): Promise<SearchResponse> => {
      const [id] = parseIpcArgs('archive:more-like-this', args);
      const library = deps.getLibrary();
      if (library === null) return { query: '', total: 0, results: [], error: noArchiveMessage(deps.getStatus()) };
      return library.moreLikeThis ? await library.moreLikeThis(id, MORE_LIKE_THIS_LIMIT) : { query: '', total: 0, results: [] };
    },
    'archive:suggest': async (...args: unknown[]) => {
      const [prefix, limit] = parseIpcArgs('archive:suggest', args);
      const library = deps.getLibrary();
      return library?.suggest ? [...(await library.suggest(prefix, limit ?? SUGGEST_LIMIT))] : [];
    },
    'article:export-pdf': async (...args: unknown[]) => {
      const [id, options] = parseIpcArgs('article:export-pdf', args);
      return exportArticle(deps, id, options);
    },
    'article:cite': async (...args: unknown[]): Promise<CiteResult> => {
      const [id, style, locale] = parseIpcArgs('article:cite', args);
      const article = await deps.getLibrary()?.getArticle(id);
      if (!article) return { status: 'error', message: 'That article is no longer in the archive.' };
      if (deps.copyToClipboard === undefined) return { status: 'error', message: 'Copying is not available.' };
      // Chicago's note form comes with its bibliography entry.
      const entry = cite(article, style === 'chicago-note' ? 'chicago' : style, locale);
      const citation = style === 'chicago-note' && entry.note ? entry.note : entry;
      deps.copyToClipboard({ text: citation.text, html: citation.html });
      return { status: 'copied', style, text: citation.text };
    },
    'results:export': async (...args: unknown[]) => {
      const [request] = parseIpcArgs('results:export', args);
      return exportResults(deps, request);
    },
    'results:export-pdf': async (...args: unknown[]): Promise<ResultsExportResult> => {
      const [request, locale] = parseIpcArgs('results:export-pdf', args);
      if (pdfBatch !== null) return { status: 'error', message: 'Another PDF export is under way.' };
      const controller = new AbortController();
      pdfBatch = controller;
      try {
        return await exportResultsPdf(deps, request, locale, controller.signal);
      } finally {
        pdfBatch = null;
      }
    },
    'results:cancel-export': async (...args: unknown[]) => {
      parseIpcArgs('results:cancel-export', args);
      pdfBatch?.abort();
      return null;
    },
    'archive:stop-indexing': async (...args: unknown[]) => {
      parseIpcArgs('archive:stop-indexing', args);
      await deps.getLibrary()?.stopIndexing?.();
      return null;
    },
    'archive:get-recent': async (...args: unknown[]) => {
      parseIpcArgs('archive:get-recent', args);
      return [...((await deps.getRecentArchives?.()) ?? [])];
    },
    'archive:open-recent': async (...args: unknown[]) => {
      const [root] = parseIpcArgs('archive:open-recent', args);
      // Only a folder the user opened before through the dialog: the renderer never names new paths.
      const recent = (await deps.getRecentArchives?.()) ?? [];
      if (!recent.includes(root)) throw new Error('archive:open-recent: that folder is not a recent archive');
      return deps.openArchive(root);
    },
    'app:open-external': async (...args: unknown[]): Promise<OpenExternalResult> => {
      const [url] = parseIpcArgs('app:open-external', args);
      if (deps.openExternal === undefined) return { outcome: 'refused', reason: 'opening links is not available' };
      return deps.openExternal(url);
    },
    'ui:preferences-changed': async (...args: unknown[]) => {
      const [preferences] = parseIpcArgs('ui:preferences-changed', args);
      deps.onUiPreferences?.(preferences);
      return null;
    },
  });
}

/** Only the options that were given: the core applies its own defaults for the rest. */
function searchRequest(options: IpcArgs<'archive:search'>[1]): SearchRequest {
  if (options === undefined) return {};
  const { limit, offset, sort, filters } = options;
  return {
    ...(limit !== undefined ? { limit } : {}),
    ...(offset !== undefined ? { offset } : {}),
    ...(sort !== undefined ? { sort } : {}),
    ...(filters !== undefined ? { filters } : {}),
  };
}
