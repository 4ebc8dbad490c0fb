/**
 * Indexes a large pass on every core: each thread (the bundled `index-worker.cjs`) reads and parses
 * its share of the files, indexes the articles the catalog keeps into a segment of its own, and
 * writes it next to the index; the archive's thread keeps the catalog, decides which articles to
 * keep (a second copy of an article is never indexed) and attaches the segments. Files are shared
 * out by size, batches end at fixed counts and are attached in the order they end, so a pass
 * builds the same index whatever the timing. If a thread cannot start there are no workers; if
 * one fails later, every pending and later call fails with `IndexWorkerError`.
 */
import { existsSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import path from 'node:path';
import { Worker } from 'node:worker_threads';
import type { FoundArticles } from '../catalog';
import type { FoundFile } from '../scan/walk-archive';
import type { SavedSegment } from './persist-catalog';

/**
 * Below this much to read, starting threads (and loading the parsers in each) costs more than it
 * saves (measured with the parse thread this replaced: slower at 10k generated articles, 51 MB).
 */
export const WORKER_MIN_BYTES = 128 * 1024 * 1024;
/** Articles all threads hold before writing their segments: what one thread's builder holds (PENDING_LIMIT). */
const DOCUMENTS_IN_MEMORY = 50_000;
/** Each thread's first batch: small, so that a search finds articles seconds into a long first pass. */
const FIRST_BATCH_DOCUMENTS = 2_000;
/**
 * When the pass has this little left to read per thread, each thread ends a batch larger than that
 * (once): the batch written at the very end, while nothing else runs, is then small. At 100,000
 * one-article files, waiting for a 170 MB last segment to reach the disk left both cores idle for
 * a second.
 */
const LAST_BATCH_BYTES = 32 * 1024 * 1024;
/** More threads than this add memory (a builder each) faster than speed. */
const MAX_WORKERS = 4;
/**
 * Passes with more to read than this get one thread: at a million generated articles (5.3 GB), two
 * threads' builders on top of the catalog took the process to 2.6 GB at its peak, past the 2.5 GB
 * the product allows, where one thread stays near 2 GB (and is still faster than reading and
 * indexing in one thread, which the archive's thread is then free of).
 */
const ONE_THREAD_FROM_BYTES = 2 * 1024 ** 3;

export interface IndexWorkerData {
  readonly indexFile: string;
  /**
   * Whether a thread goes on indexing while its last batch is written: faster, but a finished batch
   * is then held beside the next one. Not for a pass on one thread (a large one, see
   * ONE_THREAD_FROM_BYTES): at a million articles it took the peak from 2.2 GB to 2.49 GB.
   */
  readonly indexWhileWriting: boolean;
}

/** Parse file `id`. */
export interface ReadOrder {
  readonly id: number;
  readonly file: FoundFile;
}

/** Index these articles of file `id`, by position; then write the batch as a segment if `seal`. */
export interface KeepOrder {
  readonly id: number;
  readonly positions: readonly number[];
  readonly seal: boolean;
}

/**
 * Orders go to a thread together (all those given in one turn of the archive's thread), and parsed
 * files come back a few at a time: one message per file cost a sixth of a pass over one file per
 * article (each message is copied, and wakes the thread it goes to).
 */
export type IndexWorkerRequest =
  /** Keeps first (their files were parsed earlier), then reads. */
  | { readonly type: 'work'; readonly keeps: readonly KeepOrder[]; readonly reads: readonly ReadOrder[] }
  | { readonly type: 'seal'; readonly id: number };

/** What file `id` held. */
export interface ReadAnswer extends FoundArticles {
  readonly id: number;
}

export type IndexWorkerReply =
  | { readonly type: 'read'; readonly files: readonly ReadAnswer[] }
  | { readonly type: 'sealed'; readonly id: number; readonly segment: SavedSegment };

/** A file parsed on a thread, waiting for `keep`. */
export interface ReadOnThread extends FoundArticles {
  readonly thread: number;
  readonly id: number;
  /** The file's size in bytes. */
  readonly size: number;
}

/** A batch written as a segment file. */
export interface SealedBatch {
  readonly batch: string;
  readonly segment: SavedSegment;
}

export interface IndexWorkers {
  readonly threads: number;
  /** Reads and parses a file on a thread. */
  read(file: FoundFile): Promise<ReadOnThread>;
  /** Indexes the articles of `read` at `positions`; returns the batch they go into and their numbers there. */
  keep(read: ReadOnThread, positions: readonly number[]): { readonly batch: string; readonly locals: readonly number[] };
  /** The batches written since last asked, in the order they ended (up to the first not written yet). */
  written(): SealedBatch[];
  /** Ends every thread's batch, waits until all are written, and returns those not returned yet. */
  finish(): Promise<SealedBatch[]>;
  close(): void;
}

export class IndexWorkerError extends Error {
  override readonly name = 'IndexWorkerError';
}

/** The index worker bundled next to this code (out/cli, out/electron), if the build made one. */
export function bundledIndexWorker(): string | null {
  if (typeof __dirname !== 'string') return null;
  const file = path.join(__dirname, 'index-worker.cjs');
  return existsSync(file) ? file : null;
}

interface Thread {
  readonly worker: Worker;
  readonly index: number;
  /** Orders not sent yet: they go together at the end of this turn of the thread. */
  keeps: KeepOrder[];
  reads: ReadOrder[];
  assignedBytes: number;
  batchNumber: number;
  /** Articles kept in its current batch, and the bytes of the files they came from. */
  batchCount: number;
  batchBytes: number;
  /** Whether the pass had little left to read when this thread last kept articles. */
  nearEnd: boolean;
}

interface Seal {
  readonly batch: string;
  segment: SavedSegment | null;
  readonly written: Promise<void>;
}

/** Threads for a pass reading `bytes`. */
export function workerCountFor(bytes: number): number {
  return bytes > ONE_THREAD_FROM_BYTES ? 1 : Math.max(1, Math.min(MAX_WORKERS, availableParallelism()));
}

export interface IndexWorkersOptions {
  /** Articles all threads hold before writing their segments (tests make it small). */
  readonly documentsInMemory?: number;
  /** See LAST_BATCH_BYTES (tests make it small). */
  readonly lastBatchBytes?: number;
}

/** Threads to index a pass reading `passBytes` (the sizes of the files it will `read`). */
export function startIndexWorkers(workerFile: string, indexFile: string, passBytes: number, options: IndexWorkersOptions = {}): IndexWorkers | null {
  const count = workerCountFor(passBytes);
  const { documentsInMemory = DOCUMENTS_IN_MEMORY, lastBatchBytes = LAST_BATCH_BYTES } = options;
  const batchDocuments = Math.max(1, Math.ceil(documentsInMemory / count));
  const threads: Thread[] = [];
  try {
    const data: IndexWorkerData = { indexFile, indexWhileWriting: count > 1 };
    for (let index = 0; index < count; index++) threads.push({ worker: new Worker(workerFile, { workerData: data }), index, keeps: [], reads: [], assignedBytes: 0, batchNumber: 0, batchCount: 0, batchBytes: 0, nearEnd: false });
  } catch {
    for (const { worker } of threads) void worker.terminate();
    return null;
  }
  let failure: IndexWorkerError | null = null;
  let nextId = 0;
  let keptBytes = 0;
  const replies = new Map<number, { resolve: (reply: ReadAnswer | SavedSegment) => void; reject: (error: Error) => void }>();
  const seals: Seal[] = [];
  let sendScheduled = false;
  const fail = (reason: string): void => {
    if (failure) return;
    failure = new IndexWorkerError(reason);
    for (const { worker } of threads) void worker.terminate();
    for (const { reject } of replies.values()) reject(failure);
    replies.clear();
  };
  const awaitReply = (id: number): Promise<ReadAnswer | SavedSegment> => {
    if (failure) return Promise.reject(failure);
    return new Promise((resolve, reject) => replies.set(id, { resolve, reject }));
  };
  const answered = (id: number, answer: ReadAnswer | SavedSegment): void => {
    const waiting = replies.get(id);
    replies.delete(id);
    waiting?.resolve(answer);
  };
  const send = (): void => {
    sendScheduled = false;
    if (failure) return;
    for (const thread of threads) {
      if (thread.keeps.length === 0 && thread.reads.length === 0) continue;
      thread.worker.postMessage({ type: 'work', keeps: thread.keeps, reads: thread.reads } satisfies IndexWorkerRequest);
      thread.keeps = [];
      thread.reads = [];
    }
  };
  // After the orders of this turn are all given (setImmediate runs once the thread has nothing else to do).
  const sendSoon = (): void => {
    if (sendScheduled) return;
    sendScheduled = true;
    setImmediate(send);
  };
  for (const { worker } of threads) {
    worker.on('message', (reply: IndexWorkerReply) => {
      if (reply.type === 'sealed') answered(reply.id, reply.segment);
      else for (const file of reply.files) answered(file.id, file);
    });
    worker.on('error', (error) => fail(`an indexing thread failed: ${error.message}`));
    worker.on('exit', () => fail('an indexing thread stopped'));
  }
  /** Ends a thread's batch: the reply to request `id` will be its segment. */
  const endBatch = (thread: Thread, id: number): void => {
    const seal: Seal = {
      batch: `${thread.index}.${thread.batchNumber}`,
      segment: null,
      written: awaitReply(id).then((reply) => {
        if (!('checksum' in reply)) throw new IndexWorkerError('an indexing thread answered out of turn');
        seal.segment = reply;
      }),
    };
    seal.written.catch(() => undefined);
    seals.push(seal);
    thread.batchNumber++;
    thread.batchCount = 0;
    thread.batchBytes = 0;
  };
  const written = (): SealedBatch[] => {
    const done: SealedBatch[] = [];
    while (seals[0]?.segment) {
      const { batch, segment } = seals.shift()!;
      done.push({ batch, segment: segment! });
    }
    return done;
  };
  return {
    threads: count,
    async read(file) {
      if (failure) throw failure;
      // To the thread given the fewest bytes so far: balanced, and the same for the same files.
      const thread = threads.reduce((least, candidate) => (candidate.assignedBytes < least.assignedBytes ? candidate : least));
      thread.assignedBytes += file.size;
      const id = nextId++;
      const reply = awaitReply(id);
      thread.reads.push({ id, file });
      sendSoon();
      const answer = await reply;
      if (!('articles' in answer)) throw new IndexWorkerError('an indexing thread answered out of turn');
      return { articles: answer.articles, problems: answer.problems, thread: thread.index, id, size: file.size };
    },
    keep(read, positions) {
      if (failure) throw failure;
      const thread = threads[read.thread]!;
      const batch = `${thread.index}.${thread.batchNumber}`;
      const locals = positions.map((_, n) => thread.batchCount + n);
      thread.batchCount += positions.length;
      thread.batchBytes += read.size;
      keptBytes += read.size;
      const nearEnd = keptBytes >= passBytes - lastBatchBytes * count;
      const seal =
        thread.batchCount >= (thread.batchNumber === 0 ? Math.min(FIRST_BATCH_DOCUMENTS, batchDocuments) : batchDocuments) ||
        (nearEnd && !thread.nearEnd && thread.batchBytes > lastBatchBytes);
      thread.nearEnd = nearEnd;
      thread.keeps.push({ id: read.id, positions, seal });
      sendSoon();
      if (seal) endBatch(thread, read.id);
      return { batch, locals };
    },
    written,
    async finish() {
      if (failure) throw failure;
      send();
      for (const thread of threads) {
        if (thread.batchCount === 0) continue;
        const id = nextId++;
        thread.worker.postMessage({ type: 'seal', id } satisfies IndexWorkerRequest);
        endBatch(thread, id);
      }
      await Promise.all(seals.map((seal) => seal.written));
      return written();
    },
    close() {
      failure ??= new IndexWorkerError('closed');
      for (const { worker } of threads) void worker.terminate();
      replies.clear();
    },
  };
}
