/** Tables, ratios against Archivo, and the issue's targets, printed (never asserted). */
import type { BuildResult, InMemoryAnswers, MixAnswers, QueryResult } from './child';
import { ENGINE_NAMES, type EngineName } from './engines/engine';
import { MB, percentile } from './measure';
import type { BenchQuery, QueryKind } from './query-mix';

export interface EngineRun {
  readonly build?: BuildResult;
  readonly query?: QueryResult;
  readonly error?: string;
}

export interface SizeRun {
  readonly label: string;
  readonly folder: string;
  /** Articles generated, or null for a real folder. */
  readonly generated: number | null;
  readonly mix: readonly BenchQuery[];
  /** Filled engine by engine while the run goes on. */
  readonly engines: Partial<Record<EngineName, EngineRun>>;
}

export interface TargetCheck {
  readonly size: string;
  readonly target: string;
  readonly value: string;
  /** NOT MEASURED: the peer a target compares with has no latencies (its build or query phase failed). */
  readonly verdict: 'PASS' | 'FAIL' | 'NOT MEASURED';
}

/** The engine's answers to the mix: from the saved index in a new process, or from memory when it could not be saved. */
export function answersOf(run: EngineRun): MixAnswers | undefined {
  return run.query ?? run.build?.inMemory;
}

export function inMemoryNote(inMemory: InMemoryAnswers): string {
  return `in memory, could not be saved: ${inMemory.notSaved}`;
}

export function answered(query: MixAnswers, index: number): boolean {
  const sample = query.queries[index];
  return sample !== undefined && sample.unsupported === undefined && sample.ms.length > 0;
}

/** Latencies of the queries `keep` selects among those the engine answered. */
export function latencies(query: MixAnswers, keep: (index: number) => boolean = () => true): number[] {
  return query.queries.flatMap((sample, index) => (answered(query, index) && keep(index) ? sample.ms : []));
}

/** p-th percentile of `a` and `b` over the queries both answered, so a peer is not credited for skipping hard ones. */
export function sharedPercentile(a: MixAnswers, b: MixAnswers, p: number): readonly [number, number] {
  const both = (index: number): boolean => answered(a, index) && answered(b, index);
  return [percentile(latencies(a, both), p), percentile(latencies(b, both), p)];
}

const fixed = (value: number | undefined, digits = 0): string => (value === undefined || Number.isNaN(value) ? '–' : value.toFixed(digits));

export function formatTable(headers: readonly string[], rows: readonly (readonly string[])[]): string {
  const widths = headers.map((header, column) => Math.max(header.length, ...rows.map((row) => (row[column] ?? '').length)));
  const line = (cells: readonly string[]): string => cells.map((cell, column) => (column === 0 ? cell.padEnd(widths[column]!) : cell.padStart(widths[column]!))).join('  ');
  return [line(headers), widths.map((width) => '-'.repeat(width)).join('  '), ...rows.map(line)].join('\n');
}

function enginesOf(run: SizeRun): EngineName[] {
  return ENGINE_NAMES.filter((name) => run.engines[name] !== undefined);
}

export function printSize(run: SizeRun): void {
  console.log(formatSize(run));
}

