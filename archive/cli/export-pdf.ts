/** `archivo export-pdf`: the same print template as the app, printed by Electron or a local Chromium. */
import { stat } from 'node:fs/promises';
import path from 'node:path';
import { APP_VERSION } from '../app-version';
import { exportArticlePdf } from '../export/export-article';
import { exportArticlesPdf, type BatchProgress } from '../export/export-batch';
import { collectHits } from '../export/results-export';
import { resolvePdfRenderer } from '../export/resolve-renderer';
import { writeFileAtomic } from '../fs/write-file-atomic';
import type { PrintHighlights } from '../export/highlight-html';
import type { LiveArchive } from '../library';
import type { Article } from '../model/article';

const locale = (): string => Intl.DateTimeFormat().resolvedOptions().locale;

/** `highlights`: where a query matched, to be marked (see `--highlight`). */
export async function runExportPdf(article: Article, out: string, highlights?: PrintHighlights): Promise<{ path: string; renderer: string }> {
  const target = path.resolve(out.toLowerCase().endsWith('.pdf') ? out : `${out}.pdf`);
  const renderer = resolvePdfRenderer();
  const pdf = await exportArticlePdf(article, {
    locale: locale(),
    renderer: renderer.render,
    appVersion: APP_VERSION,
    ...(highlights ? { highlights } : {}),
  });
  await writeFileAtomic(target, pdf);
  return { path: target, renderer: renderer.description };
}

export interface BatchRequest {
  readonly out: string;
  /** One PDF with a contents page; otherwise one PDF per article into the `out` folder. */
  readonly combined: boolean;
  /** Mark the words this query matches in each article. */
  readonly highlight?: string;
  readonly onProgress?: (progress: BatchProgress) => void;
  readonly signal?: AbortSignal;
}

export interface AllResultsRequest extends BatchRequest {
  readonly query: string;
  readonly limit?: number;
}

/** Every result of a query, as one combined PDF or a folder of PDFs. */
export async function runExportAllResults(library: LiveArchive, request: AllResultsRequest): Promise<{ files: readonly string[]; renderer: string; total: number }> {
  const { total, hits } = collectHits((q, page) => library.search(q, page), request.query, request.limit);
  if (hits.length === 0) throw new Error(`no results for ${JSON.stringify(request.query)}: nothing to export`);
  const articles = hits.map((hit) => library.getArticle(hit.id)).filter((a): a is Article => a !== null);
  return { ...(await runExportArticles(library, articles, request, `“${request.query}”`)), total };
}

/** Several articles (given in order), as one combined PDF or a folder of PDFs, printed with one engine session. */
export async function runExportArticles(
  library: LiveArchive,
  articles: readonly Article[],
  request: BatchRequest,
  description?: string,
): Promise<{ files: readonly string[]; renderer: string }> {
  if (!request.combined && (await stat(request.out).then((s) => !s.isDirectory(), () => false))) {
    throw new Error(`${request.out} is a file: give a folder for one PDF per article, or add --combined`);
  }
  const renderer = resolvePdfRenderer();
  const session = await renderer.openSession();
  try {
    const common = {
      locale: locale(),
      renderer: session.render,
      appVersion: APP_VERSION,
      ...(request.onProgress ? { onProgress: request.onProgress } : {}),
      ...(request.signal ? { signal: request.signal } : {}),
      ...(request.highlight !== undefined ? { highlights: highlighter(library, request.highlight) } : {}),
    };
    const result = request.combined
      ? await exportArticlesPdf(articles, {
          ...common,
          mode: 'combined',
          out: request.out.toLowerCase().endsWith('.pdf') ? request.out : `${request.out}.pdf`,
          ...(description ? { description } : {}),
        })
      : await exportArticlesPdf(articles, { ...common, mode: 'per-article', outDir: path.resolve(request.out) });
    return { files: result.files, renderer: renderer.description };
  } finally {
    await session.close();
  }
}

/** Where `query` matches each article, in the print template's terms. */
function highlighter(library: LiveArchive, query: string): (article: Article) => PrintHighlights | undefined {
  return (article) => library.highlightArticle(article.id, query) ?? undefined;
}
