/**
 * The archive as the rest of the product sees it: open a folder, search it, fetch an article.
 * Used by the CLI directly and, inside a worker thread, by the Electron main process.
 *
 * Opening loads the persisted index first, so the archive is searchable at once; then a pass reads
 * only the files that were added or changed since and drops the deleted ones, while searches keep
 * working on what is indexed so far. Nothing is ever written inside the archive folder.
 */
import { constants } from 'node:fs';
import { access, mkdir, realpath, stat } from 'node:fs/promises';
import path from 'node:path';
import type { Article, ArchiveSummary, ArticleHighlights, SearchResponse, Suggestion } from './model/article';
import { Catalog } from './catalog';
import type { Segment } from './engine/segment';
import { allReaders } from './formats/all-readers';
import { createFormatRegistry } from './formats/registry';
import { bundledIndexWorker, IndexWorkerError, startIndexWorkers, WORKER_MIN_BYTES, type IndexWorkers, type SealedBatch } from './index/index-workers';
import { defaultIndexDir, indexFileFor } from './index/cache-dir';
import { loadCatalog, openNewSegment, saveCatalog, saveSealedSegments } from './index/persist-catalog';
import { readPreparedFile } from './index/read-archive-file';
import { estimateProgress, type IndexProgress } from './index-progress';
import { highlightArticle, moreLikeThis, searchCatalog, suggest, type SearchPage } from './query/search-catalog';
import { describeFsError } from './scan/fs-errors';
import { UnreadTally } from './scan/unread-files';
import { walkArchive, type FoundFile } from './scan/walk-archive';

export type { IndexProgress } from './index-progress';

export interface OpenArchiveOptions {
  /** Where the persisted index lives; defaults to the per-user cache (never inside the archive). */
  readonly indexDir?: string;
  readonly onProgress?: (progress: IndexProgress) => void;
  /**
   * The bundled index worker to read and index large passes with on every core; by default the one
   * built next to this code, if any. null reads and indexes every file in this thread.
   */
  readonly indexWorkerFile?: string | null;
  /** Passes with at least this many bytes to read use the index workers (default WORKER_MIN_BYTES). */
  readonly indexWorkersFrom?: number;
  /** Articles the index workers hold in all before writing their segments (tests make it small). */
  readonly indexWorkersBatch?: number;
}

export type SearchRequest = SearchPage;

export interface ArchiveLibrary {
  /** Counts and problems as of now (they grow while a pass runs). */
  readonly summary: ArchiveSummary;
  /** Why the saved index could not be reused, when it was rebuilt; null when it was reused or updated. */
  readonly rebuildReason: string | null;
  /** Why the index could not be saved for next time (a read-only cache folder, a full disk), if so. */
  readonly saveError: string | null;
  search(query: string, request?: SearchRequest): SearchResponse;
  getArticle(id: string): Article | null;
}

export interface LiveArchive extends ArchiveLibrary {
  /** Settles when the current indexing pass ends (resolved also when it was cancelled). */
  readonly ready: Promise<void>;
  /** Looks for added, changed and deleted files again (after a folder change, say). */
  refresh(): Promise<void>;
  /** Stops the running pass after the current file; what was read stays searchable and is saved. */
  cancel(): void;
  /** Every match of `query` in an article (title, teaser, each body paragraph), for next/previous hit. */
  highlightArticle(id: string, query: string): ArticleHighlights | null;
  /** Articles most like this one (shared distinctive words), the article itself excluded. */
  moreLikeThis(id: string, limit?: number): SearchResponse;
  /** Type-ahead: indexed words that complete the last word of `prefix`, most frequent first. */
  suggest(prefix: string, limit?: number): Suggestion[];
  /** Releases the open index files (the archive is unusable afterwards). */
  close(): void;
}

/** Files read ahead of the one being indexed: up to this many, and this many bytes (at least one file). */
const READ_AHEAD_FILES = 32;
const READ_AHEAD_BYTES = 64 * 1024 * 1024;
/**
 * Files each index thread is asked for ahead: more, so that its queue does not run dry while the
 * archive's thread waits for a core (2% faster at 100,000 one-article files, no faster beyond).
 */
