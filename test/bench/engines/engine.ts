/**
 * One interface for Archivo and its peers, so the benchmark and the evaluation treat them alike.
 * Each engine persists its index under `indexDir` and reads it back in `open`, in a fresh process.
 */
import type { BenchQuery } from '../query-mix';

export type EngineName = 'archivo' | 'minisearch' | 'lunr' | 'flexsearch' | 'fts5';

export const ENGINE_NAMES: readonly EngineName[] = ['archivo', 'minisearch', 'lunr', 'flexsearch', 'fts5'];

export type SearchOutcome =
  /** Keys of the hits, best first: `path#n` for peers, the article's path for Archivo. */
  | { readonly keys: readonly string[] }
  /** The engine cannot express this query (a peer without phrases) or rejected it (a parse error). */
  | { readonly unsupported: string };

export interface BenchEngine {
  readonly name: EngineName;
  /**
   * Reads the archive folder, indexes it and writes the index under `indexDir`. Returns the article count.
   * Throws IndexNotSavedError when the index was made but cannot be written; it stays searchable in memory.
   */
  build(folder: string, indexDir: string): Promise<number>;
  /** Loads the index `build` wrote, ready to search. Returns the article count. */
  open(folder: string, indexDir: string): Promise<number>;
  search(query: BenchQuery, limit: number): SearchOutcome;
  close(): void;
}

/** The index was built and is searchable in memory, but could not be written (e.g. too large for the engine's format). */
export class IndexNotSavedError extends Error {
  constructor(
    readonly docs: number,
    readonly reason: string,
  ) {
    super(`the index could not be saved: ${reason}`);
    this.name = 'IndexNotSavedError';
  }
}

export function isEngineName(name: string): name is EngineName {
  return (ENGINE_NAMES as readonly string[]).includes(name);
}

export function unsupported(reason: string): SearchOutcome {
  return { unsupported: reason };
}
