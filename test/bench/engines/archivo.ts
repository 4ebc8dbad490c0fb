/**
 * Archivo, measured only through its public API (archive/library.ts), so the benchmark measures
 * whatever engine is underneath: the first open builds and saves the index; a later open in a fresh
 * process is the cold start from the persisted index.
 */
import { openArchive, startArchive, type LiveArchive } from '../../../archive/library';
import { archivoSyntax, type BenchQuery } from '../query-mix';
import type { BenchEngine, SearchOutcome } from './engine';

export interface ArchivoEngine extends BenchEngine {
  /** Settles when the background pass that checks the folder for changes after `open` is done. */
  settled(): Promise<void>;
}

export function createArchivoEngine(options: { readonly expandDuplicates?: boolean } = {}): ArchivoEngine {
  let archive: LiveArchive | null = null;
  const current = (): LiveArchive => {
    if (!archive) throw new Error('archivo: not open');
    return archive;
  };
  return {
    name: 'archivo',
    async build(folder, indexDir) {
      archive = await openArchive(folder, { indexDir });
      if (archive.saveError !== null) throw new Error(`archivo could not save its index: ${archive.saveError}`);
      return archive.summary.articles;
    },
    async open(folder, indexDir) {
      // Searchable as soon as the saved index is loaded; the check for changed files runs behind it.
      archive = await startArchive(folder, { indexDir });
      return archive.summary.articles;
    },
    settled: () => current().ready,
    search(query: BenchQuery, limit: number): SearchOutcome {
      const library = current();
      const response = library.search(archivoSyntax(query), { limit });
      if (response.error !== undefined) return { unsupported: response.error };
      if (!options.expandDuplicates) return { keys: response.results.map((hit) => hit.path) };
      // Exact duplicates are one article with several locations: each location is a document to the evaluation.
      return { keys: response.results.flatMap((hit) => library.getArticle(hit.id)?.locations.map((location) => location.path) ?? [hit.path]) };
    },
    close() {
      const closable = archive as { close?: () => unknown } | null;
      closable?.close?.();
      archive = null;
    },
  };
}
