/**
 * A fixed workload timed at the start and end of a benchmark run, so that a reader can tell a slow
 * machine from slow code: the 2-core development machine's speed drifts within the hour (FTS5 built
 * the same 100k archive in 27 s and in 68 s on different days). Its three parts are where building
 * an index spends its time: integer arithmetic, reads at random from memory larger than the cache,
 * and first touches of fresh memory (which a virtual machine's host has to supply).
 */
export interface MachineSpeed {
  readonly arithmeticMs: number;
  readonly randomReadsMs: number;
  readonly freshPagesMs: number;
}

const ARITHMETIC_STEPS = 300_000_000;
const RANDOM_TABLE_INTS = 1 << 24; // 64 MB
const RANDOM_READS = 1 << 24;
const FRESH_BYTES = 256 * 1024 * 1024;
const PAGE_BYTES = 4096;

/** Times the workload; `scale` (0 to 1] shrinks it for tests. */
export function measureMachineSpeed(scale = 1): MachineSpeed {
  return {
    arithmeticMs: timed(() => arithmetic(Math.ceil(ARITHMETIC_STEPS * scale))),
    randomReadsMs: timed(() => randomReads(RANDOM_TABLE_INTS, Math.ceil(RANDOM_READS * scale))),
    freshPagesMs: timed(() => freshPages(Math.ceil((FRESH_BYTES * scale) / PAGE_BYTES) * PAGE_BYTES)),
  };
}

export function formatMachineSpeed({ arithmeticMs, randomReadsMs, freshPagesMs }: MachineSpeed): string {
  return `arithmetic ${arithmeticMs.toFixed(0)} ms, random reads ${randomReadsMs.toFixed(0)} ms, fresh pages ${freshPagesMs.toFixed(0)} ms`;
}

function timed(work: () => number): number {
  const started = performance.now();
  // The result is checked so that the work cannot be optimised away.
  if (Number.isNaN(work())) throw new Error('unreachable');
  return performance.now() - started;
}

function arithmetic(steps: number): number {
  let value = 0;
  for (let step = 0; step < steps; step++) value = (value * 31 + step) | 0;
  return value;
}

function randomReads(tableInts: number, reads: number): number {
  const table = new Int32Array(tableInts);
  const mask = tableInts - 1;
  let sum = 0;
  for (let read = 0; read < reads; read++) {
    const at = (Math.imul(read, 2654435761) >>> 8) & mask;
    sum += table[at]!;
    table[at] = read;
  }
  return sum;
}

function freshPages(bytes: number): number {
  const memory = Buffer.allocUnsafeSlow(bytes);
  for (let at = 0; at < bytes; at += PAGE_BYTES) memory[at] = 1;
  return memory[0]!;
}