/** The tables of one archive size: what each engine measured, peers ÷ Archivo, p95 by query kind. */
export function formatSize(run: SizeRun): string {
  const out: string[] = [];
  const names = enginesOf(run);
  const rows = names.map((name) => {
    const engineRun = run.engines[name]!;
    const { build, query, error } = engineRun;
    const answers = answersOf(engineRun);
    const zeroHits = answers ? answers.queries.filter((sample, i) => answered(answers, i) && sample.hits === 0).length : undefined;
    const unanswered = answers ? answers.queries.filter((_, i) => !answered(answers, i)).length : undefined;
    return [
      name,
      fixed(build?.docs),
      fixed(build && build.buildMs / 1000, 1),
      fixed(build?.diskReadBytes === undefined ? undefined : build.diskReadBytes / MB),
      fixed(build?.indexBytes == null ? undefined : build.indexBytes / MB, 1),
      fixed(query?.firstResultsMs),
      fixed(query?.readyMs),
      fixed(answers && percentile(latencies(answers), 50), 1),
      fixed(answers && percentile(latencies(answers), 95), 1),
      answers ? `${run.mix.length - (unanswered ?? 0)}/${run.mix.length}` : '–',
      fixed(zeroHits),
      fixed(build?.afterBuild.heapMB),
      fixed(query?.afterLoad.heapMB),
      fixed(query?.afterLoad.externalMB),
      fixed(Math.max(build?.peakRssMB ?? 0, query?.peakRssMB ?? 0) || undefined),
      error ?? (build?.inMemory ? inMemoryNote(build.inMemory) : ''),
    ];
  });
  out.push(`\n${run.label}: measured`);
  out.push(
    formatTable(['engine', 'docs', 'build s', 'disk read MB', 'index MB', 'cold ms', 'ready ms', 'p50 ms', 'p95 ms', 'answered', '0-hit', 'heap build', 'heap load', 'ext load', 'peak RSS', 'error or note'], rows),
  );
  out.push('disk read MB = what the build read from disks rather than the page cache (Linux only): a build that reads much of the archive from a disk is partly a cold one.');
  out.push('cold ms = new process: open the saved index and show the first page; ready ms = Archivo only, until its check for changed files ends.');
  out.push('p50/p95 over the queries each engine answered; "answered" = queries it can express; 0-hit = answered with no results. Memory in MB; ext = Buffers and typed arrays outside the heap.');
  if (names.some((name) => run.engines[name]?.build?.inMemory)) {
    out.push('in memory = the index could not be saved, so the build process answered the same mix from memory: no index size, no cold start, no load.');
  }

  const archivo = run.engines.archivo;
  if (archivo?.query && archivo.build) {
    const ratioRows = names
      .filter((name) => name !== 'archivo')
      .map((name) => {
        const peer = run.engines[name]!;
        const answers = answersOf(peer);
        if (!answers || !peer.build) return [name, '–', '–', '–', '–', '–', '–', peer.error ?? 'no result'];
        const [a50, p50] = sharedPercentile(archivo.query!, answers, 50);
        const [a95, p95] = sharedPercentile(archivo.query!, answers, 95);
        const times = (peerValue: number, archivoValue: number): string => `${fixed(peerValue / archivoValue, 2)}×`;
        const { indexBytes } = peer.build;
        return [
          name,
          times(peer.build.buildMs, archivo.build!.buildMs),
          indexBytes === null || archivo.build!.indexBytes === null ? '–' : times(indexBytes, archivo.build!.indexBytes),
          peer.query ? times(peer.query.firstResultsMs, archivo.query!.firstResultsMs) : '–',
          times(p50, a50),
          times(p95, a95),
          peer.query ? times(peer.query.afterLoad.heapMB, archivo.query!.afterLoad.heapMB) : '–',
          `${fixed(p95, 1)} vs ${fixed(a95, 1)} ms${peer.query ? '' : ' (peer in memory: its index cannot be saved)'}`,
        ];
      });
    out.push(`\n${run.label}: peer ÷ Archivo (above 1× = Archivo faster or smaller; latencies over the queries both answered)`);
    out.push(formatTable(['peer', 'build', 'index', 'cold', 'p50', 'p95', 'heap load', 'p95 peer vs archivo'], ratioRows));
  }

  const kinds = [...new Set(run.mix.map((query) => query.kind))];
  const kindRows = kinds.map((kind: QueryKind) => [
    `${kind} (${run.mix.filter((query) => query.kind === kind).length})`,
    ...names.map((name) => {
      const engineRun = run.engines[name];
      const query = engineRun && answersOf(engineRun);
      if (!query) return '–';
      const samples = latencies(query, (i) => run.mix[i]?.kind === kind);
      return samples.length === 0 ? 'n/a' : fixed(percentile(samples, 95), 1);
    }),
  ]);
  out.push(`\n${run.label}: p95 ms by query kind (n/a = the engine cannot express it)`);
  out.push(formatTable(['kind', ...names], kindRows));
  // One line per engine, query kind and reason.
  const reasons = new Map<string, number>();
  for (const name of names) {
    const engineRun = run.engines[name];
    for (const [i, sample] of ((engineRun && answersOf(engineRun)?.queries) ?? []).entries()) {
      const query = run.mix[i];
      if (!sample.unsupported || !query) continue;
      const line = `  ${name}: ${query.kind} → ${sample.unsupported}`;
      reasons.set(line, (reasons.get(line) ?? 0) + 1);
    }
  }
  if (reasons.size > 0) out.push(`not answered:\n${[...reasons].map(([line, count]) => `${line} ×${count}`).join('\n')}`);
  return out.join('\n');
}

