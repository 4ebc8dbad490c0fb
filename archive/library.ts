/**
 * The archive as the rest of the product sees it: open a folder, search it, fetch an article.
 * Used by the CLI directly and by the Electron main process.
 */
import type { Article, ArchiveSummary, SearchResponse } from './model/article';

export interface IndexProgress {
  readonly filesFound: number;
  readonly filesDone: number;
  readonly articles: number;
  readonly elapsedMs: number;
}

export interface OpenArchiveOptions {
  /** Where the persisted index lives; defaults to the per-user cache (never inside the archive). */
  readonly indexDir?: string;
  readonly onProgress?: (progress: IndexProgress) => void;
  readonly signal?: AbortSignal;
}

export interface SearchRequest {
  readonly limit?: number;
  readonly offset?: number;
}

export interface ArchiveLibrary {
  readonly summary: ArchiveSummary;
  search(query: string, request?: SearchRequest): SearchResponse;
  getArticle(id: string): Article | null;
}

export async function openArchive(_root: string, _options: OpenArchiveOptions = {}): Promise<ArchiveLibrary> {
  throw new Error('openArchive: being implemented');
}
