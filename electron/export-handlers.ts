/**
 * What the export channels do: one article as PDF, and the results of a search (all of them, or the
 * ones the user ticked) as a table, references, one combined PDF or one PDF per article. Like
 * ipc-handlers.ts, no Electron import: dialogs and printing arrive as dependencies.
 */
import { existsSync } from 'node:fs';
import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import { APP_VERSION } from '../archive/app-version';
import { formatReferences } from '../archive/cite/reference-formats';
import { ExportCancelledError, exportArticlesPdf, type BatchProgress } from '../archive/export/export-batch';
import { suggestPdfFileName } from '../archive/export/file-name';
import type { PrintHighlights } from '../archive/export/highlight-html';
import { resultRows, resultsCsv, resultsJson, searchReceipt, type ResultRow, type ResultsContext } from '../archive/export/results-export';
import { writeFileAtomic } from '../archive/fs/write-file-atomic';
import type { Article, SearchHit } from '../archive/model/article';
import type { ArticlePdfOptions, ExportResult, ResultsExportRequest, ResultsExportResult, ResultsFormat, ResultsPdfRequest, ResultsSelection, UiLanguage } from './api';
import type { OpenLibrary } from './archive-session';
import type { IpcHandlerDeps, SaveFilter } from './ipc-handlers';
import { MAX_EXPORT_RESULTS, MAX_SEARCH_LIMIT } from './ipc-schemas';
import { noArchiveMessage } from './no-archive-message';

/** More PDFs than this is a book nobody asked for (or a folder nobody opens); the user narrows the search. */
export const MAX_PDF_RESULTS = 500;

export async function exportArticle(deps: IpcHandlerDeps, id: string, options: ArticlePdfOptions = {}): Promise<ExportResult> {
  const library = deps.getLibrary();
  if (library === null) return { status: 'error', message: noArchiveMessage(deps.getStatus()) };
  const article = await library.getArticle(id);
  if (article === null) return { status: 'error', message: 'That article is no longer in the archive.' };
  const chosen = await deps.chooseSavePath(suggestPdfFileName(article));
  if (chosen === null) return { status: 'canceled' };
  const target = withPdfExtension(chosen);
  try {
    const highlights = options.highlightQuery ? await hitsOf(library, id, options.highlightQuery) : undefined;
    const pdf = await deps.renderPdf(article, highlights);
    await writeFileAtomic(target, pdf);
    return { status: 'saved', path: target };
  } catch (error) {
    return { status: 'error', message: `Could not export the PDF: ${messageOf(error)}` };
  }
}

const FORMAT_FILES: Readonly<Record<ResultsFormat, SaveFilter>> = {
  csv: { name: 'CSV', extensions: ['csv'] },
  json: { name: 'JSON', extensions: ['json'] },
  'csl-json': { name: 'CSL-JSON', extensions: ['json'] },
  ris: { name: 'RIS', extensions: ['ris'] },
  bibtex: { name: 'BibTeX', extensions: ['bib'] },
};

export async function exportResults(deps: IpcHandlerDeps, request: ResultsExportRequest): Promise<ResultsExportResult> {
  const library = deps.getLibrary();
  if (library === null) return { status: 'error', message: noArchiveMessage(deps.getStatus()) };
  const now = new Date();
  const filter = FORMAT_FILES[request.format];
  const extension = filter.extensions[0] ?? request.format;
  const chosen = await deps.chooseSavePath(`${resultsFileStem(request.query, now)}.${extension}`, filter);
  if (chosen === null) return { status: 'canceled' };
  const target = withExtension(chosen, extension);
  try {
    const { total, hits } = await resultsOf(library, request, MAX_EXPORT_RESULTS);
    const articles = await articlesOf(library, hits);
    const rows = resultRows(hits, (id) => articles.get(id) ?? null);
    const summary = currentSummary(deps, library);
    const context: ResultsContext = {
      query: request.query,
      filters: Object.fromEntries(Object.entries(request.filters ?? {})),
      archivePath: summary.root,
      total,
      exportedAt: now,
    };
    const found = hits.map((hit) => articles.get(hit.id)).filter((a): a is Article => a !== undefined);
    await writeFileAtomic(target, resultsFile(request.format, rows, found, context));
    if (!request.receipt) return { status: 'saved', path: target, count: rows.length };
    const receiptPath = `${target.replace(/\.[^./\\]*$/, '')}.receipt.json`;
    const receipt = searchReceipt(rows, rows, { ...context, archiveArticles: summary.articles, archiveFiles: summary.files, appVersion: APP_VERSION });
    // A receipt of ticked results says so: the query alone would reproduce more than was exported.
    const withSelection = request.selected ? { ...receipt, selection: 'ticked results only, listed in hits' } : receipt;
    await writeFileAtomic(receiptPath, `${JSON.stringify(withSelection, null, 2)}\n`);
    return { status: 'saved', path: target, count: rows.length, receiptPath };
  } catch (error) {
    return { status: 'error', message: `Could not export the results: ${messageOf(error)}` };
  }
}