/** The issue's targets against peers: p95 over the queries both answered. */
const PEER_TARGETS: readonly {
  readonly engine: EngineName;
  readonly label: string;
  readonly target: string;
  readonly passes: (archivo95: number, peer95: number) => boolean;
  readonly value: (archivo95: number, peer95: number) => string;
}[] = [
  {
    engine: 'minisearch',
    label: 'MiniSearch',
    target: 'p95 ≥ 3× faster than default MiniSearch',
    passes: (a95, m95) => m95 / a95 >= 3,
    value: (a95, m95) => `${fixed(m95 / a95, 2)}× (${fixed(m95, 1)} vs ${fixed(a95, 1)} ms)`,
  },
  { engine: 'fts5', label: 'FTS5', target: 'p95 no slower than SQLite FTS5', passes: (a95, f95) => a95 <= f95, value: (a95, f95) => `${fixed(a95, 1)} vs ${fixed(f95, 1)} ms` },
];

/** The issue's speed and scale targets (issue 4), checked against this run's numbers. */
export function checkTargets(runs: readonly SizeRun[]): TargetCheck[] {
  const checks: TargetCheck[] = [];
  const check = (size: string, target: string, value: string, pass: boolean): void => {
    checks.push({ size, target, value, verdict: pass ? 'PASS' : 'FAIL' });
  };
  for (const run of runs) {
    const archivo = run.engines.archivo;
    if (!archivo) continue;
    const { build, query } = archivo;
    const tier = run.generated === 100_000 ? '100k' : run.generated !== null && run.generated >= 1_000_000 ? '1m' : null;
    if (tier === '1m') check(run.label, 'works (builds, opens, answers)', archivo.error ?? 'yes', build !== undefined && query !== undefined);
    if (!build || !query) continue;
    const p95 = percentile(latencies(query), 95);
    const unanswered = query.queries.filter((_, i) => !answered(query, i)).length;
    check(run.label, 'every query of the mix is accepted', `${run.mix.length - unanswered}/${run.mix.length}`, unanswered === 0);
    if (tier === '100k') {
      check(run.label, 'p95 ≤ 50 ms (full first page)', `${fixed(p95, 1)} ms`, p95 <= 50);
      check(run.label, 'cold start ≤ 1 s', `${fixed(query.firstResultsMs)} ms`, query.firstResultsMs <= 1000);
      check(run.label, 'build ≤ 15 s', `${fixed(build.buildMs / 1000, 1)} s`, build.buildMs <= 15_000);
      // An index kept in typed arrays lives outside the V8 heap: count it, or the target could be met by moving memory.
      const heap = Math.max(build.afterBuild.heapMB + build.afterBuild.externalMB, query.afterLoad.heapMB + query.afterLoad.externalMB);
      check(run.label, 'heap + external ≤ 300 MB (after build, after load)', `${fixed(heap)} MB`, heap <= 300);
    }
    if (tier === '1m') {
      check(run.label, 'p95 ≤ 300 ms', `${fixed(p95, 1)} ms`, p95 <= 300);
      check(run.label, 'cold start ≤ 3 s', `${fixed(query.firstResultsMs)} ms`, query.firstResultsMs <= 3000);
      const rss = Math.max(build.peakRssMB, query.peakRssMB);
      check(run.label, 'memory ≤ 2.5 GB (peak RSS)', `${fixed(rss)} MB`, rss <= 2560);
    }
    for (const { engine, label, target, passes, value } of PEER_TARGETS) {
      const peer = run.engines[engine];
      if (!peer) continue;
      const answers = answersOf(peer);
      if (!answers) {
        checks.push({ size: run.label, target, value: `not measured: ${label} ${peer.error ?? 'has no result'}`, verdict: 'NOT MEASURED' });
        continue;
      }
      // The peer's latencies come from memory when it could not save its index: say so beside the number.
      const [a95, p95] = sharedPercentile(query, answers, 95);
      check(run.label, target, `${value(a95, p95)}${peer.query ? '' : `; ${label} in memory: its index cannot be saved`}`, passes(a95, p95));
    }
  }
  return checks;
}

export function printTargets(runs: readonly SizeRun[]): TargetCheck[] {
  const checks = checkTargets(runs);
  console.log('\nTargets (issue 4; absolute ones apply to generated 100k and 1M archives only; noisy machine: compare ratios)');
  console.log(formatTable(['size', 'target', 'value', 'verdict'], checks.map((item) => [item.size, item.target, item.value, item.verdict])));
  return checks;
}
