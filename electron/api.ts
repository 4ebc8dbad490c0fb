/**
 * The one contract between the renderer and the main process: every IPC channel, its arguments and its
 * result, and the `ArchivoApi` the preload exposes as `window.archivo`. Types only, plus channel names:
 * the renderer imports this file, so it must never import Node or Electron.
 */
import type { IndexProgress } from '../archive/index-progress';
import type { Article, ArchiveSummary, SearchResponse } from '../archive/model/article';

export type { IndexProgress };

/**
 * `ready` means searchable: while an indexing pass runs (the first one, or after files changed),
 * `indexing` carries its progress and results cover what is indexed so far.
 */
export type ArchiveStatus =
  | { readonly state: 'empty' }
  | { readonly state: 'loading'; readonly root: string }
  | { readonly state: 'ready'; readonly summary: ArchiveSummary; readonly indexing: IndexProgress | null }
  | { readonly state: 'error'; readonly root: string; readonly message: string };

export type ExportResult =
  | { readonly status: 'saved'; readonly path: string }
  | { readonly status: 'canceled' }
  | { readonly status: 'error'; readonly message: string };

export interface SearchOptions {
  readonly limit?: number;
}

/** Commands the main process sends to the renderer (menu items and their accelerators). */
export type AppCommand = 'focus-search' | 'export-pdf';

/** Request/response channels: name → argument tuple and result. */
export interface InvokeChannels {
  'archive:get-status': { args: []; result: ArchiveStatus };
  'archive:open-dialog': { args: []; result: ArchiveStatus };
  'archive:search': { args: [query: string, options?: SearchOptions]; result: SearchResponse };
  'archive:get-article': { args: [id: string]; result: Article | null };
  'article:export-pdf': { args: [id: string]; result: ExportResult };
}

/** Main → renderer event channels: name → payload. */
export interface EventChannels {
  'archive:status-changed': ArchiveStatus;
  'app:command': AppCommand;
}

export type InvokeChannel = keyof InvokeChannels;
export type EventChannel = keyof EventChannels;

export const INVOKE_CHANNELS = [
  'archive:get-status',
  'archive:open-dialog',
  'archive:search',
  'archive:get-article',
  'article:export-pdf',
] as const satisfies readonly InvokeChannel[];

export const EVENT_CHANNELS = ['archive:status-changed', 'app:command'] as const satisfies readonly EventChannel[];

/** What `window.archivo` offers the renderer. Every method crosses the context bridge. */
export interface ArchivoApi {
  getStatus(): Promise<ArchiveStatus>;
  /** Shows the folder picker in the main process; resolves to the (possibly unchanged) status. */
  openArchive(): Promise<ArchiveStatus>;
  search(query: string, options?: SearchOptions): Promise<SearchResponse>;
  getArticle(id: string): Promise<Article | null>;
  /** Shows the save dialog, prints the article to PDF and writes it. */
  exportPdf(id: string): Promise<ExportResult>;
  /** Returns an unsubscribe function. */
  onStatusChanged(listener: (status: ArchiveStatus) => void): () => void;
  onCommand(listener: (command: AppCommand) => void): () => void;
}
