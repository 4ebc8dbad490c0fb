/** Progress of an indexing pass, with the rate and time left a long run needs to show. */
export type IndexPhase = 'scanning' | 'reading' | 'done';

export interface IndexProgress {
  readonly phase: IndexPhase;
  /** Files of the archive found so far, and how many of them are indexed (unchanged ones count as done). */
  readonly filesFound: number;
  readonly filesDone: number;
  readonly articles: number;
  readonly elapsedMs: number;
  /** Files read per second in this pass; null until there is something to measure. */
  readonly filesPerSecond: number | null;
  /** Estimated time to finish; null when unknown. */
  readonly remainingMs: number | null;
}

export function estimateProgress(
  phase: IndexPhase,
  startedAt: number,
  filesDone: number,
  filesFound: number,
  articles: number,
  readThisPass = 0,
  toReadThisPass = 0,
  now = Date.now(),
): IndexProgress {
  const elapsedMs = Math.max(0, now - startedAt);
  const filesPerSecond = readThisPass > 0 && elapsedMs > 0 ? (readThisPass * 1000) / elapsedMs : null;
  const remainingMs =
    phase === 'done' ? 0 : filesPerSecond ? Math.round(((toReadThisPass - readThisPass) / filesPerSecond) * 1000) : null;
  return { phase, filesFound, filesDone, articles, elapsedMs, filesPerSecond, remainingMs };
}
