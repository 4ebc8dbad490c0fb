/**
 * Export one article to PDF: print template → renderer → document metadata. The renderer is injected
 * so the desktop app (Electron's printToPDF), the CLI (Electron when present, else Chromium) and the
 * tests all go through this one path and produce the same document. (The CLI picks its renderer with
 * `resolvePdfRenderer` from ./resolve-renderer, kept apart so the app's bundle never pulls in playwright-core.)
 */
import type { Article } from '../model/article';
import type { PrintHighlights } from './highlight-html';
import { normalizeLocale } from './locale';
import type { PageSize } from './page-size';
import { withPdfMetadata, type PdfMetadata } from './pdf-metadata';
import { formatArticleDate, printTitle, renderPrintHtml } from './print-template';

/** Turns a complete HTML document into PDF bytes; may abort when `options.signal` fires. */
export type PdfRenderer = (html: string, options?: { readonly signal?: AbortSignal }) => Promise<Uint8Array>;

export interface ExportPdfOptions {
  readonly locale: string;
  readonly pageSize?: PageSize;
  readonly renderer: PdfRenderer;
  readonly appVersion: string;
  /** Defaults to now; tests pin it. */
  readonly exportedAt?: Date;
  /** The current query's hits, as ranges on the article's own text, marked in the PDF. */
  readonly highlights?: PrintHighlights;
  readonly signal?: AbortSignal;
}

export async function exportArticlePdf(article: Article, options: ExportPdfOptions): Promise<Uint8Array> {
  const exportedAt = options.exportedAt ?? new Date();
  const html = renderPrintHtml(article, {
    locale: options.locale,
    ...(options.pageSize ? { pageSize: options.pageSize } : {}),
    exportedAt,
    appVersion: options.appVersion,
    ...(options.highlights ? { highlights: options.highlights } : {}),
  });
  const pdf = await options.renderer(html, options.signal ? { signal: options.signal } : undefined);
  return withPdfMetadata(pdf, pdfMetadataFor(article, { locale: options.locale, appVersion: options.appVersion, exportedAt }));
}

/** Title, Author (only when known), Subject "Source — date", Keywords: source, language name, tags. */
export function pdfMetadataFor(
  article: Article,
  context: { readonly locale: string; readonly appVersion: string; readonly exportedAt: Date },
): PdfMetadata {
  const locale = normalizeLocale(context.locale);
  const date = article.date ? formatArticleDate(article.date, locale) : null;
  return {
    title: printTitle(article),
    author: article.author,
    subject: [article.source, date ?? article.dateRaw].filter(Boolean).join(' — '),
    keywords: [article.source ?? '', languageName(article.language, locale), ...(article.tags ?? [])],
    creationDate: context.exportedAt,
    creator: `Archivo ${context.appVersion}`,
  };
}

function languageName(language: string | null, locale: string): string {
  if (!language) return '';
  try {
    return new Intl.DisplayNames([locale], { type: 'language' }).of(language) ?? language;
  } catch {
    return language;
  }
}
