/**
 * Reads the files of an indexing pass ahead of the index: a few files are always in flight, so the
 * disk is never waited for, and on a large pass they are parsed in a worker thread (the bundled
 * `parse-worker.cjs`), so parsing runs on the second core while this thread builds the index.
 * Results come back in the order asked. If the worker cannot start or dies, the files are read
 * here instead: a pass never fails for want of a thread.
 */
import { existsSync } from 'node:fs';
import path from 'node:path';
import { Worker } from 'node:worker_threads';
import type { PreparedFile } from '../catalog';
import type { FormatRegistry } from '../formats/registry';
import type { FoundFile } from '../scan/walk-archive';
import { readPreparedFile } from './read-archive-file';

export interface FileReader {
  read(file: FoundFile): Promise<PreparedFile>;
  close(): void;
}

/**
 * Below this much to read, starting a thread (and loading the parsers in it) costs more than it
 * saves: measured slower at 10k generated articles (51 MB), 1.35× faster at 100k (504 MB).
 */
export const WORKER_MIN_BYTES = 128 * 1024 * 1024;

/** The parse worker bundled next to this code (out/cli, out/electron), if the build made one. */
export function bundledParseWorker(): string | null {
  if (typeof __dirname !== 'string') return null;
  const file = path.join(__dirname, 'parse-worker.cjs');
  return existsSync(file) ? file : null;
}

export function createFileReader(registry: FormatRegistry, workerFile: string | null): FileReader {
  const local: FileReader = { read: (file) => readPreparedFile(file, registry), close: () => undefined };
  if (workerFile === null) return local;
  let worker: Worker;
  try {
    worker = new Worker(workerFile);
  } catch {
    return local;
  }
  let failed = false;
  let nextId = 0;
  const pending = new Map<number, { file: FoundFile; resolve: (prepared: PreparedFile | Promise<PreparedFile>) => void }>();
  const fallBack = (): void => {
    if (failed) return;
    failed = true;
    void worker.terminate();
    // Whatever the worker had not answered is read here, in order.
    for (const { file, resolve } of pending.values()) resolve(readPreparedFile(file, registry));
    pending.clear();
  };
  worker.on('message', (message: { id: number; prepared: PreparedFile }) => {
    const request = pending.get(message.id);
    if (!request) return;
    pending.delete(message.id);
    request.resolve(message.prepared);
  });
  worker.on('error', fallBack);
  worker.on('exit', fallBack);
  return {
    read(file) {
      if (failed) return readPreparedFile(file, registry);
      return new Promise<PreparedFile>((resolve) => {
        const id = nextId++;
        pending.set(id, { file, resolve });
        worker.postMessage({ id, file });
      });
    },
    close() {
      failed = true;
      pending.clear();
      void worker.terminate();
    },
  };
}
