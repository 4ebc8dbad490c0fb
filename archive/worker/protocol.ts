/**
 * Messages between an archive worker thread and its client. Parsing untrusted files happens in the
 * worker, off the main process; the client sees the same operations as `LiveArchive`, as promises.
 */
import type { Article, ArchiveSummary, ArticleHighlights, SearchResponse, Suggestion } from '../model/article';
import type { IndexProgress } from '../index-progress';
import type { SearchPage } from '../query/search-catalog';

export interface WorkerRequests {
  search: { args: [query: string, page?: SearchPage]; result: SearchResponse };
  getArticle: { args: [id: string]; result: Article | null };
  summary: { args: []; result: ArchiveSummary };
  refresh: { args: []; result: ArchiveSummary };
  cancel: { args: []; result: null };
  highlightArticle: { args: [id: string, query: string]; result: ArticleHighlights | null };
  moreLikeThis: { args: [id: string, limit?: number]; result: SearchResponse };
  suggest: { args: [prefix: string, limit?: number]; result: Suggestion[] };
}

export type WorkerMethod = keyof WorkerRequests;

export interface WorkerStartData {
  readonly folder: string;
  readonly indexDir?: string;
  readonly watch: boolean;
}

export type ClientMessage = { readonly id: number; readonly method: WorkerMethod; readonly args: readonly unknown[] };

export type WorkerMessage =
  | { readonly type: 'opened'; readonly summary: ArchiveSummary; readonly rebuildReason: string | null }
  | { readonly type: 'open-failed'; readonly message: string }
  | { readonly type: 'progress'; readonly progress: IndexProgress }
  | { readonly type: 'indexed'; readonly summary: ArchiveSummary; readonly saveError: string | null }
  | { readonly type: 'reply'; readonly id: number; readonly result: unknown }
  | { readonly type: 'reply-error'; readonly id: number; readonly message: string };
