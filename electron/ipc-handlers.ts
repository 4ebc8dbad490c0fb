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
import { existsSync } from 'node:fs';
import type { Article, SearchResponse } from '../archive/model/article';
import { suggestPdfFileName } from '../archive/export/file-name';
import type {
  ArchiveStatus,
  CiteResult,
  EventChannel,
  EventChannels,
  ExportResult,
  InvokeChannel,
  InvokeChannels,
  OpenExternalResult,
  ResultsExportRequest,
  ResultsExportResult,
  ResultsFormat,
  ResultsSelection,
  UiLanguage,
  UiPreferences,
} from './api';
import { writeFileAtomic } from '../archive/fs/write-file-atomic';
import { APP_VERSION } from '../archive/app-version';
import { cite } from '../archive/cite/cite';
import { formatReferences } from '../archive/cite/reference-formats';
import { ExportCancelledError, exportArticlesPdf } from '../archive/export/export-batch';
import type { PdfRenderer } from '../archive/export/export-article';
import { resultRows, resultsCsv, resultsJson, searchReceipt } from '../archive/export/results-export';
import type { SearchHit } from '../archive/model/article';
import type { OpenLibrary } from './archive-session';
import { MAX_SEARCH_LIMIT, MORE_LIKE_THIS_LIMIT, parseIpcArgs, SUGGEST_LIMIT, type IpcArgs } from './ipc-schemas';
import type { SearchOptions } from './api';

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
  renderPdf(article: Article): Promise<Uint8Array>;
  /** Prints one HTML document (the combined results PDF); without it that export is unavailable. */
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

