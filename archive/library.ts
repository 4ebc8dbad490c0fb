/**
 * The archive as the rest of the product sees it: open a folder, search it, fetch an article.
 * Used by the CLI directly and by the Electron main process.
 *
 * Opening reuses the persisted index when it is sound, re-reads only the files that were added or
 * changed since, drops the ones that were deleted, and saves the result for next time. Nothing is
 * ever written inside the archive folder.
 */
import { readFile, realpath, stat } from 'node:fs/promises';
import type { Article, ArchiveSummary, SearchResponse } from './model/article';
import { Catalog } from './catalog';
import { allReaders } from './formats/all-readers';
import type { ReadResult } from './formats/reader';
import { createFormatRegistry } from './formats/registry';
import { defaultIndexDir, indexFileFor } from './index/cache-dir';
import { loadCatalog, saveCatalog } from './index/persist-catalog';
import { searchCatalog } from './query/search-catalog';
import { describeFsError } from './scan/fs-errors';
import { walkArchive, type FoundFile } from './scan/walk-archive';

export interface IndexProgress {
  readonly filesFound: number;
  readonly filesDone: number;
  readonly articles: number;
  readonly elapsedMs: number;
}

export interface OpenArchiveOptions {
  /** Where the persisted index lives; defaults to the per-user cache (never inside the archive). */
  readonly indexDir?: string;
  readonly onProgress?: (progress: IndexProgress) => void;
  readonly signal?: AbortSignal;
}

export interface SearchRequest {
  readonly limit?: number;
  readonly offset?: number;
}

export interface ArchiveLibrary {
  readonly summary: ArchiveSummary;
  /** Why the saved index could not be reused, when it was rebuilt; null when it was reused or updated. */
  readonly rebuildReason: string | null;
  /** Why the index could not be saved for next time (a read-only cache folder, a full disk), if so. */
  readonly saveError: string | null;
  search(query: string, request?: SearchRequest): SearchResponse;
  getArticle(id: string): Article | null;
}

/** Files larger than this are reported instead of read: no news article is this big. */
const MAX_FILE_BYTES = 1024 * 1024 * 1024;

export class ArchiveOpenError extends Error {
  override readonly name = 'ArchiveOpenError';
}

export async function openArchive(folder: string, options: OpenArchiveOptions = {}): Promise<ArchiveLibrary> {
  const root = await resolveArchiveRoot(folder);
  const indexFile = indexFileFor(options.indexDir ?? defaultIndexDir(), root);
  const started = Date.now();

  const loaded = await loadCatalog(indexFile, root);
  const catalog = loaded.catalog ?? Catalog.empty();
  const registry = createFormatRegistry(allReaders);
  const walk = await walkArchive(root, registry.handles);
  options.signal?.throwIfAborted();

  const stale = walk.files.filter((file) => !catalog.isUnchanged(file));
  const present = new Set(walk.files.map((file) => file.path));
  const deleted = [...catalog.allFiles()].filter((file) => !present.has(file.path)).map((file) => file.path);
  for (const path of deleted) catalog.removeFile(path);

  let filesDone = walk.files.length - stale.length;
  const report = (): void =>
    options.onProgress?.({ filesFound: walk.files.length, filesDone, articles: catalog.articleCount, elapsedMs: Date.now() - started });
  report();
  for (const file of stale) {
    options.signal?.throwIfAborted();
    catalog.putFile(file, await readArchiveFile(file, registry.readFile));
    filesDone++;
    report();
  }

  const changed = stale.length > 0 || deleted.length > 0 || loaded.catalog === null;
  // A cache that cannot be written must not stop the user from reading: report it and go on.
  const saveError = changed ? await saveCatalog(indexFile, root, catalog).then(() => null, (error: unknown) => describeFsError(error)) : null;

  const summary: ArchiveSummary = {
    root,
    articles: catalog.articleCount,
    files: catalog.fileCount,
    problems: [...walk.problems, ...catalog.problems()],
    fromCache: !changed,
  };
  return {
    summary,
    rebuildReason: loaded.catalog === null ? loaded.reason : null,
    saveError,
    search: (query, request) => searchCatalog(catalog, query, request),
    getArticle: (id) => catalog.getArticle(id) ?? null,
  };
}

async function resolveArchiveRoot(folder: string): Promise<string> {
  try {
    const root = await realpath(folder);
    if (!(await stat(root)).isDirectory()) throw new ArchiveOpenError(`${folder} is a file, not a folder: open the folder that holds the articles.`);
    return root;
  } catch (error) {
    if (error instanceof ArchiveOpenError) throw error;
    throw new ArchiveOpenError(`Cannot open the archive ${folder}: ${describeFsError(error)}.`);
  }
}

async function readArchiveFile(file: FoundFile, read: (path: string, bytes: Uint8Array) => Promise<ReadResult>): Promise<ReadResult> {
  if (file.size > MAX_FILE_BYTES) {
    return { articles: [], problems: [{ reason: `too large to be an article file (${Math.round(file.size / 1048576)} MB)` }] };
  }
  try {
    return await read(file.path, await readFile(file.absolutePath));
  } catch (error) {
    return { articles: [], problems: [{ reason: describeFsError(error) }] };
  }
}
