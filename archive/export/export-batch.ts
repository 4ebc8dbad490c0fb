/**
 * Batch export: many articles as one combined PDF with a contents page, or one PDF per article in a
 * folder. Both go through the same print template as a single export.
 *
 * Combined: one HTML document holding every article is printed twice. The first print is the
 * layout pass: its outline (one top-level entry per `<h1>`: the contents heading, then each
 * headline) says on which page each article starts. Those numbers are written into the contents
 * page, whose page-number column has a fixed width so nothing moves, and the document is printed
 * again. The result is one tagged PDF with one outline and continuous "page X of Y" numbering. If a
 * check of the second print's outline disagrees (it should not), the numbers are corrected and it
 * is printed again, at most twice more.
 *
 * Progress is reported per article while the document is prepared and per print pass; cancelling
 * (AbortSignal) is checked between articles and between passes, and aborts a print in flight.
 */
import { readdir } from 'node:fs/promises';
import path from 'node:path';
import { writeFileAtomic } from '../fs/write-file-atomic';
import type { Article } from '../model/article';
import { renderCombinedHtml } from './combined-template';
import { exportArticlePdf, pdfMetadataFor, type PdfRenderer } from './export-article';
import { suggestPdfFileName } from './file-name';
import type { PrintHighlights } from './highlight-html';
import { normalizeLocale, printLanguage } from './locale';
import { topLevelOutline } from './outline-pages';
import type { PageSize } from './page-size';
import { pdfLib } from './pdf-lib';
import { withPdfMetadata } from './pdf-metadata';
import { printStrings } from './print-strings';
import { FileNameRegistry } from './unique-file-name';

export type BatchPhase = 'preparing' | 'layout' | 'printing' | 'saving' | 'done';

export interface BatchProgress {
  readonly phase: BatchPhase;
  /** Articles handled so far (per-article mode), or prepared (combined mode). */
  readonly done: number;
  readonly total: number;
  /** The article just handled, when there is one. */
  readonly article?: { readonly id: string; readonly title: string };
}

interface BatchCommon {
  readonly locale: string;
  readonly pageSize?: PageSize;
  readonly renderer: PdfRenderer;
  readonly appVersion: string;
  readonly exportedAt?: Date;
  readonly onProgress?: (progress: BatchProgress) => void;
  readonly signal?: AbortSignal;
  readonly highlights?: (article: Article) => PrintHighlights | undefined;
}

export interface CombinedBatchOptions extends BatchCommon {
  readonly mode: 'combined';
  /** The PDF file to write. */
  readonly out: string;
  readonly title?: string;
  /** A line for the contents page and the PDF Subject, e.g. `Search: "Mixco"`. */
  readonly description?: string;
}

export interface PerArticleBatchOptions extends BatchCommon {
  readonly mode: 'per-article';
  /** The folder to write into (created if missing); existing files are never overwritten. */
  readonly outDir: string;
}

export interface BatchResult {
  readonly files: readonly string[];
  /** Combined mode: the page each article starts on, in order. */
  readonly startPages?: readonly number[];
  readonly pages?: number;
}

/** Thrown when the signal fires; `files` lists what was completely written before that. */
export class ExportCancelledError extends Error {
  override readonly name = 'AbortError';
  constructor(readonly files: readonly string[]) {
    super(files.length > 0 ? `export cancelled after ${files.length} file(s)` : 'export cancelled');
  }
}

export async function exportArticlesPdf(
  articles: readonly Article[],
  options: CombinedBatchOptions | PerArticleBatchOptions,
): Promise<BatchResult> {
  if (articles.length === 0) throw new Error('nothing to export: no articles were given');
  switch (options.mode) {
    case 'combined':
      return exportCombined(articles, options);
    case 'per-article':
      return exportPerArticle(articles, options);
    default:
      return assertNever(options);
  }
}

async function exportPerArticle(articles: readonly Article[], options: PerArticleBatchOptions): Promise<BatchResult> {
  const exportedAt = options.exportedAt ?? new Date();
  const names = new FileNameRegistry(await readdir(options.outDir).catch(() => []));
  const files: string[] = [];
  const total = articles.length;
  for (const [i, article] of articles.entries()) {
    if (options.signal?.aborted) throw new ExportCancelledError(files);
    const highlights = options.highlights?.(article);
    let pdf: Uint8Array;
    try {
      pdf = await exportArticlePdf(article, {
        locale: options.locale,
        renderer: options.renderer,
        appVersion: options.appVersion,
        exportedAt,
        ...(options.pageSize ? { pageSize: options.pageSize } : {}),
        ...(highlights ? { highlights } : {}),
        ...(options.signal ? { signal: options.signal } : {}),
      });
    } catch (error) {
      if (options.signal?.aborted) throw new ExportCancelledError(files);
      throw error;
    }
    const file = path.join(options.outDir, names.claim(suggestPdfFileName(article)));
    await writeFileAtomic(file, pdf);
    files.push(file);
    options.onProgress?.({ phase: 'printing', done: i + 1, total, article: { id: article.id, title: article.title } });
  }
  options.onProgress?.({ phase: 'done', done: total, total });
  return { files };
}

