import { rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { IndexProgress } from '../../../archive/index-progress';
import type { ArchiveSummary } from '../../../archive/model/article';
import { ArchiveWorkerClient } from '../../../archive/worker/archive-worker-client';
import { copyOfSampleArchive, makeArchive, scrapedArticle, SEED_TEXT, temporaryDir } from '../library/archive-fixture';
import { bundleWorker } from './bundle-worker';

let workerFile: string;
const clients: ArchiveWorkerClient[] = [];

beforeAll(() => {
  // The real worker, bundled the way the app bundles it.
  workerFile = bundleWorker('archive-worker');
});

afterEach(async () => {
  await Promise.all(clients.splice(0).map((client) => client.close()));
});

function waitFor<T>(register: (resolve: (value: T) => void) => void, timeoutMs = 20_000): Promise<T> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error('timed out')), timeoutMs);
    register((value) => {
      clearTimeout(timer);
      resolve(value);
    });
  });
}

describe('the archive worker', () => {
  it('indexes off the main thread, reports progress and answers searches', async () => {
    const progress: IndexProgress[] = [];
    let indexed: (summary: ArchiveSummary) => void = () => undefined;
    const done = waitFor<ArchiveSummary>((resolve) => (indexed = resolve));
    const { client } = await ArchiveWorkerClient.open(copyOfSampleArchive(), {
      workerFile,
      indexDir: temporaryDir(),
      watch: false,
      onProgress: (step) => progress.push(step),
      onIndexed: (summary) => indexed(summary),
    });
    clients.push(client);
    const summary = await done;

    expect(summary.articles).toBeGreaterThanOrEqual(7);
    expect(progress[0]!.phase).toBe('scanning');
    expect(progress.at(-1)).toMatchObject({ phase: 'done', filesDone: summary.files, filesFound: summary.files, remainingMs: 0 });
    const reading = progress.filter((step) => step.phase === 'reading');
    expect(reading.length).toBe(summary.files);
    expect(reading.at(-1)!.filesPerSecond).toBeGreaterThan(0);

    const response = await client.call('search', 'Mixco', { limit: 20 });
    const seed = response.results.find((hit) => hit.title.startsWith('Guatemalan President'));
    const article = await client.call('getArticle', seed!.id);
    expect(article!.copyright).toBe('Copyright © 2018 Diálogo Americas. All Rights Reserved.');
  });

  it('picks up files added and deleted while the archive is open', async () => {
    const root = makeArchive({ 'seed.txt': SEED_TEXT });
    const summaries: ArchiveSummary[] = [];
    let next: (summary: ArchiveSummary) => void = () => undefined;
    const { client } = await ArchiveWorkerClient.open(root, {
      workerFile,
      indexDir: temporaryDir(),
      onIndexed: (summary) => {
        summaries.push(summary);
        next(summary);
      },
    });
    clients.push(client);
    await waitFor<ArchiveSummary>((resolve) => (summaries.length > 0 ? resolve(summaries[0]!) : (next = resolve)));

    const changed = waitFor<ArchiveSummary>((resolve) => (next = (summary) => summary.articles === 2 && resolve(summary)));
    writeFileSync(path.join(root, 'flood.txt'), scrapedArticle('Floods Cut Off Mixco Roads', ['Rain fell for three days.']));
    await changed;
    expect((await client.call('search', 'floods')).total).toBe(1);

    const shrunk = waitFor<ArchiveSummary>((resolve) => (next = (summary) => summary.articles === 1 && resolve(summary)));
    rmSync(path.join(root, 'seed.txt'));
    await shrunk;
    expect((await client.call('search', 'Pérez')).total).toBe(0);
    expect((await client.call('search', 'Mixco')).total).toBe(1);
  });

  it('fails to open a missing folder with a clear message', async () => {
    await expect(
      ArchiveWorkerClient.open(path.join(temporaryDir(), 'nowhere'), { workerFile, indexDir: temporaryDir(), watch: false }),
    ).rejects.toThrow(/Cannot open the archive/);
  });

  it('rejects requests after it is closed instead of hanging', async () => {
    const { client } = await ArchiveWorkerClient.open(makeArchive({ 'seed.txt': SEED_TEXT }), {
      workerFile,
      indexDir: temporaryDir(),
      watch: false,
    });
    await client.close();
    await expect(client.call('search', 'Mixco')).rejects.toThrow(/closed/);
  });
});
