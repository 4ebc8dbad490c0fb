import { describe, expect, it } from 'vitest';
import type { BuildResult, QueryResult, QuerySamples } from '../../bench/child';
import type { BenchQuery } from '../../bench/query-mix';
import { checkTargets, formatSize, type EngineRun, type SizeRun } from '../../bench/report';

const mix: BenchQuery[] = [
  { kind: 'common', words: ['river'] },
  { kind: 'phrase', words: ['river', 'bank'] },
  { kind: 'fuzzy', words: ['rivr'] },
];
const memory = (heapMB: number): BuildResult['afterBuild'] => ({ heapMB, externalMB: 0, rssMB: heapMB });

function built(buildMs: number, indexBytes: number | null, inMemory?: BuildResult['inMemory']): BuildResult {
  return { phase: 'build', docs: 1_000_000, buildMs, indexBytes, afterBuild: memory(900), peakRssMB: 2000, ...(inMemory ? { inMemory } : {}) };
}

function loaded(queries: readonly QuerySamples[], firstResultsMs: number): QueryResult {
  return { phase: 'query', docs: 1_000_000, openMs: 1000, firstResultsMs, afterLoad: memory(600), afterQueries: memory(600), peakRssMB: 2000, queries };
}

// Archivo is fast except on the phrase, which MiniSearch cannot express: the comparison must leave it out.
const archivoQueries: QuerySamples[] = [
  { hits: 10, ms: [2, 4] },
  { hits: 10, ms: [30] },
  { hits: 10, ms: [5] },
];
const miniQueries: QuerySamples[] = [
  { hits: 10, ms: [40, 60] },
  { hits: 0, unsupported: 'no phrase search (no positions)', ms: [] },
  { hits: 10, ms: [50] },
];
const archivo: EngineRun = { build: built(500_000, 6_000_000_000), query: loaded(archivoQueries, 1500) };
const notSaved = "its JSON would be at least 1780 M characters, longer than V8's longest string (537 M): JSON.stringify throws RangeError";
const miniInMemory: EngineRun = { build: built(3_000_000, null, { notSaved, afterQueries: memory(15_000), queries: miniQueries }) };
const buildFailed = 'build: failed (SIGKILL): FATAL ERROR: Reached heap limit Allocation failed';

function sizeRun(engines: SizeRun['engines']): SizeRun {
  return { label: '1m', folder: '/tmp/1m', generated: 1_000_000, mix, engines };
}

/** The cells of the lines of `table` that start with the engine's name: the measured row, then the ratio row. */
function rows(table: string, name: string): string[][] {
  return table
    .split('\n')
    .filter((line) => line.startsWith(`${name} `))
    .map((line) => line.split(/\s{2,}/));
}

describe('an engine measured in memory because it could not save its index', () => {
  const table = formatSize(sizeRun({ archivo, minisearch: miniInMemory }));

  it('shows its in-memory latencies, says why, and shows no index size, cold start or load', () => {
    const [measured] = rows(table, 'minisearch');
    // engine, docs, build s, disk read MB, index MB, cold ms, ready ms, p50, p95, answered, 0-hit, heap build, heap load, ext load, peak RSS, note
    expect(measured).toEqual(['minisearch', '1000000', '3000.0', '–', '–', '–', '–', '50.0', '60.0', '2/3', '0', '900', '–', '–', '2000', `in memory, could not be saved: ${notSaved}`]);
    expect(table).toContain('in memory = the index could not be saved');
  });

  it('is compared with Archivo on p95 over the queries both answered, marked as in memory', () => {
    const [, ratio] = rows(table, 'minisearch');
    // peer, build, index, cold, p50, p95, heap load, p95 peer vs archivo
    expect(ratio).toEqual(['minisearch', '6.00×', '–', '–', '12.50×', '12.00×', '–', '60.0 vs 5.0 ms (peer in memory: its index cannot be saved)']);
  });

  it('counts for the "3× faster than MiniSearch" target, and the line says the MiniSearch p95 is from memory', () => {
    const check = checkTargets([sizeRun({ archivo, minisearch: miniInMemory })]).find((item) => item.target.includes('MiniSearch'));
    expect(check).toEqual({
      size: '1m',
      target: 'p95 ≥ 3× faster than default MiniSearch',
      value: '12.00× (60.0 vs 5.0 ms); MiniSearch in memory: its index cannot be saved',
      verdict: 'PASS',
    });
  });

  it('fails the target when its in-memory p95 is under 3× Archivo’s', () => {
    const close: QuerySamples[] = [{ hits: 10, ms: [8, 9] }, miniQueries[1]!, { hits: 10, ms: [10] }];
    const slowMini: EngineRun = { build: built(3_000_000, null, { notSaved, afterQueries: memory(15_000), queries: close }) };
    const check = checkTargets([sizeRun({ archivo, minisearch: slowMini })]).find((item) => item.target.includes('MiniSearch'));
    expect(check?.value).toBe('2.00× (10.0 vs 5.0 ms); MiniSearch in memory: its index cannot be saved');
    expect(check?.verdict).toBe('FAIL');
  });
});

