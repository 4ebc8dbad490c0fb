/** `archivo export-results`: the result list as CSV or JSON, optionally with a search receipt. */
import path from 'node:path';
import { APP_VERSION } from '../app-version';
import { collectHits, resultRows, resultsCsv, resultsJson, searchReceipt } from '../export/results-export';
import { writeFileAtomic } from '../fs/write-file-atomic';
import type { ArchiveLibrary } from '../library';

export interface ExportResultsRequest {
  readonly query: string;
  readonly format: 'csv' | 'json';
  readonly out?: string;
  readonly receipt?: string;
  readonly limit?: number;
  readonly now?: Date;
}

/** Returns what to print on stdout (the export itself when there is no --out, else a summary). */
export async function runExportResults(library: ArchiveLibrary, request: ExportResultsRequest): Promise<string> {
  const exportedAt = request.now ?? new Date();
  const search = (query: string, page: { limit: number; offset: number }) => library.search(query, page);
  const { total, hits } = collectHits(search, request.query, request.limit);
  const getArticle = (id: string) => library.getArticle(id);
  const rows = resultRows(hits, getArticle);
  const context = { query: request.query, archivePath: library.summary.root, total, exportedAt };
  // A file gets the BOM Excel needs; a pipe does not (it would confuse the next program).
  const body = request.format === 'csv'
    ? resultsCsv(rows, { bom: request.out !== undefined })
    : `${JSON.stringify(resultsJson(rows, context), null, 2)}\n`;
  const messages: string[] = [];
  if (request.out) {
    await writeFileAtomic(path.resolve(request.out), body);
    messages.push(`Saved ${rows.length} of ${total} results to ${path.resolve(request.out)}`);
  }
  if (request.receipt) {
    // The checksum covers every match, even beyond --limit, so it identifies the whole result set.
    const all = rows.length === total ? rows : resultRows(collectHits(search, request.query).hits, getArticle);
    const receipt = searchReceipt(rows, all, {
      ...context,
      archiveArticles: library.summary.articles,
      archiveFiles: library.summary.files,
      appVersion: APP_VERSION,
    });
    await writeFileAtomic(path.resolve(request.receipt), `${JSON.stringify(receipt, null, 2)}\n`);
    messages.push(`Saved the search receipt to ${path.resolve(request.receipt)}`);
  }
  return request.out ? `${messages.join('\n')}\n` : body;
}
