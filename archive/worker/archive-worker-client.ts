/**
 * Opens an archive in a worker thread and talks to it with promises. If the worker dies (a parser
 * bug, out of memory), pending requests fail with a clear message instead of hanging, and
 * `onExit` tells the owner so it can show the error and offer to reopen.
 */
import { Worker } from 'node:worker_threads';
import type { ArchiveSummary } from '../model/article';
import type { IndexProgress } from '../index-progress';
import type { ClientMessage, WorkerMessage, WorkerMethod, WorkerRequests, WorkerStartData } from './protocol';

export interface ArchiveWorkerOptions {
  /** The bundled worker script (archive-worker.ts built to CommonJS). */
  readonly workerFile: string;
  readonly indexDir?: string;
  /** Re-index when files in the folder change (default true). */
  readonly watch?: boolean;
  readonly onProgress?: (progress: IndexProgress) => void;
  /** After each indexing pass (the first one, and after every change). */
  readonly onIndexed?: (summary: ArchiveSummary, saveError: string | null) => void;
  /** The worker stopped unexpectedly. */
  readonly onExit?: (message: string) => void;
}

export interface OpenedArchive {
  readonly client: ArchiveWorkerClient;
  /** As loaded from the saved index; the indexing pass may still be running. */
  readonly summary: ArchiveSummary;
  readonly rebuildReason: string | null;
}

export class ArchiveWorkerClient {
  private nextId = 1;
  private readonly pending = new Map<number, { resolve: (value: unknown) => void; reject: (error: Error) => void }>();
  private closed = false;

  private constructor(private readonly worker: Worker) {}

  /** Starts the worker and resolves once the archive is searchable (its saved index is loaded). */
  static open(folder: string, options: ArchiveWorkerOptions): Promise<OpenedArchive> {
    const data: WorkerStartData = { folder, watch: options.watch ?? true, ...(options.indexDir ? { indexDir: options.indexDir } : {}) };
    const worker = new Worker(options.workerFile, { workerData: data });
    const client = new ArchiveWorkerClient(worker);
    return new Promise<OpenedArchive>((resolve, reject) => {
      let opened = false;
      worker.on('message', (message: WorkerMessage) => {
        switch (message.type) {
          case 'opened':
            opened = true;
            resolve({ client, summary: message.summary, rebuildReason: message.rebuildReason });
            return;
          case 'open-failed':
            void worker.terminate();
            reject(new Error(message.message));
            return;
          case 'progress':
            options.onProgress?.(message.progress);
            return;
          case 'indexed':
            options.onIndexed?.(message.summary, message.saveError);
            return;
          case 'reply':
          case 'reply-error':
            client.settle(message);
            return;
        }
      });
      const fail = (reason: string): void => {
        client.failAll(reason);
        if (!opened) reject(new Error(reason));
        else if (!client.closed) options.onExit?.(reason);
      };
      worker.on('error', (error) => fail(`the archive reader stopped: ${error.message}`));
      worker.on('exit', (code) => fail(`the archive reader stopped (exit code ${code})`));
    });
  }

  call<M extends WorkerMethod>(method: M, ...args: WorkerRequests[M]['args']): Promise<WorkerRequests[M]['result']> {
    if (this.closed) return Promise.reject(new Error('the archive is closed'));
    const id = this.nextId++;
    const message: ClientMessage = { id, method, args };
    return new Promise((resolve, reject) => {
      this.pending.set(id, { resolve: resolve as (value: unknown) => void, reject });
      this.worker.postMessage(message);
    });
  }

  async close(): Promise<void> {
    this.closed = true;
    this.failAll('the archive was closed');
    await this.worker.terminate();
  }

  private settle(message: Extract<WorkerMessage, { type: 'reply' | 'reply-error' }>): void {
    const waiter = this.pending.get(message.id);
    if (!waiter) return;
    this.pending.delete(message.id);
    if (message.type === 'reply') waiter.resolve(message.result);
    else waiter.reject(new Error(message.message));
  }

  private failAll(reason: string): void {
    for (const waiter of this.pending.values()) waiter.reject(new Error(reason));
    this.pending.clear();
  }
}
