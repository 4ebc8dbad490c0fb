/**
 * The worker thread that owns an open archive: it reads and indexes files, answers searches between
 * files (so results come while indexing goes on), and watches the folder for changes.
 * Bundled on its own (out/electron/archive-worker.cjs) and started by `ArchiveWorkerClient`.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { startArchive, type LiveArchive } from '../library';
import type { SearchPage } from '../query/search-catalog';
import { watchArchive } from '../watch-archive';
import type { ClientMessage, WorkerMessage, WorkerMethod, WorkerStartData } from './protocol';

const port = parentPort;
if (!port) throw new Error('archive-worker must run in a worker thread');
const post = (message: WorkerMessage): void => port.postMessage(message);

function handlers(archive: LiveArchive): Record<WorkerMethod, (...args: never[]) => unknown> {
  return {
    search: (query: string, page?: SearchPage) => archive.search(query, page),
    highlightArticle: (id: string, query: string) => archive.highlightArticle(id, query),
    moreLikeThis: (id: string, limit?: number) => archive.moreLikeThis(id, limit),
    suggest: (prefix: string, limit?: number) => archive.suggest(prefix, limit),
    getArticle: (id: string) => archive.getArticle(id),
    summary: () => archive.summary,
    refresh: async () => {
      await archive.refresh();
      return archive.summary;
    },
    cancel: () => {
      archive.cancel();
      return null;
    },
  };
}

async function main(): Promise<void> {
  const start = workerData as WorkerStartData;
  let archive: LiveArchive;
  try {
    archive = await startArchive(start.folder, {
      ...(start.indexDir ? { indexDir: start.indexDir } : {}),
      onProgress: (progress) => post({ type: 'progress', progress }),
    });
  } catch (error) {
    post({ type: 'open-failed', message: error instanceof Error ? error.message : String(error) });
    return;
  }
  const table = handlers(archive);
  port!.on('message', async (message: ClientMessage) => {
    try {
      const handler = table[message.method] as ((...args: unknown[]) => unknown) | undefined;
      if (!handler) throw new Error(`unknown request ${String(message.method)}`);
      post({ type: 'reply', id: message.id, result: await handler(...message.args) });
    } catch (error) {
      post({ type: 'reply-error', id: message.id, message: error instanceof Error ? error.message : String(error) });
    }
  });
  post({ type: 'opened', summary: archive.summary, rebuildReason: archive.rebuildReason });
  const announce = (): void => post({ type: 'indexed', summary: archive.summary, saveError: archive.saveError });
  // Watch from the start: a change made while the first pass runs queues another pass after it.
  if (start.watch) {
    watchArchive(archive.summary.root, () => {
      void archive.refresh().then(announce);
    });
  }
  await archive.ready.then(announce);
}

void main();