/** Far more than anyone reads, bounded so one request cannot tie up the archive for long. */
export const MAX_EXPORT_RESULTS = 10_000;
/** A combined PDF of more articles than this is a book nobody asked for; the user narrows the search. */
export const MAX_PDF_RESULTS = 500;

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
      const [id] = parseIpcArgs('article:export-pdf', args);
      return exportArticle(deps, id);
    },
    'article:cite': async (...args: unknown[]): Promise<CiteResult> => {
      const [id, style, locale] = parseIpcArgs('article:cite', args);
      const article = await deps.getLibrary()?.getArticle(id);
      if (!article) return { status: 'error', message: 'That article is no longer in the archive.' };
      if (deps.copyToClipboard === undefined) return { status: 'error', message: 'Copying is not available.' };
      const citation = cite(article, style, locale);
      deps.copyToClipboard({ text: citation.text, html: citation.html });
      return { status: 'copied', style, text: citation.text };
    },
    'results:export': async (...args: unknown[]) => {
      const [request] = parseIpcArgs('results:export', args);
      return exportResults(deps, request);
    },
    'results:export-pdf': async (...args: unknown[]): Promise<ResultsExportResult> => {
      const [selection, locale] = parseIpcArgs('results:export-pdf', args);
      if (pdfBatch !== null) return { status: 'error', message: 'Another PDF export is under way.' };
      const controller = new AbortController();
      pdfBatch = controller;
      try {
        return await exportResultsPdf(deps, selection, locale, controller.signal);
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

async function exportArticle(deps: IpcHandlerDeps, id: string): Promise<ExportResult> {
  const library = deps.getLibrary();
  if (library === null) return { status: 'error', message: noArchiveMessage(deps.getStatus()) };
  const article = await library.getArticle(id);
  if (article === null) return { status: 'error', message: 'That article is no longer in the archive.' };
  const chosen = await deps.chooseSavePath(suggestPdfFileName(article));
  if (chosen === null) return { status: 'canceled' };
  const target = withPdfExtension(chosen);
  try {
    const pdf = await deps.renderPdf(article);
    await writeFileAtomic(target, pdf);
    return { status: 'saved', path: target };
  } catch (error) {
    return { status: 'error', message: `Could not export the PDF: ${error instanceof Error ? error.message : String(error)}` };
  }
}

/**
 * Linux save dialogs do not add the extension a filter names. Add `.pdf` when it is missing, unless a
 * file of that name exists: the dialog asked about overwriting the chosen name, not that one.
 */
export function withPdfExtension(chosen: string, exists: (file: string) => boolean = existsSync): string {
  return withExtension(chosen, 'pdf', exists);
}

export function withExtension(chosen: string, extension: string, exists: (file: string) => boolean = existsSync): string {
  if (chosen.toLowerCase().endsWith(`.${extension}`)) return chosen;
  const extended = `${chosen}.${extension}`;
  return exists(extended) ? chosen : extended;
}

const FORMAT_FILES: Readonly<Record<ResultsFormat, SaveFilter>> = {
  csv: { name: 'CSV', extensions: ['csv'] },
  json: { name: 'JSON', extensions: ['json'] },
  'csl-json': { name: 'CSL-JSON', extensions: ['json'] },
  ris: { name: 'RIS', extensions: ['ris'] },
  bibtex: { name: 'BibTeX', extensions: ['bib'] },
};

/** "archivo-mixco-2026-11-28": readable, dated, safe on every file system. */
export function resultsFileStem(query: string, now: Date): string {
  const words = query
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 40)
    .replace(/-+$/, '');
  return `archivo-${words || 'results'}-${now.toISOString().slice(0, 10)}`;
}

/** Every hit of the selection, page by page (the library may answer from a worker, so asynchronously). */
async function collectAllHits(library: OpenLibrary, selection: ResultsSelection, max: number): Promise<{ total: number; hits: SearchHit[] }> {
  const hits: SearchHit[] = [];
  let total = 0;
  for (let offset = 0; hits.length < max; offset += MAX_SEARCH_LIMIT) {
    const response = await library.search(selection.query, {
      ...selectionRequest(selection),
      limit: Math.min(MAX_SEARCH_LIMIT, max - hits.length),
      offset,
    });
    if (response.error !== undefined) throw new Error(response.error);
    total = response.total;
    hits.push(...response.results);
    if (response.results.length === 0 || offset + response.results.length >= total) break;
  }
  return { total, hits };
}

function selectionRequest({ sort, filters }: ResultsSelection): SearchRequest {
  return { ...(sort !== undefined ? { sort } : {}), ...(filters !== undefined ? { filters } : {}) };
}

async function articlesOf(library: OpenLibrary, hits: readonly SearchHit[]): Promise<Map<string, Article>> {
  const articles = new Map<string, Article>();
  for (const hit of hits) {
    const article = await library.getArticle(hit.id);
    if (article !== null) articles.set(hit.id, article);
  }
  return articles;
}

async function exportResults(deps: IpcHandlerDeps, request: ResultsExportRequest): Promise<ResultsExportResult> {
  const library = deps.getLibrary();
  if (library === null) return { status: 'error', message: noArchiveMessage(deps.getStatus()) };
  const now = new Date();
  const filter = FORMAT_FILES[request.format];
  const extension = filter.extensions[0] ?? request.format;
  const chosen = await deps.chooseSavePath(`${resultsFileStem(request.query, now)}.${extension}`, filter);
  if (chosen === null) return { status: 'canceled' };
  const target = withExtension(chosen, extension);
  try {
    const { total, hits } = await collectAllHits(library, request, MAX_EXPORT_RESULTS);
    const articles = await articlesOf(library, hits);
    const rows = resultRows(hits, (id) => articles.get(id) ?? null);
    const summary = currentSummary(deps, library);
    const context = { query: request.query, filters: Object.fromEntries(Object.entries(request.filters ?? {})), archivePath: summary.root, total, exportedAt: now };
    const found = hits.map((hit) => articles.get(hit.id)).filter((a): a is Article => a !== undefined);
    await writeFileAtomic(target, resultsFile(request.format, rows, found, context));
    if (!request.receipt) return { status: 'saved', path: target, count: rows.length };
    const receiptPath = `${target.replace(/\.[^./\\]*$/, '')}.receipt.json`;
    const receipt = searchReceipt(rows, rows, { ...context, archiveArticles: summary.articles, archiveFiles: summary.files, appVersion: APP_VERSION });
    await writeFileAtomic(receiptPath, `${JSON.stringify(receipt, null, 2)}\n`);
    return { status: 'saved', path: target, count: rows.length, receiptPath };
  } catch (error) {
    return { status: 'error', message: `Could not export the results: ${messageOf(error)}` };
  }
}

function resultsFile(
  format: ResultsFormat,
  rows: Parameters<typeof resultsCsv>[0],
  articles: readonly Article[],
  context: Parameters<typeof resultsJson>[1],
): string {
  switch (format) {
    case 'csv':
      return resultsCsv(rows, { bom: true }); // Excel needs the BOM to read accents
    case 'json':
      return `${JSON.stringify(resultsJson(rows, context), null, 2)}\n`;
    case 'csl-json':
    case 'ris':
    case 'bibtex':
      return formatReferences(articles, format);
    default:
      return assertNever(format);
  }
}

async function exportResultsPdf(deps: IpcHandlerDeps, selection: ResultsSelection, locale: UiLanguage, signal: AbortSignal): Promise<ResultsExportResult> {
  const library = deps.getLibrary();
  if (library === null) return { status: 'error', message: noArchiveMessage(deps.getStatus()) };
  if (deps.renderHtml === undefined) return { status: 'error', message: 'PDF printing is not available.' };
  const first = await library.search(selection.query, { ...selectionRequest(selection), limit: 1 });
  if (first.error !== undefined) return { status: 'error', message: first.error };
  if (first.total === 0) return { status: 'error', message: 'There are no results to export.' };
  if (first.total > MAX_PDF_RESULTS) {
    return { status: 'error', message: `${first.total} results are too many for one PDF (at most ${MAX_PDF_RESULTS}); narrow the search.` };
  }
  const chosen = await deps.chooseSavePath(`${resultsFileStem(selection.query, new Date())}.pdf`);
  if (chosen === null) return { status: 'canceled' };
  const target = withPdfExtension(chosen);
  try {
    const { hits } = await collectAllHits(library, selection, MAX_PDF_RESULTS);
    const articles = [...(await articlesOf(library, hits)).values()];
    const result = await exportArticlesPdf(articles, {
      mode: 'combined',
      out: target,
      locale: deps.printLocale?.(locale) ?? locale,
      renderer: deps.renderHtml,
      appVersion: APP_VERSION,
      description: `“${selection.query}”`,
      signal,
      onProgress: ({ phase, done, total }) => deps.emit?.('results:export-progress', { phase, done, total }),
    });
    return { status: 'saved', path: result.files[0] ?? target, count: articles.length };
  } catch (error) {
    if (error instanceof ExportCancelledError || signal.aborted) return { status: 'canceled' };
    return { status: 'error', message: `Could not export the PDF: ${messageOf(error)}` };
  }
}

function currentSummary(deps: IpcHandlerDeps, library: OpenLibrary) {
  const status = deps.getStatus();
  return status.state === 'ready' ? status.summary : library.summary;
}

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

function assertNever(value: never): never {
  throw new Error(`Unexpected value: ${JSON.stringify(value)}`);
}

function noArchiveMessage(status: ArchiveStatus): string {
  switch (status.state) {
    case 'loading':
      return 'The archive is still being opened.';
    case 'error':
      return `The archive could not be opened: ${status.message}`;
    case 'empty':
    case 'ready':
      return 'No archive is open.';
  }
}
