/**
 * Saves and restores a catalog (files, articles, search index) for one archive folder.
 * Anything unexpected in a saved index means "rebuild", never "trust".
 */
import MiniSearch from 'minisearch';
import { Catalog, type FileRecord } from '../catalog';
import type { Article } from '../model/article';
import { SEARCH_INDEX_OPTIONS, type IndexedDocument } from './search-index';
import { readSnapshot, SnapshotUnusableError, writeSnapshot } from './snapshot-file';

interface CatalogSnapshot {
  readonly root: string;
  readonly files: readonly FileRecord[];
  readonly articles: readonly Article[];
  readonly searchIndex: unknown;
}

export type LoadedCatalog = { readonly catalog: Catalog; readonly reason: null } | { readonly catalog: null; readonly reason: string };

export async function loadCatalog(file: string, root: string): Promise<LoadedCatalog> {
  try {
    const snapshot = (await readSnapshot(file)) as Partial<CatalogSnapshot> | null;
    if (!snapshot || snapshot.root !== root || !Array.isArray(snapshot.files) || !Array.isArray(snapshot.articles)) {
      return { catalog: null, reason: 'the saved index belongs to another archive or is incomplete' };
    }
    // The search index is MiniSearch's own JSON form; loadJS validates its version and throws if foreign.
    const index = MiniSearch.loadJS<IndexedDocument>(snapshot.searchIndex as Parameters<typeof MiniSearch.loadJS>[0], SEARCH_INDEX_OPTIONS);
    if (index.documentCount !== snapshot.articles.length) {
      return { catalog: null, reason: 'the saved index does not match its articles' };
    }
    return { catalog: Catalog.restore(index, snapshot.articles, snapshot.files), reason: null };
  } catch (error) {
    if (error instanceof SnapshotUnusableError) return { catalog: null, reason: error.message };
    return { catalog: null, reason: `the saved index could not be loaded (${error instanceof Error ? error.message : String(error)})` };
  }
}

export async function saveCatalog(file: string, root: string, catalog: Catalog): Promise<void> {
  const snapshot: CatalogSnapshot = {
    root,
    files: [...catalog.allFiles()],
    articles: [...catalog.allArticles()],
    searchIndex: catalog.index.toJSON(),
  };
  await writeSnapshot(file, snapshot);
}
