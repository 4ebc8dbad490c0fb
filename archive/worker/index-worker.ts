/**
 * A helper thread of a large indexing pass (see index/index-workers.ts): reads and parses the files
 * it is sent, then indexes the articles of each that the catalog's thread says to keep (not a
 * second copy of one already indexed) into a segment of its own, and writes the segment next to
 * the index when told to (while it goes on with the next batch, unless it is the pass's only thread:
 * see `seal`). Messages are handled one at a time, in order, so the next files are parsed while the
 * catalog decides about these. A file's bytes are loaded as soon as it is asked for while reads
 * wait on the disk, and when it is parsed while they come from memory (FileLoader).
 * Bundled on its own as index-worker.cjs next to the bundle that indexes (the CLI, the archive worker).
 */
import { parentPort, workerData } from 'node:worker_threads';
import type { PreparedFile } from '../catalog';
import { SegmentBuilder } from '../engine/segment-builder';
import { allReaders } from '../formats/all-readers';
import { createFormatRegistry } from '../formats/registry';
import type { IndexWorkerData, IndexWorkerReply, IndexWorkerRequest, KeepOrder, ReadAnswer, ReadOrder } from '../index/index-workers';
import { writeNewSegment } from '../index/persist-catalog';
import { FileLoader, readPreparedFile, type LoadedFile } from '../index/read-archive-file';

const port = parentPort;
if (!port) throw new Error('index-worker must run in a worker thread');
const { indexFile, indexWhileWriting } = workerData as IndexWorkerData;
const registry = createFormatRegistry(allReaders);
let builder = new SegmentBuilder();
const loader = new FileLoader();
/** Files parsed and not yet decided about, by request id. */
const parsed = new Map<number, PreparedFile>();
/** The segment being written, if any. */
let writing: Promise<void> = Promise.resolve();

/**
 * Parsed files are answered this many at a time, or sooner when parsing them took this long. Each
 * answer wakes the catalog's thread, which takes a core from an index thread on a two-core machine:
 * at 100,000 one-article files, answering every 16 files or 5 ms made the pass 6% slower (43.1 s
 * against 40.5 s, medians of three alternated runs). Half of what a thread is asked for ahead
 * (READ_AHEAD_FILES_PER_THREAD), so that its queue never runs dry while an answer is on its way.
 */
const ANSWER_FILES = 64;
const ANSWER_MS = 50;

const send = (reply: IndexWorkerReply): void => port.postMessage(reply);

async function work(keeps: readonly KeepOrder[], reads: readonly ReadOrder[], loading: Map<number, Promise<LoadedFile>>): Promise<void> {
  for (const { id, positions, seal: sealAfter } of keeps) {
    const { articles } = parsed.get(id)!;
    parsed.delete(id);
    for (const position of positions) builder.add(articles[position]!.document);
    if (sealAfter) await seal(id);
  }
  let answers: ReadAnswer[] = [];
  let since = performance.now();
  for (const { id, file } of reads) {
    const prepared = await readPreparedFile(file, registry, loader.load(file, loading.get(id)));
    parsed.set(id, prepared);
    answers.push({ id, articles: prepared.articles.map(({ id: article, location }) => ({ id: article, location })), problems: prepared.problems });
    if (answers.length === ANSWER_FILES || performance.now() - since > ANSWER_MS) {
      send({ type: 'read', files: answers });
      answers = [];
      since = performance.now();
    }
  }
  if (answers.length > 0) send({ type: 'read', files: answers });
}

/**
 * Ends the batch built so far and writes it as a segment, while the next batch is parsed and
 * indexed if `indexWhileWriting`: the thread then does not wait for the disk (flushing the 170 MB
 * of 25,000 articles took about a second, with both threads sealing at once and nothing else
 * running). At most one segment is being written: a second waits for the first, so that only one
 * finished batch is ever held in memory beside the builder.
 */
async function seal(id: number): Promise<void> {
  await writing;
  const segment = builder.seal();
  builder = new SegmentBuilder();
  writing = writeNewSegment(indexFile, segment).then((saved) => send({ type: 'sealed', id, segment: saved }));
  if (!indexWhileWriting) return writing;
  // A failure (a disk that cannot take the segment) ends the thread: the pass then reads everything in its own.
  writing.catch((error: unknown) => {
    throw error;
  });
}

let queue: Promise<void> = Promise.resolve();
port.on('message', (request: IndexWorkerRequest) => {
  // Loading ahead starts now: the main thread bounds how many files it asks for ahead, so how many are in memory.
  const loading = new Map<number, Promise<LoadedFile>>();
  if (request.type === 'work') {
    for (const { id, file } of request.reads) {
      const ahead = loader.ahead(file);
      if (ahead) loading.set(id, ahead);
    }
  }
  queue = queue.then(async () => {
    await (request.type === 'work' ? work(request.keeps, request.reads, loading) : seal(request.id));
    // A turn of the event loop between messages: a busy thread's queue never empties, and without
    // it the steps of a segment's write (each answered by the event loop) waited until it did.
    await new Promise((resolve) => setImmediate(resolve));
  });
});