const READ_AHEAD_FILES_PER_THREAD = 128;

export class ArchiveOpenError extends Error {
  override readonly name = 'ArchiveOpenError';
}

/** Opens an archive and waits for its indexing pass. */
export async function openArchive(folder: string, options: OpenArchiveOptions = {}): Promise<LiveArchive> {
  const archive = await startArchive(folder, options);
  await archive.ready;
  return archive;
}

/** Opens an archive as soon as its saved index is loaded; the indexing pass goes on in the background. */
export async function startArchive(folder: string, options: OpenArchiveOptions = {}): Promise<LiveArchive> {
  const root = await resolveArchiveRoot(folder);
  const indexFile = indexFileFor(options.indexDir ?? defaultIndexDir(), root);
  const loaded = await loadCatalog(indexFile, root);
  let catalog = loaded.catalog ?? Catalog.empty();
  let rebuildReason = loaded.catalog === null ? loaded.reason : null;
  const registry = createFormatRegistry(allReaders);
  let walkProblems: ArchiveSummary['problems'] = [];
  let unread: ArchiveSummary['unread'] = [];
  let unsaved = loaded.catalog === null;
  let saveError: string | null = null;
  let cancelled = false;
  let summaryFromCache = loaded.catalog !== null;

  async function indexingPass(inThisThread = false): Promise<void> {
    cancelled = false;
    // Loading read only the saved index's dictionaries (so the archive is searchable at once): its
    // postings are checked here, before this pass trusts and extends it.
    const damage = !(await catalog.engine.verify())
      ? 'the saved index is damaged (checksum mismatch)'
      : catalog.damaged
        ? 'the saved index is damaged (an article failed its checksum)'
        : null;
    if (damage !== null) {
      // The saved index cannot be trusted: read everything again.
      catalog.engine.close();
      catalog = Catalog.empty();
      rebuildReason = damage;
      unsaved = true;
    }
    const started = Date.now();
    options.onProgress?.(estimateProgress('scanning', started, 0, 0, catalog.articleCount));
    const passedOver = new UnreadTally();
    const walk = await walkArchive(root, (path) => !isFolderReadme(path) && registry.handles(path), {
      // A folder's README describes it: not an article, and not a file anyone expects searched.
      passedOver: (path) => {
        if (!isFolderReadme(path)) passedOver.add(path);
      },
    });
    walkProblems = walk.problems;
    unread = passedOver.kinds();
    const present = new Set(walk.files.map((file) => file.path));
    for (const file of [...catalog.allFiles()]) {
      if (!present.has(file.path)) {
        catalog.removeFile(file.path);
        unsaved = true;
      }
    }
    const stale = walk.files.filter((file) => !catalog.isUnchanged(file));
    const unchanged = walk.files.length - stale.length;
    const staleBytes = stale.reduce((sum, file) => sum + file.size, 0);
    const workers = !inThisThread && staleBytes >= (options.indexWorkersFrom ?? WORKER_MIN_BYTES) ? await startWorkers(staleBytes) : null;
    // Each file started is read (and, by the workers, indexed) ahead; what it yields is put in the catalog in file order.
    const startFile = (file: FoundFile): Promise<() => Promise<void>> =>
      workers
        ? workers.read(file).then((read) => async () => {
            catalog.putFound(file, read, (positions) => workers.keep(read, positions));
            for (const sealed of workers.written()) attachSealed(sealed);
          })
        : readPreparedFile(file, registry).then((prepared) => async () => {
            const sealedBefore = catalog.engine.sealedSegments().length;
            catalog.putPrepared(file, prepared);
            // A segment was just sealed: put its articles on disk now rather than hold them all until the end.
            if (catalog.engine.sealedSegments().length > sealedBefore) await saveSealedSegments(indexFile, catalog).catch(() => undefined);
          });
    const aheadFiles = workers ? READ_AHEAD_FILES_PER_THREAD * workers.threads : READ_AHEAD_FILES;
    const ahead: Promise<() => Promise<void>>[] = [];
    let aheadBytes = 0;
    let done = 0;
    try {
      for (const file of stale) {
        if (cancelled) break;
        while (done + ahead.length < stale.length && (ahead.length === 0 || (ahead.length < aheadFiles && aheadBytes < READ_AHEAD_BYTES))) {
          const next = stale[done + ahead.length]!;
          aheadBytes += next.size;
          const reading = startFile(next);
          // Files left unread by a cancel or a failure must not report an unhandled rejection.
          reading.catch(() => undefined);
          ahead.push(reading);
        }
        const put = await ahead.shift()!;
        aheadBytes -= file.size;
        await put();
        unsaved = true;
        done++;
        options.onProgress?.(estimateProgress('reading', started, unchanged + done, walk.files.length, catalog.articleCount, done, stale.length));
      }
      // The workers' last batches (with the articles of files a cancel left unread, which stay deleted).
      if (workers) for (const sealed of await workers.finish()) attachSealed(sealed);
    } catch (error) {
      if (!(error instanceof IndexWorkerError)) throw error;
      // What the threads had indexed but not written is gone with them: read everything again, here.
      catalog.engine.close();
      catalog = Catalog.empty();
      rebuildReason = `${error.message}, so the archive was read again in one thread`;
      unsaved = true;
      return indexingPass(true);
    } finally {
      workers?.close();
    }
    if (unsaved) {
      // A cache that cannot be written must not stop the user from reading: report it and go on.
      saveError = await saveCatalog(indexFile, root, catalog).then(() => null, (error: unknown) => describeFsError(error));
      unsaved = saveError !== null;
      summaryFromCache = false;
    }
    options.onProgress?.(estimateProgress('done', started, unchanged + done, walk.files.length, catalog.articleCount));
  }

  /** Index workers for this pass, or null when no thread can start or the index folder cannot be written to. */
  async function startWorkers(bytes: number): Promise<IndexWorkers | null> {
    const workerFile = options.indexWorkerFile === undefined ? bundledIndexWorker() : options.indexWorkerFile;
    if (workerFile === null) return null;
    try {
      await mkdir(path.dirname(indexFile), { recursive: true });
      await access(path.dirname(indexFile), constants.W_OK);
    } catch {
      return null;
    }
    return startIndexWorkers(workerFile, indexFile, bytes, { documentsInMemory: options.indexWorkersBatch });
  }

  function attachSealed(sealed: SealedBatch): void {
    let segment: Segment | undefined;
    try {
      segment = openNewSegment(indexFile, sealed.segment);
      catalog.engine.attachBatch(sealed.batch, segment);
    } catch (error) {
      segment?.store.close();
      throw new IndexWorkerError(`a segment an indexing thread wrote could not be used (${error instanceof Error ? error.message : String(error)})`);
    }
  }

  let ready = indexingPass();
  return {
    get summary(): ArchiveSummary {
      return {
        root,
        articles: catalog.articleCount,
        files: catalog.fileCount,
        problems: [...walkProblems, ...catalog.problems()],
        unread,
        fromCache: summaryFromCache,
      };
    },
    get rebuildReason() {
      return rebuildReason;
    },
    get saveError() {
      return saveError;
    },
    get ready() {
      return ready;
    },
    refresh() {
      ready = ready.then(() => indexingPass());
      return ready;
    },
    cancel() {
      cancelled = true;
    },
    search: (query, request) => searchCatalog(catalog, query, request),
    getArticle: (id) => catalog.getArticle(id) ?? null,
    highlightArticle: (id, query) => highlightArticle(catalog, id, query),
    moreLikeThis: (id, limit) => moreLikeThis(catalog, id, limit),
    suggest: (prefix, limit) => suggest(catalog, prefix, limit),
    close() {
      cancelled = true;
      catalog.engine.close();
    },
  };
}

/** README files describe a folder (the BBC corpus has one, so does our sample); they are not articles. */
function isFolderReadme(path: string): boolean {
  return /^readme(\.(md|markdown|txt))?$/i.test(path.slice(path.lastIndexOf('/') + 1));
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