async function exportCombined(articles: readonly Article[], options: CombinedBatchOptions): Promise<BatchResult> {
  const exportedAt = options.exportedAt ?? new Date();
  const total = articles.length;
  const cancelled = (): boolean => options.signal?.aborted ?? false;
  // Highlights are computed once per article, reporting progress as the document is put together.
  const highlights: (PrintHighlights | undefined)[] = [];
  for (const [i, article] of articles.entries()) {
    if (cancelled()) throw new ExportCancelledError([]);
    highlights.push(options.highlights?.(article));
    options.onProgress?.({ phase: 'preparing', done: i + 1, total, article: { id: article.id, title: article.title } });
  }
  const html = (startPages: readonly number[] | null): string =>
    renderCombinedHtml(articles, {
      locale: options.locale,
      exportedAt,
      appVersion: options.appVersion,
      startPages,
      highlights: (_article, i) => highlights[i],
      ...(options.pageSize ? { pageSize: options.pageSize } : {}),
      ...(options.title ? { title: options.title } : {}),
      ...(options.description ? { description: options.description } : {}),
    });
  const print = async (document: string): Promise<Uint8Array> => {
    if (cancelled()) throw new ExportCancelledError([]);
    try {
      return await options.renderer(document, options.signal ? { signal: options.signal } : undefined);
    } catch (error) {
      if (cancelled()) throw new ExportCancelledError([]);
      throw error;
    }
  };

  options.onProgress?.({ phase: 'layout', done: total, total });
  let startPages = await articleStartPages(await print(html(null)), total);
  options.onProgress?.({ phase: 'printing', done: total, total });
  let pdf = await print(html(startPages));
  for (let attempt = 0; attempt < 2; attempt++) {
    const check = await articleStartPages(pdf, total);
    if (check.every((page, i) => page === startPages[i])) break;
    startPages = check;
    pdf = await print(html(startPages));
  }

  options.onProgress?.({ phase: 'saving', done: total, total });
  const withMeta = await withPdfMetadata(pdf, combinedMetadata(articles, options, exportedAt));
  if (cancelled()) throw new ExportCancelledError([]);
  const out = path.resolve(options.out);
  await writeFileAtomic(out, withMeta);
  options.onProgress?.({ phase: 'done', done: total, total });
  return { files: [out], startPages, pages: await pageCount(withMeta) };
}

/** Page each article starts on: outline entry 0 is the contents heading, then one per article. */
async function articleStartPages(pdf: Uint8Array, count: number): Promise<number[]> {
  const outline = await topLevelOutline(pdf);
  const pages = outline.slice(1).map((entry) => entry.page);
  if (outline.length !== count + 1 || pages.some((page) => page === null)) {
    throw new Error(
      `could not locate the ${count} articles in the printed document (its outline has ${outline.length} top-level entries); ` +
        'the PDF engine must write a document outline (Chromium: outline: true; Electron: generateDocumentOutline)',
    );
  }
  return pages as number[];
}

function combinedMetadata(articles: readonly Article[], options: CombinedBatchOptions, exportedAt: Date) {
  const locale = normalizeLocale(options.locale);
  const title = options.title ?? printStrings(printLanguage(locale)).combinedTitle(articles.length);
  const authors = [...new Set(articles.map((a) => a.author).filter((a): a is string => Boolean(a)))];
  const keywords = articles.flatMap((article) => pdfMetadataFor(article, { locale, appVersion: options.appVersion, exportedAt }).keywords);
  return {
    title,
    // A handful of named authors is useful; a long list would only be noise in a file manager.
    author: authors.length > 0 && authors.length <= 3 ? authors.join('; ') : null,
    subject: options.description ?? title,
    keywords,
    creationDate: exportedAt,
    creator: `Archivo ${options.appVersion}`,
  };
}

async function pageCount(pdf: Uint8Array): Promise<number> {
  return (await pdfLib().PDFDocument.load(pdf, { updateMetadata: false })).getPageCount();
}

function assertNever(value: never): never {
  throw new Error(`unexpected export mode ${JSON.stringify(value)}`);
}
