/**
 * A helper thread of a large indexing pass (see index/index-workers.ts): reads and parses the files
 * it is sent, then indexes the articles of each that the catalog's thread says to keep (not a
 * second copy of one already indexed) into a segment of its own, and writes the segment next to
 * the index when told to. Messages are handled one at a time, in order, so the next file is parsed
 * while the catalog decides about this one; only the waits overlap the work: a file's bytes are
 * loaded as soon as it is asked for, and a segment is written while the next batch is indexed.
 * Bundled on its own as index-worker.cjs next to the bundle that indexes (the CLI, the archive worker).
 */
import { parentPort, workerData } from 'node:worker_threads';
import { toEngineDocument, type PreparedFile } from '../catalog';
import { SegmentBuilder } from '../engine/segment-builder';
import { allReaders } from '../formats/all-readers';
import { createFormatRegistry } from '../formats/registry';
import type { IndexWorkerData, IndexWorkerReply, IndexWorkerRequest } from '../index/index-workers';
import { writeNewSegment } from '../index/persist-catalog';
import { loadArchiveFile, readPreparedFile, type LoadedFile } from '../index/read-archive-file';

const port = parentPort;
if (!port) throw new Error('index-worker must run in a worker thread');
const { indexFile } = workerData as IndexWorkerData;
const registry = createFormatRegistry(allReaders);
let builder = new SegmentBuilder();
/** Files parsed and not yet decided about, by request id. */
const parsed = new Map<number, PreparedFile>();

async function answer(request: IndexWorkerRequest, loaded: Promise<LoadedFile> | null): Promise<IndexWorkerReply | null> {
  switch (request.type) {
    case 'read': {
      const prepared = await readPreparedFile(request.file, registry, loaded ?? undefined);
      parsed.set(request.id, prepared);
      return {
        type: 'read',
        id: request.id,
        articles: prepared.articles.map(({ article }) => ({ id: article.id, location: article.locations[0]! })),
        problems: prepared.problems,
      };
    }
    case 'keep': {
      const { articles } = parsed.get(request.id)!;
      parsed.delete(request.id);
      for (const position of request.positions) {
        const { article, stored } = articles[position]!;
        builder.add(toEngineDocument(article, stored));
      }
      if (request.seal) seal(request.id);
      return null;
    }
    case 'seal':
      seal(request.id);
      return null;
  }
}

/**
 * Seals the batch built so far and starts the next; the segment is written while the next batch is
 * indexed, and the reply goes when it is on disk. A write that fails (a full disk) ends the thread,
 * its rejection being unhandled on purpose: the pass then reads everything again in its own thread.
 */
function seal(id: number): void {
  const segment = builder.seal();
  builder = new SegmentBuilder();
  void writeNewSegment(indexFile, segment).then((saved) => port!.postMessage({ type: 'sealed', id, segment: saved } satisfies IndexWorkerReply));
}

let queue: Promise<void> = Promise.resolve();
port.on('message', (request: IndexWorkerRequest) => {
  // Loading starts now: the main thread bounds how many files it asks for ahead, so how many are in memory.
  const loaded = request.type === 'read' ? loadArchiveFile(request.file) : null;
  // A failure ends the thread, as above.
  queue = queue.then(async () => {
    const reply = await answer(request, loaded);
    if (reply) port.postMessage(reply);
  });
});
