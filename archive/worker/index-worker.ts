/**
 * A helper thread of a large indexing pass (see index/index-workers.ts): reads and parses the files
 * it is sent, then indexes the articles of each that the catalog's thread says to keep (not a
 * second copy of one already indexed) into a segment of its own, and writes the segment next to
 * the index when told to. Messages are handled one at a time, in order, so the next file is parsed
 * while the catalog decides about this one. A file's bytes are loaded as soon as it is asked for
 * while reads wait on the disk, and when it is parsed while they come from memory (FileLoader).
 * Bundled on its own as index-worker.cjs next to the bundle that indexes (the CLI, the archive worker).
 */
import { parentPort, workerData } from 'node:worker_threads';
import type { PreparedFile } from '../catalog';
import { SegmentBuilder } from '../engine/segment-builder';
import { allReaders } from '../formats/all-readers';
import { createFormatRegistry } from '../formats/registry';
import type { IndexWorkerData, IndexWorkerReply, IndexWorkerRequest } from '../index/index-workers';
import { writeNewSegment } from '../index/persist-catalog';
import { FileLoader, readPreparedFile, type LoadedFile } from '../index/read-archive-file';

const port = parentPort;
if (!port) throw new Error('index-worker must run in a worker thread');
const { indexFile } = workerData as IndexWorkerData;
const registry = createFormatRegistry(allReaders);
let builder = new SegmentBuilder();
const loader = new FileLoader();
/** Files parsed and not yet decided about, by request id. */
const parsed = new Map<number, PreparedFile>();

async function answer(request: IndexWorkerRequest, loaded: Promise<LoadedFile> | undefined): Promise<IndexWorkerReply | null> {
  switch (request.type) {
    case 'read': {
      const prepared = await readPreparedFile(request.file, registry, loader.load(request.file, loaded));
      parsed.set(request.id, prepared);
      return {
        type: 'read',
        id: request.id,
        articles: prepared.articles.map(({ id, location }) => ({ id, location })),
        problems: prepared.problems,
      };
    }
    case 'keep': {
      const { articles } = parsed.get(request.id)!;
      parsed.delete(request.id);
      for (const position of request.positions) builder.add(articles[position]!.document);
      return request.seal ? seal(request.id) : null;
    }
    case 'seal':
      return seal(request.id);
  }
}

/**
 * Writes the batch built so far as a segment and starts the next. Not in the background while the
 * next batch is indexed: at a million articles that held a written segment beside the next batch's
 * builder, 550 MB more at the peak (2.45 GB against 1.9), for no measurable gain in speed.
 */
async function seal(id: number): Promise<IndexWorkerReply> {
  const segment = builder.seal();
  builder = new SegmentBuilder();
  return { type: 'sealed', id, segment: await writeNewSegment(indexFile, segment) };
}

let queue: Promise<void> = Promise.resolve();
port.on('message', (request: IndexWorkerRequest) => {
  // Loading ahead starts now: the main thread bounds how many files it asks for ahead, so how many are in memory.
  const loaded = request.type === 'read' ? loader.ahead(request.file) : undefined;
  // A failure (a disk that cannot take the segment) ends the thread: the pass then reads everything in its own.
  queue = queue.then(async () => {
    const reply = await answer(request, loaded);
    if (reply) port.postMessage(reply);
  });
});
