import { readdirSync, writeFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { Worker } from 'node:worker_threads';
import { startIndexWorkers, workerCountFor, type IndexWorkerData, type IndexWorkerReply, type IndexWorkerRequest } from '../../../archive/index/index-workers';
import { walkArchive } from '../../../archive/scan/walk-archive';
import { openArchive, type LiveArchive, type OpenArchiveOptions } from '../../../archive/library';
import { copyOfSampleArchive, makeArchive, SAMPLE_ARCHIVE, scrapedArticle, temporaryDir, writeArchiveFile } from '../library/archive-fixture';
import { bundleWorker } from '../worker/bundle-worker';

let workerFile: string;

beforeAll(() => {
  workerFile = bundleWorker('index-worker');
});

/** Every pass on worker threads, however small, each thread writing a segment every few articles. */
const onWorkers = (indexDir: string, file = workerFile): OpenArchiveOptions => ({ indexDir, indexWorkerFile: file, indexWorkersFrom: 0, indexWorkersBatch: 8 });
const inThisThread = (indexDir: string): OpenArchiveOptions => ({ indexDir, indexWorkerFile: null });

const QUERIES = ['council', 'gobierno OR governo', '"harbour budget"', 'presid*', 'eleccion~1', 'date:2014', 'lang:pt', 'title:council', 'council -police'];

/** The sample archive and 60 more articles in three languages, some of them the same story again, and two files that cannot be read. */
function richArchive(): string {
  const folder = copyOfSampleArchive();
  const topics = [
    ['Council approves harbour budget', 'The council voted for the harbour budget after a long debate.', 'en'],
    ['El gobierno presenta el presupuesto', 'El presidente del gobierno habló de la elección y del presupuesto.', 'es'],
    ['O governo anuncia eleição', 'O presidente do governo falou sobre a eleição e o orçamento do porto.', 'pt'],
    ['Police report on the council elections', 'Police said the council elections were calm; the president thanked voters.', 'en'],
  ] as const;
  for (let n = 0; n < 60; n++) {
    const [title, paragraph] = topics[n % topics.length]!;
    const day = `${1 + (n % 27)} ${['March', 'June', 'October'][n % 3]} ${2012 + (n % 4)}`;
    // Every seventh article is an earlier one again, in another file.
    const copyOf = n % 7 === 6 ? n - 5 : n;
    writeArchiveFile(folder, `extra/${String(n).padStart(2, '0')}.txt`, scrapedArticle(`${title} ${copyOf}`, [paragraph, `Item ${copyOf}.`], `Staff | [${day}](#)`));
  }
  writeArchiveFile(folder, 'extra/empty.txt', '');
  writeArchiveFile(folder, 'extra/scan.txt', new Uint8Array([0x00, 0x01, 0xff, 0x00, 0x9c, 0x00, 0x02]));
  return folder;
}

/** What a reader sees of an archive: counts, problems, and for a set of searches every result with where it was found. */
function whatReadersSee(archive: LiveArchive) {
  const { articles, files, problems } = archive.summary;
  return {
    articles,
    files,
    problems: [...problems].sort((a, b) => a.path.localeCompare(b.path)),
    searches: QUERIES.map((query) => {
      const response = archive.search(query, { limit: 50 });
      return {
        query,
        total: response.total,
        facets: response.facets,
        results: response.results.map((hit) => ({ id: hit.id, path: hit.path, locations: archive.getArticle(hit.id)?.locations })),
      };
    }),
  };
}

async function seen(folder: string, options: OpenArchiveOptions) {
  const archive = await openArchive(folder, options);
  try {
    return { seen: whatReadersSee(archive), rebuildReason: archive.rebuildReason, saveError: archive.saveError };
  } finally {
    archive.close();
  }
}

const segmentFiles = (indexDir: string): string[] => readdirSync(indexDir).filter((name) => name.endsWith('.archivo-segment'));

describe('indexing a large pass on worker threads', () => {
  it('finds exactly what indexing in this thread finds, and again from the saved index', async () => {
    const folder = richArchive();
    const here = await seen(folder, inThisThread(temporaryDir()));
    expect(here.seen.articles).toBeGreaterThan(50);
    expect(here.seen.searches.filter((search) => search.total === 0).map((search) => search.query)).toEqual([]);
    // Why each file was not read, as data the app says in the reader's language.
    expect(here.seen.problems).toEqual([
      { path: 'extra/empty.txt', reason: 'the file is empty', problem: { kind: 'empty' } },
      { path: 'extra/scan.txt', reason: 'looks like a binary file, not text', problem: { kind: 'binary' } },
    ]);
    const indexDir = temporaryDir();
    const threads = await seen(folder, onWorkers(indexDir));
    expect(threads.seen).toEqual(here.seen);
    expect(threads.saveError).toBeNull();
    // The threads wrote segments as their batches filled; the save listed them (and merged the smallest).
    expect(segmentFiles(indexDir).length).toBeGreaterThan(1);
    const reopened = await openArchive(folder, onWorkers(indexDir));
    try {
      expect(reopened.summary.fromCache).toBe(true);
      expect(whatReadersSee(reopened)).toEqual(here.seen);
    } finally {
      reopened.close();
    }
  }, 60_000);

  it('indexes an article found in several files once, with every place it was found, in file order', async () => {
    const story = scrapedArticle('Harbour strike ends after nine days', ['Dockers voted to return to work on Friday.', 'The port reopens on Monday.']);
    const files: Record<string, string> = {};
    for (let n = 0; n < 30; n++) files[`other-${String(n).padStart(2, '0')}.txt`] = scrapedArticle(`Council meeting number ${n}`, [`Item ${n} on the agenda was the harbour budget.`]);
    for (const name of ['a/strike.txt', 'b/strike-copy.txt', 'c/strike.txt', 'z/strike-again.txt']) files[name] = story;
    const folder = makeArchive(files);
    const here = await seen(folder, inThisThread(temporaryDir()));
    const threads = await seen(folder, onWorkers(temporaryDir()));
    expect(threads.seen).toEqual(here.seen);
    expect(threads.seen.articles).toBe(31);
    const archive = await openArchive(folder, onWorkers(temporaryDir()));
    try {
      const strike = archive.search('"harbour strike"');
      expect(strike.total).toBe(1);
      expect(archive.getArticle(strike.results[0]!.id)?.locations.map((location) => location.path)).toEqual(['a/strike.txt', 'b/strike-copy.txt', 'c/strike.txt', 'z/strike-again.txt']);
      expect(archive.search('harbour').total).toBe(31);
    } finally {
      archive.close();
    }
  }, 60_000);

  it('updates a changed file and forgets a deleted one in a later pass on the threads', async () => {
    const folder = copyOfSampleArchive();
    const indexDir = temporaryDir();
    const archive = await openArchive(folder, onWorkers(indexDir));
    try {
      const before = archive.summary.articles;
      writeArchiveFile(folder, 'zz-new.txt', scrapedArticle('Lighthouse keeper retires', ['After forty years the lighthouse goes automatic.']));
      await archive.refresh();
      expect(archive.summary.articles).toBe(before + 1);
      expect(archive.search('lighthouse keeper').total).toBe(1);
      writeArchiveFile(folder, 'zz-new.txt', scrapedArticle('Lighthouse sold', ['The lighthouse was sold at auction.']));
      await archive.refresh();
      expect(archive.search('keeper').total).toBe(0);
      expect(archive.search('auction lighthouse').total).toBe(1);
      expect(archive.summary.articles).toBe(before + 1);
    } finally {
      archive.close();
    }
    const reopened = await openArchive(folder, onWorkers(indexDir));
    try {
      expect(reopened.summary.fromCache).toBe(true);
      expect(reopened.search('auction lighthouse').total).toBe(1);
      expect(reopened.search('keeper').total).toBe(0);
    } finally {
      reopened.close();
    }
  }, 60_000);

  it('uses one thread per core (at most four), and one for a pass of more than 2 GB', () => {
    expect(workerCountFor(500 * 1024 ** 2)).toBe(Math.min(4, availableParallelism()));
    expect(workerCountFor(3 * 1024 ** 3)).toBe(1);
  });

  it('reads everything again in this thread when a thread fails, and says so', async () => {
    const broken = path.join(temporaryDir(), 'broken-worker.cjs');
    writeFileSync(broken, 'throw new Error("this worker is broken");');
    const here = await seen(SAMPLE_ARCHIVE, inThisThread(temporaryDir()));
    const fallen = await seen(SAMPLE_ARCHIVE, onWorkers(temporaryDir(), broken));
    expect(fallen.seen).toEqual(here.seen);
    expect(fallen.rebuildReason).toMatch(/an indexing thread failed: this worker is broken, so the archive was read again in one thread/);
  }, 60_000);

  it('ends each thread\'s batch when little is left to read, so that the segment written last is small', async () => {
    const files: Record<string, string> = {};
    for (let n = 0; n < 40; n++) files[`${String(n).padStart(2, '0')}.txt`] = scrapedArticle(`Council meeting number ${n}`, [`Item ${n} on the agenda was the harbour budget.`.repeat(8)]);
    const { files: found } = await walkArchive(makeArchive(files), () => true);
    const passBytes = found.reduce((sum, file) => sum + file.size, 0);
    const fileBytes = found[0]!.size;
    // No batch fills (10,000 articles); the last ones are to hold about 5 files' bytes a thread.
    const workers = startIndexWorkers(workerFile, path.join(temporaryDir(), 'x.archivo-index'), passBytes, { documentsInMemory: 10_000, lastBatchBytes: 5 * fileBytes })!;
    const articlesIn = new Map<string, number>();
    try {
      for (const file of found) {
        const read = await workers.read(file);
        const { batch, locals } = workers.keep(read, read.articles.map((_, position) => position));
        articlesIn.set(batch, (articlesIn.get(batch) ?? 0) + locals.length);
      }
      const written = [...workers.written(), ...(await workers.finish())].map((sealed) => sealed.batch);
      expect([...written].sort()).toEqual([...articlesIn.keys()].sort());
    } finally {
      workers.close();
    }
    for (let thread = 0; thread < workers.threads; thread++) {
      // Each thread: one batch ended near the end, and a last one of at most about 5 files.
      const batches = [...articlesIn].filter(([batch]) => batch.startsWith(`${thread}.`)).map(([, articles]) => articles);
      expect(batches).toHaveLength(2);
      expect(batches[1]).toBeLessThanOrEqual(6);
      expect(batches[0]! + batches[1]!).toBeGreaterThan(10);
    }
  }, 60_000);

  it('fails the pass when a segment written while the threads index on cannot be written', async () => {
    const folder = makeArchive(Object.fromEntries(Array.from({ length: 12 }, (_, n) => [`${n}.txt`, scrapedArticle(`Harbour report ${n}`, ['The harbour budget was approved.'])])));
    const { files } = await walkArchive(folder, () => true);
    // The index folder's place is taken by a file: no segment can be written there.
    const blocked = path.join(temporaryDir(), 'not-a-folder');
    writeFileSync(blocked, 'x');
    const workers = startIndexWorkers(workerFile, path.join(blocked, 'x.archivo-index'), 10 ** 9, { documentsInMemory: 2 })!;
    try {
      const outcome = (async () => {
        for (const file of files) {
          const read = await workers.read(file);
          workers.keep(read, read.articles.map((_, position) => position));
        }
        await workers.finish();
      })();
      await expect(outcome).rejects.toThrow(/an indexing thread failed: E[A-Z]+: /);
    } finally {
      workers.close();
    }
  }, 60_000);

  /** The kinds of the replies a thread sends after sealing a batch and being asked for 3,000 files at once. */
  async function repliesAfterSeal(indexWhileWriting: boolean): Promise<string[]> {
    const folder = makeArchive(Object.fromEntries(Array.from({ length: 20 }, (_, n) => [`${n}.txt`, scrapedArticle(`Harbour report ${n}`, ['The harbour budget was approved.'])])));
    const { files } = await walkArchive(folder, () => true);
    const data: IndexWorkerData = { indexFile: path.join(temporaryDir(), 'x.archivo-index'), indexWhileWriting };
    const worker = new Worker(workerFile, { workerData: data });
    const replies: string[] = [];
    const readsAfter = 3000;
    const post = (request: IndexWorkerRequest): void => worker.postMessage(request);
    try {
      const firstRead = new Promise<void>((resolve) => worker.once('message', () => resolve()));
      post({ type: 'work', keeps: [], reads: [{ id: 0, file: files[0]! }] });
      await firstRead;
      const done = new Promise<void>((resolve, reject) => {
        worker.on('error', reject);
        worker.on('message', (reply: IndexWorkerReply) => {
          replies.push(reply.type);
          if (replies.filter((type) => type === 'read').length === readsAfter && replies.includes('sealed')) resolve();
        });
      });
      // The batch is sealed, then thousands of files are asked for at once: the thread's queue stays full.
      post({ type: 'work', keeps: [{ id: 0, positions: [0], seal: true }], reads: [] });
      for (let n = 1; n <= readsAfter; n++) post({ type: 'work', keeps: [], reads: [{ id: n, file: files[n % files.length]! }] });
      await done;
    } finally {
      await worker.terminate();
    }
    return replies;
  }

  it('writes a segment while the thread is kept busy, not only once its queue empties', async () => {
    const sealedAt = (await repliesAfterSeal(true)).indexOf('sealed');
    expect(sealedAt).toBeGreaterThan(0);
    expect(sealedAt).toBeLessThan(1500);
  }, 60_000);

  it('waits for a segment to be written before going on when told to (a pass on one thread, for memory)', async () => {
    expect((await repliesAfterSeal(false)).indexOf('sealed')).toBe(0);
  }, 60_000);
});
