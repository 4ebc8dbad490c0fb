import { mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import MiniSearch from 'minisearch';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runChild, type BuildResult, type ChildTask } from '../../bench/child';
import { firstDocs, readArchiveDocs, type BenchDoc } from '../../bench/corpus';
import { IndexNotSavedError } from '../../bench/engines/engine';
import { createMiniSearchEngine, miniSearchJsonLengthAtLeast } from '../../bench/engines/minisearch';
import { generateArticles, type GeneratedArticle } from '../../bench/generate-archive';
import { deriveQueryMix, type BenchQuery } from '../../bench/query-mix';

// A small generated archive in the format the benchmark writes (JSON Lines), so the real MiniSearch adapter indexes it.
let root: string;
let archive: string;
let mixFile: string;
let mix: BenchQuery[];

beforeAll(async () => {
  root = await mkdtemp(path.join(os.tmpdir(), 'archivo-in-memory-'));
  archive = path.join(root, 'archive');
  await mkdir(archive);
  const stream = generateArticles(3);
  const articles = Array.from({ length: 40 }, () => stream.next().value as GeneratedArticle);
  await writeFile(path.join(archive, 'part-00000.jsonl'), `${articles.map((article) => JSON.stringify(article)).join('\n')}\n`);
  mix = deriveQueryMix(await firstDocs(archive, 40));
  mixFile = path.join(root, 'mix.json');
  await writeFile(mixFile, JSON.stringify(mix));
});

afterAll(async () => {
  await rm(root, { recursive: true, force: true });
});

async function buildTask(name: string, searches: number): Promise<ChildTask> {
  const indexDir = path.join(root, name);
  await mkdir(indexDir);
  return { phase: 'build', engine: 'minisearch', folder: archive, indexDir, mixFile, searches };
}

describe('an engine that cannot save its index', () => {
  it('MiniSearch keeps the index searchable in memory and writes nothing when its JSON would be too long', async () => {
    const engine = createMiniSearchEngine({ maxJsonChars: 1000 });
    const indexDir = path.join(root, 'too-long');
    await mkdir(indexDir);
    const error: unknown = await engine.build(archive, indexDir).catch((thrown: unknown) => thrown);
    expect(error).toBeInstanceOf(IndexNotSavedError);
    expect((error as IndexNotSavedError).docs).toBe(40);
    expect((error as IndexNotSavedError).reason).toMatch(/longer than V8's longest string.*RangeError/);
    expect(await readdir(indexDir)).toEqual([]);
    const common = mix.find((query) => query.kind === 'common')!;
    const outcome = engine.search(common, 10);
    expect('keys' in outcome && outcome.keys.length).toBeGreaterThan(0);
  });

  it('the build process answers the whole mix from memory: warm-up pass, then the timed searches, and no index size', async () => {
    const result = (await runChild(await buildTask('child-in-memory', 25), createMiniSearchEngine({ maxJsonChars: 1000 }))) as BuildResult;
    expect(result.phase).toBe('build');
    expect(result.docs).toBe(40);
    expect(result.indexBytes).toBeNull();
    const inMemory = result.inMemory!;
    expect(inMemory.notSaved).toMatch(/longer than V8's longest string/);
    // One sample per query of the mix; phrases are unsupported by MiniSearch and are never timed.
    expect(inMemory.queries).toHaveLength(mix.length);
    mix.forEach((query, i) => {
      const sample = inMemory.queries[i]!;
      if (query.kind === 'phrase') expect(sample).toMatchObject({ unsupported: 'no phrase search (no positions)', ms: [] });
      else expect(sample.unsupported).toBeUndefined();
    });
    expect(inMemory.queries.reduce((sum, sample) => sum + sample.ms.length, 0)).toBe(25);
  });

  it('an engine that saves its index still only builds in the build process', async () => {
    const result = (await runChild(await buildTask('child-saved', 25), createMiniSearchEngine())) as BuildResult;
    expect(result.inMemory).toBeUndefined();
    expect(result.indexBytes).toBeGreaterThan(10_000);
  });

  it('any other build failure still fails the build process, with its own message', async () => {
    const failing = { ...createMiniSearchEngine(), build: () => Promise.reject(new Error('ENOSPC: no space left on device')) };
    await expect(runChild(await buildTask('child-failing', 5), failing)).rejects.toThrow('ENOSPC');
  });
});

describe('the lower bound on the length of a MiniSearch JSON', () => {
  it('is never above the real length, and tracks it (within 4×)', async () => {
    const index = new MiniSearch<BenchDoc>({ idField: 'key', fields: ['title', 'text'], storeFields: ['date'] });
    for await (const doc of readArchiveDocs(archive)) index.add(doc);
    const atLeast = miniSearchJsonLengthAtLeast(index);
    const actual = JSON.stringify(index).length;
    // Null would mean MiniSearch's internals moved: a 1M build would then try toJSON and run out of memory.
    expect(atLeast).not.toBeNull();
    expect(atLeast!).toBeLessThanOrEqual(actual);
    expect(atLeast!).toBeGreaterThan(actual / 4);
  });

  it('a saved index is what the query phase loads', async () => {
    const indexDir = path.join(root, 'saved');
    await mkdir(indexDir);
    const engine = createMiniSearchEngine();
    expect(await engine.build(archive, indexDir)).toBe(40);
    const saved = JSON.parse(await readFile(path.join(indexDir, 'minisearch.json'), 'utf8')) as { documentCount: number };
    expect(saved.documentCount).toBe(40);
  });
});
