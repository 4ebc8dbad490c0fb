/**
 * The current result list as CSV and JSON, and the "search receipt" that lets someone else
 * reproduce a search. Built only from the library's public API (search pages + getArticle), so it
 * keeps working whatever the engine underneath does.
 *
 * Index checksum, as defined here: SHA-256 (hex) of the UTF-8 text made of one line
 * "<article id> <article sha256>\n" per article in the complete result set (every page, not only the
 * rows shown), sorted by id. It fingerprints exactly which texts the query matched: the same archive
 * and the same query give the same checksum on any machine, and a changed, added or removed matching
 * article changes it. It does not cover articles the query did not match; the receipt also states
 * the archive's article and file counts for that.
 */
import { createHash } from 'node:crypto';
import type { Article, SearchHit, SearchResponse } from '../model/article';
import { hitFields } from '../model/hit-fields';
import { searchErrorText } from '../query/search-error';

export const INDEX_CHECKSUM_DEFINITION =
  'sha256 of the lines "<id> <sha256>\\n" of every article in the complete result set, sorted by id';

/** One results page, as `library.search(query, { limit, offset })` returns it. */
export type SearchPageFn = (query: string, page: { readonly limit: number; readonly offset: number }) => SearchResponse;

/** Every hit of `query` (up to `limit`), fetched page by page. Throws on a query that cannot be parsed. */
export function collectHits(search: SearchPageFn, query: string, limit = Number.POSITIVE_INFINITY, pageSize = 200): { total: number; hits: SearchHit[] } {
  const hits: SearchHit[] = [];
  let total = 0;
  for (let offset = 0; hits.length < limit; offset += pageSize) {
    const response = search(query, { limit: Math.min(pageSize, limit - hits.length), offset });
    if (response.error) throw new Error(searchErrorText(query, response));
    total = response.total;
    hits.push(...response.results);
    if (response.results.length === 0 || offset + response.results.length >= total) break;
  }
  return { total, hits: hits.slice(0, limit) };
}

export interface ResultRow {
  readonly rank: number;
  readonly id: string;
  readonly title: string;
  readonly date: string | null;
  readonly source: string | null;
  readonly author: string | null;
  readonly language: string | null;
  readonly url: string | null;
  readonly path: string;
  readonly score: number;
  readonly snippet: string;
  readonly highlights: SearchHit['snippet']['highlights'];
  readonly sha256: string | null;
}

export function resultRows(hits: readonly SearchHit[], getArticle: (id: string) => Article | null): ResultRow[] {
  return hits.map((hit, i) => {
    const article = getArticle(hit.id);
    return {
      rank: i + 1,
      ...hitFields(hit),
      url: article?.url ?? null,
      score: round(hit.score),
      sha256: article?.sha256 ?? null,
    };
  });
}

const CSV_COLUMNS = ['rank', 'id', 'title', 'date', 'source', 'author', 'language', 'url', 'path', 'score', 'snippet', 'sha256'] as const;

/**
 * RFC 4180 CSV: CRLF line ends, fields quoted when they hold a comma, quote or line break, quotes
 * doubled. Text cells starting with = + - @ (or a tab or carriage return) get a leading apostrophe so
 * Excel and LibreOffice show them instead of running them as formulas (OWASP "CSV injection").
 * `bom` adds the UTF-8 byte order mark Excel needs to read accents correctly.
 */
export function resultsCsv(rows: readonly ResultRow[], options: { readonly bom?: boolean } = {}): string {
  const lines = [CSV_COLUMNS.join(','), ...rows.map((row) => CSV_COLUMNS.map((column) => csvCell(row[column])).join(','))];
  return `${options.bom ? '\uFEFF' : ''}${lines.join('\r\n')}\r\n`;
}

export function csvCell(value: string | number | null): string {
  if (value === null) return '';
  let text = String(value);
  if (typeof value === 'string' && /^[=+\-@\t\r]/.test(text)) text = `'${text}`;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

export interface ResultsContext {
  readonly query: string;
  readonly filters?: Readonly<Record<string, unknown>>;
  readonly archivePath: string;
  readonly total: number;
  readonly exportedAt: Date;
}

export function resultsJson(rows: readonly ResultRow[], context: ResultsContext) {
  return {
    query: context.query,
    filters: context.filters ?? {},
    archive: context.archivePath,
    exportedAt: context.exportedAt.toISOString(),
    total: context.total,
    results: rows,
  };
}

export interface ReceiptContext extends ResultsContext {
  readonly archiveArticles: number;
  readonly archiveFiles: number;
  readonly appVersion: string;
}

/** The search receipt: what was asked, of which archive, when, with what, and exactly what came back. */
export function searchReceipt(rows: readonly ResultRow[], allMatches: readonly { id: string; sha256: string | null }[], context: ReceiptContext) {
  return {
    kind: 'archivo-search-receipt',
    version: 1,
    query: context.query,
    filters: context.filters ?? {},
    searchedAt: context.exportedAt.toISOString(),
    archive: { path: context.archivePath, articles: context.archiveArticles, files: context.archiveFiles },
    archivo: context.appVersion,
    indexChecksum: indexChecksum(allMatches),
    indexChecksumDefinition: INDEX_CHECKSUM_DEFINITION,
    total: context.total,
    hits: rows.map(({ rank, id, title, date, score, sha256 }) => ({ rank, id, title, date, score, sha256 })),
  };
}

export function indexChecksum(matches: readonly { id: string; sha256: string | null }[]): string {
  const lines = [...matches].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0)).map((m) => `${m.id} ${m.sha256 ?? ''}\n`);
  return createHash('sha256').update(lines.join(''), 'utf8').digest('hex');
}

function round(score: number): number {
  return Math.round(score * 10_000) / 10_000;
}
