/**
 * One engine, one phase, in its own process (so heaps never mix): either build and persist the
 * index, or start cold from the persisted index and answer the query mix. The result is printed as
 * one JSON line that the parent picks up.
 */
import { readFile } from 'node:fs/promises';
import { createEngine } from './engines/all-engines';
import type { EngineName } from './engines/engine';
import { folderBytes, memoryAfterGc, nowMs, peakRssMB, type MemoryReading } from './measure';
import type { BenchQuery } from './query-mix';

export const RESULT_PREFIX = '@@bench-result ';

export interface ChildTask {
  readonly phase: 'build' | 'query';
  readonly engine: EngineName;
  readonly folder: string;
  readonly indexDir: string;
  readonly mixFile: string;
  /** Timed searches in the query phase, cycling through the mix. */
  readonly searches: number;
}

export interface BuildResult {
  readonly phase: 'build';
  readonly docs: number;
  readonly buildMs: number;
  readonly indexBytes: number;
  readonly afterBuild: MemoryReading;
  readonly peakRssMB: number;
}

export interface QuerySamples {
  /** Hits on the page (at most 10), or the reason the engine could not answer. */
  readonly hits: number;
  readonly unsupported?: string;
  readonly ms: readonly number[];
}

export interface QueryResult {
  readonly phase: 'query';
  readonly docs: number;
  /** From nothing in memory to the index loaded. */
  readonly openMs: number;
  /** From nothing in memory to the first page of results: the cold start. */
  readonly firstResultsMs: number;
  /** Archivo only: until its background check of the folder for changed files has finished. */
  readonly readyMs?: number;
  readonly afterLoad: MemoryReading;
  readonly afterQueries: MemoryReading;
  readonly peakRssMB: number;
  readonly queries: readonly QuerySamples[];
}

export const PAGE = 10;

export async function runChild(task: ChildTask): Promise<BuildResult | QueryResult> {
  const engine = createEngine(task.engine);
  if (task.phase === 'build') {
    const started = nowMs();
    const docs = await engine.build(task.folder, task.indexDir);
    const buildMs = nowMs() - started;
    const afterBuild = memoryAfterGc();
    engine.close();
    return { phase: 'build', docs, buildMs, indexBytes: await folderBytes(task.indexDir), afterBuild, peakRssMB: peakRssMB() };
  }
  const mix = JSON.parse(await readFile(task.mixFile, 'utf8')) as BenchQuery[];
  const [firstQuery] = mix;
  if (!firstQuery) throw new Error('the query mix is empty');
  const started = nowMs();
  const docs = await engine.open(task.folder, task.indexDir);
  const openMs = nowMs() - started;
  engine.search(firstQuery, PAGE);
  const firstResultsMs = nowMs() - started;
  let readyMs: number | undefined;
  if ('settled' in engine && typeof engine.settled === 'function') {
    await (engine.settled as () => Promise<void>)();
    readyMs = nowMs() - started;
  }
  const afterLoad = memoryAfterGc();
  // One untimed pass: learns which queries the engine can answer and warms the code paths.
  const samples = mix.map((query) => {
    const outcome = engine.search(query, PAGE);
    return 'keys' in outcome ? { hits: outcome.keys.length, ms: [] as number[] } : { hits: 0, unsupported: outcome.unsupported, ms: [] as number[] };
  });
  const answerable = mix.map((query, i) => ({ query, sample: samples[i]! })).filter(({ sample }) => sample.unsupported === undefined);
  for (let n = 0; n < task.searches && answerable.length > 0; n++) {
    const { query, sample } = answerable[n % answerable.length]!;
    const before = nowMs();
    engine.search(query, PAGE);
    sample.ms.push(nowMs() - before);
  }
  const afterQueries = memoryAfterGc();
  engine.close();
  return { phase: 'query', docs, openMs, firstResultsMs, readyMs, afterLoad, afterQueries, peakRssMB: peakRssMB(), queries: samples };
}
