/**
 * A helper thread of an indexing pass: reads and parses the files it is sent, one at a time and in
 * order, and sends back their prepared articles (see index/file-reader.ts). Bundled on its own as
 * parse-worker.cjs next to the bundle that indexes (the CLI, the archive worker).
 */
import { parentPort } from 'node:worker_threads';
import { allReaders } from '../formats/all-readers';
import { createFormatRegistry } from '../formats/registry';
import { readPreparedFile } from '../index/read-archive-file';
import type { FoundFile } from '../scan/walk-archive';

const port = parentPort;
if (!port) throw new Error('parse-worker must run in a worker thread');
const registry = createFormatRegistry(allReaders);
let queue: Promise<void> = Promise.resolve();
port.on('message', (message: { id: number; file: FoundFile }) => {
  queue = queue.then(async () => {
    const prepared = await readPreparedFile(message.file, registry);
    port.postMessage({ id: message.id, prepared });
  });
});
