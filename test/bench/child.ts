/**
 * One engine, one phase, in its own process (so heaps never mix): either build and persist the
 * index, or start cold from the persisted index and answer the query mix. An engine that cannot
 * persist its index answers the mix in the build process instead, from memory. The result is printed
 * as one JSON line that the parent picks up.
 */
import { readFile } from 'node:fs/promises';
import { createEngine } from './engines/all-engines';
import { IndexNotSavedError, type BenchEngine, type EngineName } from './engines/engine';
import { diskReadBytes, folderBytes, memoryAfterGc, nowMs, peakRssMB, type MemoryReading } from './measure';
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
  /** Null when the index could not be saved. */
  readonly indexBytes: number | null;
  readonly afterBuild: MemoryReading;
  readonly peakRssMB: number;
  /** What the build read from disks, not from the page cache (see `diskReadBytes`); absent where that is not counted. */
  readonly diskReadBytes?: number;
  /** Set when the index could not be saved: the mix was answered in this process, from memory, and there is no query phase. */
  readonly inMemory?: InMemoryAnswers;
}

export interface QuerySamples {
  /** Hits on the page (at most 10), or the reason the engine could not answer. */
  readonly hits: number;
  readonly unsupported?: string;
  readonly ms: readonly number[];
}

/** An untimed pass over the query mix, then the timed searches. */
export interface MixAnswers {
  readonly afterQueries: MemoryReading;
  readonly queries: readonly QuerySamples[];
}

export interface InMemoryAnswers extends MixAnswers {
  /** Why the index could not be saved. */
  readonly notSaved: string;
}

export interface QueryResult extends MixAnswers {
  readonly phase: 'query';
  readonly docs: number;
  /** From nothing in memory to the index loaded. */
  readonly openMs: number;
  /** From nothing in memory to the first page of results: the cold start. */
  readonly firstResultsMs: number;
  /** Archivo only: until its background check of the folder for changed files has finished. */
  readonly readyMs?: number;
  readonly afterLoad: MemoryReading;
  readonly peakRssMB: number;
}

export const PAGE = 10;

/** `engine` is the one the task names; tests pass a stand-in. */
export async function runChild(task: ChildTask, engine: BenchEngine = createEngine(task.engine)): Promise<BuildResult | QueryResult> {
  if (task.phase === 'build') {
    const started = nowMs();
    const diskReadBefore = diskReadBytes();
    let docs: number;
    let notSaved: IndexNotSavedError | null = null;
    try {
      docs = await engine.build(task.folder, task.indexDir);
    } catch (error) {
      if (!(error instanceof IndexNotSavedError)) throw error;
      notSaved = error;
      docs = error.docs;
    }
    const buildMs = nowMs() - started;
    const diskReadAfter = diskReadBytes();
    const diskRead = diskReadBefore === null || diskReadAfter === null ? {} : { diskReadBytes: diskReadAfter - diskReadBefore };
    const afterBuild = memoryAfterGc();
    if (notSaved) {
      // No cold start to measure: the same mix, warm-up pass and timed searches as the query phase, from memory.
      const answers = answerMix(engine, await readMix(task.mixFile), task.searches);
      engine.close();
      return { phase: 'build', docs, buildMs, ...diskRead, indexBytes: null, afterBuild, peakRssMB: peakRssMB(), inMemory: { notSaved: notSaved.reason, ...answers } };
    }
    engine.close();
    return { phase: 'build', docs, buildMs, ...diskRead, indexBytes: await folderBytes(task.indexDir), afterBuild, peakRssMB: peakRssMB() };
  }
  const mix = await readMix(task.mixFile);
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
  const answers = answerMix(engine, mix, task.searches);
  engine.close();
  return { phase: 'query', docs, openMs, firstResultsMs, readyMs, afterLoad, peakRssMB: peakRssMB(), ...answers };
}

async function readMix(mixFile: string): Promise<BenchQuery[]> {
  return JSON.parse(await readFile(mixFile, 'utf8')) as BenchQuery[];
}

/** One untimed pass (learns which queries the engine can answer and warms the code paths), then `searches` timed ones. */
function answerMix(engine: BenchEngine, mix: readonly BenchQuery[], searches: number): MixAnswers {
  const samples = mix.map((query) => {
    const outcome = engine.search(query, PAGE);
    return 'keys' in outcome ? { hits: outcome.keys.length, ms: [] as number[] } : { hits: 0, unsupported: outcome.unsupported, ms: [] as number[] };
  });
  const answerable = mix.map((query, i) => ({ query, sample: samples[i]! })).filter(({ sample }) => sample.unsupported === undefined);
  for (let n = 0; n < searches && answerable.length > 0; n++) {
    const { query, sample } = answerable[n % answerable.length]!;
    const before = nowMs();
    engine.search(query, PAGE);
    sample.ms.push(nowMs() - before);
  }
  return { afterQueries: memoryAfterGc(), queries: samples };
}
