/**
 * `npm run bench`: for each archive (generated sizes, or a given folder) and each engine, a build
 * process and then a cold-start-and-query process, side by side in the same run; then the tables,
 * the ratios against Archivo, the issue's targets, and a JSON file with every number.
 */
import { spawn } from 'node:child_process';
import { mkdir, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { RESULT_PREFIX, type BuildResult, type ChildTask, type QueryResult } from './child';
import { firstDocs } from './corpus';
import type { EngineName } from './engines/engine';
import { benchCacheDir, generatedArchive, type ArchiveFormat } from './generate-archive';
import { formatMachineSpeed, measureMachineSpeed, type MachineSpeed } from './machine-speed';
import { archivoSyntax, deriveQueryMix, MIX_SAMPLE_DOCS } from './query-mix';
import { inMemoryNote, printSize, printTargets, type EngineRun, type SizeRun, type TargetCheck } from './report';

export interface BenchOptions {
  readonly sizes: readonly number[];
  readonly archive: string | null;
  readonly engines: readonly EngineName[];
  readonly searches: number;
  readonly seed: number;
  readonly format: ArchiveFormat;
  readonly timeoutSeconds: number;
  readonly maxHeapMB: number;
  readonly outDir: string;
}

export async function runBench(options: BenchOptions, bundle: string): Promise<void> {
  await mkdir(options.outDir, { recursive: true });
  const file = path.join(options.outDir, `results-${new Date().toISOString().replace(/[:.]/g, '-')}.json`);
  const machine = { node: process.version, cpus: os.cpus().length, cpuModel: os.cpus()[0]?.model ?? '', totalMemMB: Math.round(os.totalmem() / 1048576) };
  // Timed before and after the engines, in this process while no engine runs: is the machine itself slow today?
  const speed: { atStart: MachineSpeed; atEnd?: MachineSpeed } = { atStart: measureMachineSpeed() };
  console.log(`machine speed at start: ${formatMachineSpeed(speed.atStart)}`);
  const runs: SizeRun[] = [];
  // Saved after every engine, so a long run that is stopped still leaves its numbers.
  const save = (targets: readonly TargetCheck[] = []): Promise<void> =>
    writeFile(file, JSON.stringify({ date: new Date().toISOString(), machine: { ...machine, speed }, options, runs, targets }, null, 1));
  const archives: { label: string; folder: string; generated: number | null }[] = options.archive
    ? [{ label: path.basename(path.resolve(options.archive)), folder: path.resolve(options.archive), generated: null }]
    : [];
  for (const size of options.archive ? [] : options.sizes) {
    const folder = await generatedArchive(size, options.seed, options.format, console.log);
    archives.push({ label: sizeLabel(size), folder, generated: size });
  }
  for (const archive of archives) {
    const mix = deriveQueryMix(await firstDocs(archive.folder, MIX_SAMPLE_DOCS));
    if (mix.length === 0) throw new Error(`${archive.folder}: no articles the loader can read, so no queries. Is the format registered?`);
    const mixFile = path.join(options.outDir, `mix-${archive.label}.json`);
    await writeFile(mixFile, JSON.stringify(mix, null, 1));
    console.log(`\n=== ${archive.label}: ${archive.folder}\nquery mix (${mix.length}): ${mix.map(archivoSyntax).join(' | ')}`);
    const run: SizeRun = { label: archive.label, folder: archive.folder, generated: archive.generated, mix, engines: {} };
    runs.push(run);
    // Per run (pid), so two runs at once never share an index; removed afterwards (1M indexes are large).
    const indexRoot = path.join(benchCacheDir(), 'indexes', `${archive.label}-${process.pid}`);
    try {
      for (const engine of options.engines) {
        run.engines[engine] = await runEngine(engine, archive.folder, path.join(indexRoot, engine), mixFile, options, bundle);
        await save();
      }
    } finally {
      await rm(indexRoot, { recursive: true, force: true });
    }
    printSize(run);
  }
  const targets = printTargets(runs);
  speed.atEnd = measureMachineSpeed();
  console.log(`\nmachine speed at start: ${formatMachineSpeed(speed.atStart)}\nmachine speed at end:   ${formatMachineSpeed(speed.atEnd)}`);
  await save(targets);
  console.log(`\nresults written to ${file}`);
}

export function sizeLabel(size: number): string {
  if (size >= 1_000_000 && size % 1_000_000 === 0) return `${size / 1_000_000}m`;
  if (size >= 1000 && size % 1000 === 0) return `${size / 1000}k`;
  return String(size);
}

async function runEngine(engine: EngineName, folder: string, indexDir: string, mixFile: string, options: BenchOptions, bundle: string): Promise<EngineRun> {
  await mkdir(indexDir, { recursive: true });
  try {
    return await buildAndQuery(engine, indexDir, folder, mixFile, options, bundle);
  } finally {
    await rm(indexDir, { recursive: true, force: true });
  }
}

async function buildAndQuery(engine: EngineName, indexDir: string, folder: string, mixFile: string, options: BenchOptions, bundle: string): Promise<EngineRun> {
  const task = (phase: ChildTask['phase']): ChildTask => ({ phase, engine, folder, indexDir, mixFile, searches: options.searches });
  process.stdout.write(`${engine}: building … `);
  const build = await spawnChild<BuildResult>(task('build'), options, bundle);
  if ('error' in build) {
    console.log(build.error);
    return { error: `build: ${build.error}` };
  }
  if (build.inMemory) {
    console.log(`${(build.buildMs / 1000).toFixed(1)} s; ${inMemoryNote(build.inMemory)} (so ${options.searches} searches in the build process, no cold start)`);
    return { build };
  }
  process.stdout.write(`${(build.buildMs / 1000).toFixed(1)} s; cold start and ${options.searches} searches … `);
  const query = await spawnChild<QueryResult>(task('query'), options, bundle);
  if ('error' in query) {
    console.log(query.error);
    return { build, error: `query: ${query.error}` };
  }
  console.log(`first results in ${query.firstResultsMs.toFixed(0)} ms`);
  return { build, query };
}

/** Runs one phase in a fresh Node with --expose-gc; a crash, an out-of-memory or the time cap becomes an error text. */
function spawnChild<T>(task: ChildTask, options: BenchOptions, bundle: string): Promise<T | { error: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, ['--expose-gc', `--max-old-space-size=${options.maxHeapMB}`, bundle, '--child', JSON.stringify(task)], {
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (stderr = (stderr + chunk.toString()).slice(-4000)));
    let timedOut = false;
    const timer = setTimeout(() => {
      timedOut = true;
      child.kill('SIGKILL');
    }, options.timeoutSeconds * 1000);
    child.on('close', (code, signal) => {
      clearTimeout(timer);
      const line = stdout.split('\n').find((candidate) => candidate.startsWith(RESULT_PREFIX));
      if (line) return resolve(JSON.parse(line.slice(RESULT_PREFIX.length)) as T);
      if (timedOut) return resolve({ error: `stopped after the ${options.timeoutSeconds} s time cap` });
      const lastLines = stderr.trim().split('\n').filter((text) => /error|heap|invalid|fatal/i.test(text)).slice(-2).join(' / ');
      resolve({ error: `failed (${signal ?? `exit ${code}`}): ${lastLines || stderr.trim().split('\n').slice(-1)[0] || 'no output'}` });
    });
  });
}
