/** Timing, percentiles and memory readings for the benchmark. */
import { readdir, stat } from 'node:fs/promises';
import path from 'node:path';

/**
 * Nearest-rank percentile: the smallest sample such that at least `p`% of the samples are ≤ it.
 * Always one of the samples (no interpolation), so "p95 = 48 ms" means a query really took 48 ms.
 */
export function percentile(samples: readonly number[], p: number): number {
  if (samples.length === 0) return Number.NaN;
  if (!(p > 0 && p <= 100)) throw new RangeError(`percentile must be in (0, 100], got ${p}`);
  const sorted = [...samples].sort((a, b) => a - b);
  return sorted[Math.ceil((p / 100) * sorted.length) - 1]!;
}

export function nowMs(): number {
  return performance.now();
}

export const MB = 1024 * 1024;

export interface MemoryReading {
  /** V8 heap in use after a full collection, in MB (objects the process still holds). */
  readonly heapMB: number;
  /** Memory outside the V8 heap owned by JS objects (Buffers, typed arrays), MB. */
  readonly externalMB: number;
  readonly rssMB: number;
}

/** Collects garbage first when the process runs with --expose-gc; otherwise the reading includes garbage. */
export function memoryAfterGc(): MemoryReading {
  const gc = (globalThis as { gc?: () => void }).gc;
  if (gc) {
    gc();
    gc();
  }
  const usage = process.memoryUsage();
  return { heapMB: usage.heapUsed / MB, externalMB: usage.external / MB, rssMB: usage.rss / MB };
}

export function hasGc(): boolean {
  return typeof (globalThis as { gc?: unknown }).gc === 'function';
}

/** Peak resident memory of this process so far, MB. */
export function peakRssMB(): number {
  // maxRSS is in kilobytes on every platform Node supports.
  return process.resourceUsage().maxRSS / 1024;
}

/**
 * Bytes this process has read from disks so far, page-cache hits not counted, or null where the
 * system does not count them so (Windows counts every read; only Linux is relied on here). A build
 * that reads much of its archive from the disk is partly a cold one, and slower for it.
 */
export function diskReadBytes(): number | null {
  // Linux counts these blocks in 512-byte units, whatever the disk's own block size.
  return process.platform === 'linux' ? process.resourceUsage().fsRead * 512 : null;
}

/** Total bytes of the files under `folder` (0 when it does not exist). */
export async function folderBytes(folder: string): Promise<number> {
  let total = 0;
  let entries;
  try {
    entries = await readdir(folder, { withFileTypes: true });
  } catch {
    return 0;
  }
  for (const entry of entries) {
    const full = path.join(folder, entry.name);
    if (entry.isDirectory()) total += await folderBytes(full);
    else if (entry.isFile()) total += (await stat(full)).size;
  }
  return total;
}