function resultsFile(format: ResultsFormat, rows: readonly ResultRow[], articles: readonly Article[], context: ResultsContext): string {
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

export async function exportResultsPdf(deps: IpcHandlerDeps, request: ResultsPdfRequest, locale: UiLanguage, signal: AbortSignal): Promise<ResultsExportResult> {
  const library = deps.getLibrary();
  if (library === null) return { status: 'error', message: noArchiveMessage(deps.getStatus()) };
  if (deps.renderHtml === undefined) return { status: 'error', message: 'PDF printing is not available.' };
  const count = request.selected?.length ?? (await library.search(request.query, { ...searchOptionsOf(request), limit: 1 })).total;
  if (count === 0) return { status: 'error', message: 'There are no results to export.' };
  if (count > MAX_PDF_RESULTS) {
    return { status: 'error', message: `${count} results are too many to print (at most ${MAX_PDF_RESULTS}); narrow the search or tick fewer.` };
  }
  const stem = resultsFileStem(request.query, new Date());
  const combined = request.layout === 'combined';
  const chosen = combined ? await deps.chooseSavePath(`${stem}.pdf`) : await deps.chooseExportFolder?.(stem);
  if (chosen === undefined) return { status: 'error', message: 'Choosing a folder is not available.' };
  if (chosen === null) return { status: 'canceled' };
  try {
    const { hits } = await resultsOf(library, request, MAX_PDF_RESULTS);
    const articles = [...(await articlesOf(library, hits)).values()];
    const highlights = request.highlight ? await hitsOfAll(library, articles, request.query) : new Map<string, PrintHighlights>();
    const common = {
      locale: deps.printLocale?.(locale) ?? locale,
      renderer: deps.renderHtml,
      appVersion: APP_VERSION,
      signal,
      highlights: (article: Article) => highlights.get(article.id),
      onProgress: ({ phase, done, total }: BatchProgress) => deps.emit?.('results:export-progress', { phase, done, total }),
    };
    if (combined) {
      const target = withPdfExtension(chosen);
      const result = await exportArticlesPdf(articles, { ...common, mode: 'combined', out: target, description: `“${request.query}”` });
      return { status: 'saved', path: result.files[0] ?? target, count: articles.length };
    }
    // Into a new folder named after the search, so a hundred PDFs do not land loose among the user's files.
    const folder = await createUniqueFolder(path.join(chosen, stem));
    const result = await exportArticlesPdf(articles, { ...common, mode: 'per-article', outDir: folder });
    return { status: 'saved', path: folder, count: result.files.length, folder: true };
  } catch (error) {
    if (error instanceof ExportCancelledError || signal.aborted) return { status: 'canceled' };
    return { status: 'error', message: `Could not export the PDF: ${messageOf(error)}` };
  }
}

/** The results to export: every hit of the search (up to `max`), or the ticked ones in list order. */
async function resultsOf(library: OpenLibrary, selection: ResultsSelection, max: number): Promise<{ total: number; hits: SearchHit[] }> {
  return selection.selected ? tickedHits(library, selection, selection.selected) : allHits(library, selection, max);
}

async function allHits(library: OpenLibrary, selection: ResultsSelection, max: number): Promise<{ total: number; hits: SearchHit[] }> {
  const hits: SearchHit[] = [];
  let total = 0;
  for (let offset = 0; hits.length < max; offset += MAX_SEARCH_LIMIT) {
    const page = await searchPage(library, selection, offset);
    total = page.total;
    hits.push(...page.results.slice(0, max - hits.length));
    if (page.results.length === 0 || offset + page.results.length >= total) break;
  }
  return { total, hits };
}

/**
 * The ticked results, found again on the pages where the list showed them: only those pages are
 * searched, however deep in a long list the user ticked. If the archive was re-indexed since and a
 * ticked result moved off its page or left the results, the export stops and says so rather than
 * exporting something else.
 */
async function tickedHits(library: OpenLibrary, selection: ResultsSelection, ticked: NonNullable<ResultsSelection['selected']>) {
  const ordered = [...ticked].sort((a, b) => a.rank - b.rank);
  const pages = new Map<number, Map<string, SearchHit>>();
  let total = 0;
  const hits: SearchHit[] = [];
  const taken = new Set<string>();
  for (const { id, rank } of ordered) {
    const offset = rank - (rank % MAX_SEARCH_LIMIT);
    let page = pages.get(offset);
    if (page === undefined) {
      const response = await searchPage(library, selection, offset);
      total = response.total;
      page = new Map(response.results.map((hit) => [hit.id, hit]));
      pages.set(offset, page);
    }
    const hit = page.get(id);
    if (hit === undefined) throw new Error('the results changed since they were ticked (the archive was updated); tick them again');
    if (taken.has(id)) continue;
    taken.add(id);
    hits.push(hit);
  }
  return { total, hits };
}

async function searchPage(library: OpenLibrary, selection: ResultsSelection, offset: number) {
  const response = await library.search(selection.query, { ...searchOptionsOf(selection), limit: MAX_SEARCH_LIMIT, offset });
  if (response.error !== undefined) throw new Error(response.error);
  return response;
}

function searchOptionsOf({ sort, filters }: ResultsSelection) {
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

/** Where the query matches the article, in the print template's terms; undefined when it does not. */
async function hitsOf(library: OpenLibrary, id: string, query: string): Promise<PrintHighlights | undefined> {
  const found = (await library.highlightArticle?.(id, query)) ?? null;
  return found === null || found.total === 0 ? undefined : { title: found.title, summary: found.summary, body: found.body };
}

async function hitsOfAll(library: OpenLibrary, articles: readonly Article[], query: string): Promise<Map<string, PrintHighlights>> {
  const all = new Map<string, PrintHighlights>();
  for (const article of articles) {
    const hits = await hitsOf(library, article.id, query);
    if (hits !== undefined) all.set(article.id, hits);
  }
  return all;
}

/** `base`, or `base-2`, `base-3`… if a file or folder of that name exists; created empty. */
async function createUniqueFolder(base: string): Promise<string> {
  for (let n = 1; ; n++) {
    const candidate = n === 1 ? base : `${base}-${n}`;
    if (existsSync(candidate)) continue;
    await mkdir(candidate, { recursive: true });
    return candidate;
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

/** The archive's counts as of now (they grow while a pass runs), else as of opening. */
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
