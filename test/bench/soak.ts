/**
 * Soak (issue 7): open, search and close a generated archive again and again in one process, and
 * check that the heap returns to its baseline after each close. The first open builds and saves the
 * index; the cycles open from that saved index, as an app reopening an archive does.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import path from 'node:path';
import { createArchivoEngine } from './engines/archivo';
import { benchCacheDir, generatedArchive, type ArchiveFormat } from './generate-archive';
import { hasGc, memoryAfterGc, nowMs } from './measure';
import { firstDocs } from './corpus';
import { archivoSyntax, deriveQueryMix, MIX_SAMPLE_DOCS } from './query-mix';
import { formatTable } from './report';

export interface SoakOptions {
  readonly size: number;
  readonly cycles: number;
  readonly seed: number;
  readonly format: ArchiveFormat;
}

/** Growth after close that still counts as "back to baseline": V8 keeps some code and caches. */
export function soakTolerance(baselineMB: number): number {
  return Math.max(16, baselineMB * 0.05);
}

export async function runSoak(options: SoakOptions): Promise<void> {
  if (!hasGc()) throw new Error('the soak needs node --expose-gc (npm run bench -- --soak runs it so)');
  const folder = await generatedArchive(options.size, options.seed, options.format, console.log);
  const mix = deriveQueryMix(await firstDocs(folder, MIX_SAMPLE_DOCS));
  const indexDir = await mkdtemp(path.join(benchCacheDir(), 'soak-index-'));
  try {
    const before = memoryAfterGc();
    const first = createArchivoEngine();
    const buildStarted = nowMs();
    await first.build(folder, indexDir);
    console.log(`soak: ${options.size} articles, index built in ${((nowMs() - buildStarted) / 1000).toFixed(1)} s; ${options.cycles} cycles of open, ${mix.length} queries ×3, close`);
    first.close();
    const baseline = memoryAfterGc();
    const baselineMB = baseline.heapMB + baseline.externalMB;
    const rows: string[][] = [['build', '', '', baseline.heapMB.toFixed(0), baseline.externalMB.toFixed(0), (baselineMB - before.heapMB - before.externalMB).toFixed(1), baseline.rssMB.toFixed(0)]];
    const after: number[] = [];
    for (let cycle = 1; cycle <= options.cycles; cycle++) {
      const engine = createArchivoEngine();
      const started = nowMs();
      await engine.open(folder, indexDir);
      await engine.settled();
      const openMs = nowMs() - started;
      for (let pass = 0; pass < 3; pass++) for (const query of mix) engine.search(query, 10);
      const open = memoryAfterGc();
      engine.close();
      const closed = memoryAfterGc();
      after.push(closed.heapMB + closed.externalMB);
      rows.push([
        String(cycle),
        openMs.toFixed(0),
        `${open.heapMB.toFixed(0)} + ${open.externalMB.toFixed(0)}`,
        closed.heapMB.toFixed(0),
        closed.externalMB.toFixed(0),
        (closed.heapMB + closed.externalMB - baselineMB).toFixed(1),
        closed.rssMB.toFixed(0),
      ]);
    }
    console.log(formatTable(['cycle', 'open ms', 'open: heap + ext MB', 'closed: heap MB', 'closed: ext MB', 'Δ baseline MB', 'RSS MB'], rows));
    // Heap and external memory (an index kept in typed arrays lives outside the V8 heap) must both come back.
    const worst = Math.max(...after.slice(-3)) - baselineMB;
    const tolerance = soakTolerance(baselineMB);
    console.log(`baseline heap + ext ${baselineMB.toFixed(0)} MB (after the build was closed; ${(before.heapMB + before.externalMB).toFixed(0)} MB before anything was opened)`);
    console.log(`soak: ${worst <= tolerance ? 'PASS' : 'FAIL'} memory returns to baseline: last cycles end ${worst.toFixed(1)} MB above it (tolerance ${tolerance.toFixed(0)} MB)`);
    console.log(`queries: ${mix.map(archivoSyntax).join(' | ')}`);
  } finally {
    await rm(indexDir, { recursive: true, force: true });
  }
}
