/**
 * An archive opened in a worker thread, seen as the session's `OpenLibrary`. Archive files are
 * untrusted and parsing them is heavy, so they are read off the main process; the worker answers
 * searches while it indexes. No Electron import: the browser-test harness opens archives this way too.
 */
import { ArchiveWorkerClient } from '../archive/worker/archive-worker-client';
import type { LibraryEvents, OpenLibrary } from './archive-session';

export interface WorkerLibraryOptions {
  /** The bundled worker (out/electron/archive-worker.cjs). */
  readonly workerFile: string;
  /** Defaults to the per-user cache. */
  readonly indexDir?: string;
}

export function workerLibraryOpener(options: WorkerLibraryOptions): (root: string, events: LibraryEvents) => Promise<OpenLibrary> {
  return async (root, events) => {
    const { client, summary } = await ArchiveWorkerClient.open(root, {
      workerFile: options.workerFile,
      ...(options.indexDir ? { indexDir: options.indexDir } : {}),
      onProgress: events.onProgress,
      onIndexed: (indexed) => events.onIndexed(indexed),
      onExit: events.onFailed,
    });
    return {
      summary,
      search: (query, request) => client.call('search', query, request),
      getArticle: (id) => client.call('getArticle', id),
      highlightArticle: (id, query) => client.call('highlightArticle', id, query),
      moreLikeThis: (id, limit) => client.call('moreLikeThis', id, limit),
      suggest: (prefix, limit) => client.call('suggest', prefix, limit),
      stopIndexing: async () => {
        await client.call('cancel');
      },
      close: () => client.close(),
    };
  };
}
