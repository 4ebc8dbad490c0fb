import { buildSync } from 'esbuild';
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { PreparedFile } from '../../../archive/catalog';
import { allReaders } from '../../../archive/formats/all-readers';
import { createFormatRegistry } from '../../../archive/formats/registry';
import { createFileReader } from '../../../archive/index/file-reader';
import { walkArchive } from '../../../archive/scan/walk-archive';
import { SAMPLE_ARCHIVE, temporaryDir } from '../library/archive-fixture';

const outDir = path.resolve(__dirname, '../../../out/test');
const workerFile = path.join(outDir, 'parse-worker.cjs');
const registry = createFormatRegistry(allReaders);

beforeAll(() => {
  // Bundled the way the app bundles its workers; inside the project so node_modules resolve.
  buildSync({
    entryPoints: [path.resolve(__dirname, '../../../archive/worker/parse-worker.ts')],
    bundle: true,
    platform: 'node',
    format: 'cjs',
    packages: 'external',
    outfile: workerFile,
    logLevel: 'error',
  });
});

/** What a prepared file means to the catalog, with the stored bytes as text (a worker sends them as a plain Uint8Array). */
function comparable(prepared: PreparedFile) {
  return { problems: prepared.problems, articles: prepared.articles.map(({ article, stored }) => ({ article, stored: Buffer.from(stored).toString('utf8') })) };
}

async function readAll(workerPath: string | null) {
  const { files } = await walkArchive(SAMPLE_ARCHIVE, (file) => registry.handles(file));
  const reader = createFileReader(registry, workerPath);
  try {
    // All requested at once, as an indexing pass reading ahead does: answers must keep their order.
    const prepared = await Promise.all(files.map((file) => reader.read(file)));
    return files.map((file, i) => ({ path: file.path, ...comparable(prepared[i]!) }));
  } finally {
    reader.close();
  }
}

describe('reading an indexing pass in a worker thread', () => {
  it('prepares every file of the sample archive exactly as this thread does, in order', async () => {
    const here = await readAll(null);
    expect(here.length).toBeGreaterThan(5);
    expect(here.some((file) => file.articles.length > 0)).toBe(true);
    expect(await readAll(workerFile)).toEqual(here);
  }, 60_000);

  it('reads the files here when the worker cannot run', async () => {
    const broken = path.join(temporaryDir(), 'broken-worker.cjs');
    writeFileSync(broken, 'throw new Error("this worker is broken");');
    expect(await readAll(broken)).toEqual(await readAll(null));
  }, 60_000);

});