describe('a peer that saved its index', () => {
  it('is compared on its cold-loaded latencies, with no in-memory note', () => {
    const miniSaved: EngineRun = { build: built(3_000_000, 3_000_000_000), query: loaded(miniQueries, 15_000) };
    const run = sizeRun({ archivo, minisearch: miniSaved });
    const check = checkTargets([run]).find((item) => item.target.includes('MiniSearch'));
    expect(check).toMatchObject({ value: '12.00× (60.0 vs 5.0 ms)', verdict: 'PASS' });
    const [measured, ratio] = rows(formatSize(run), 'minisearch');
    expect(measured?.slice(4, 6)).toEqual(['2861.0', '15000']);
    expect(ratio).toEqual(['minisearch', '6.00×', '0.50×', '10.00×', '12.50×', '12.00×', '1.00×', '60.0 vs 5.0 ms']);
    expect(formatSize(run)).not.toContain('in memory');
  });
});

describe('what a build read from the disk', () => {
  it('is shown in MB where it was counted, and as a dash where it was not', () => {
    const coldBuild: EngineRun = { build: { ...built(36_000, 700 * 2 ** 20), diskReadBytes: 312 * 2 ** 20 }, query: loaded(archivoQueries, 700) };
    const warmPeer: EngineRun = { build: { ...built(100_000, 800 * 2 ** 20), diskReadBytes: 0 }, query: loaded(miniQueries, 800) };
    const table = formatSize(sizeRun({ archivo: coldBuild, minisearch: warmPeer, lunr: { build: built(50_000, null), query: loaded(miniQueries, 900) } }));
    expect(rows(table, 'archivo')[0]?.slice(2, 5)).toEqual(['36.0', '312', '700.0']);
    expect(rows(table, 'minisearch')[0]?.slice(2, 5)).toEqual(['100.0', '0', '800.0']);
    expect(rows(table, 'lunr')[0]?.slice(2, 4)).toEqual(['50.0', '–']);
    expect(table).toContain('disk read MB = what the build read from disks rather than the page cache');
  });
});

describe('a peer whose build failed outright', () => {
  const run = sizeRun({ archivo, minisearch: { error: buildFailed } });

  it('shows the error in its row and in the ratio table, with no numbers', () => {
    const [measured, ratio] = rows(formatSize(run), 'minisearch');
    expect(measured).toEqual(['minisearch', '–', '–', '–', '–', '–', '–', '–', '–', '–', '–', '–', '–', '–', '–', buildFailed]);
    expect(ratio).toEqual(['minisearch', '–', '–', '–', '–', '–', '–', buildFailed]);
  });

  it('leaves the MiniSearch target not measured, with the error, rather than leaving it out', () => {
    const check = checkTargets([run]).find((item) => item.target.includes('MiniSearch'));
    expect(check).toEqual({ size: '1m', target: 'p95 ≥ 3× faster than default MiniSearch', value: `not measured: MiniSearch ${buildFailed}`, verdict: 'NOT MEASURED' });
  });
});
