/**
 * Saves and restores a catalog for one archive folder: a small manifest (the snapshot file: which
 * files were read, which segments hold their articles, which of those are deleted since) and one
 * binary file per index segment next to it. Segments are written once and never changed, so a save
 * after a small change writes one small segment and the manifest; the manifest is replaced last and
 * atomically, so a crash leaves the previous complete index. Anything unexpected means "rebuild".
 */
import { randomBytes } from 'node:crypto';
import { readdir, rm } from 'node:fs/promises';
import path from 'node:path';
import { Catalog, locationInFile, STALE, type FileRecord, type RestoredLocations } from '../catalog';
import type { ArticleLocation, Problem } from '../model/article';
import { SearchEngine } from '../engine/search-engine';
import { readSegmentFile, reopenStore, writeSegmentFile } from '../engine/segment-file';
import type { Segment } from '../engine/segment';
import { readSnapshot, SnapshotUnusableError, writeSnapshot } from './snapshot-file';

interface Manifest {
  readonly root: string;
  /** Each file's articles are its `count` next numbers in `docs`; `entries` only for containers. */
  readonly files: readonly { readonly path: string; readonly size: number; readonly mtimeMs: number; readonly problems: readonly Problem[]; readonly count: number; readonly entries?: readonly (string | null)[] }[];
  /**
   * Every file's articles in turn, as index documents (the documents of the segments before its own
   * plus its number in its segment): 32-bit integers, base64. Numbers, not ids, so that opening
   * needs neither a million strings nor a check of each against the index.
   */
  readonly docs: string;
  readonly segments: readonly { readonly file: string; readonly checksum: string; readonly deleted: readonly number[] }[];
}

export type LoadedCatalog = { readonly catalog: Catalog; readonly reason: null } | { readonly catalog: null; readonly reason: string };

/** The checksums of segments already written, so a save only writes what is new. */
const written = new WeakMap<Segment, { file: string; checksum: string }>();

const MISMATCH = 'the saved index does not match its articles';

export async function loadCatalog(file: string, root: string): Promise<LoadedCatalog> {
  const opened: Segment[] = [];
  try {
    const manifest = (await readSnapshot(file)) as Partial<Manifest> | null;
    if (!manifest || manifest.root !== root || !Array.isArray(manifest.files) || !Array.isArray(manifest.segments) || typeof manifest.docs !== 'string') {
      return { catalog: null, reason: 'the saved index belongs to another archive or is incomplete' };
    }
    let total = 0;
    let live = 0;
    const segments = manifest.segments.map((entry) => {
      if (path.basename(entry.file) !== entry.file) throw new SnapshotUnusableError('the saved index is damaged (bad segment name)');
      const segment = readSegmentFile(path.join(path.dirname(file), entry.file), entry.checksum);
      opened.push(segment);
      written.set(segment, { file: entry.file, checksum: entry.checksum });
      const deleted = new Uint8Array(segment.docCount);
      for (const local of entry.deleted) deleted[local] = 1;
      const first = total;
      total += segment.docCount;
      live += segment.docCount - deleted.reduce((sum, flag) => sum + flag, 0);
      return { segment, deleted, first };
    });
    const restored = restoreFiles(manifest.files, manifest.docs, segments, total);
    const engine = new SearchEngine(segments);
    // Every listed article is a live document (checked while restoring) and every live document is listed.
    if (!restored || restored.listed !== live) {
      engine.close();
      return { catalog: null, reason: MISMATCH };
    }
    return { catalog: Catalog.restore(engine, restored.files, locator(engine, segments, restored)), reason: null };
  } catch (error) {
    for (const segment of opened) segment.store.close();
    if (error instanceof SnapshotUnusableError) return { catalog: null, reason: error.message };
    return { catalog: null, reason: `the saved index could not be loaded (${error instanceof Error ? error.message : String(error)})` };
  }
}

interface OpenedSegment {
  readonly segment: Segment;
  readonly deleted: Uint8Array;
  /** Its first document's number across all segments. */
  readonly first: number;
}

interface RestoredFiles {
  readonly files: FileRecord[];
  /** Number of distinct live documents the files list. */
  readonly listed: number;
  /** Per document, the first of its articles in `docs` order (-1: none); per article, the next one of the same document. */
  readonly firstArticle: Int32Array;
  readonly nextArticle: Int32Array;
  /** Per file (in `files` order), the number of its first article. */
  readonly fileStart: Int32Array;
}

/** Turns the saved file list into file records, or null when it names a document the index does not hold. */
function restoreFiles(records: Manifest['files'], encodedDocs: string, segments: readonly OpenedSegment[], total: number): RestoredFiles | null {
  const bytes = Buffer.from(encodedDocs, 'base64');
  if (bytes.length % 4 !== 0) return null;
  const docs = new Int32Array(bytes.length / 4);
  new Uint8Array(docs.buffer).set(bytes);
  const firstArticle = new Int32Array(total).fill(-1);
  const nextArticle = new Int32Array(docs.length);
  const fileStart = new Int32Array(records.length);
  // The segment of each document, by its number.
  const owner = new Uint16Array(total);
  segments.forEach(({ segment, first }, index) => owner.fill(index, first, first + segment.docCount));
  let article = 0;
  const files = records.map((record, fileIndex) => {
    const count = record.count;
    if (!Number.isInteger(count) || count < 0 || article + count > docs.length) throw new SnapshotUnusableError(MISMATCH);
    if (record.entries !== undefined && (!Array.isArray(record.entries) || record.entries.length !== count)) throw new SnapshotUnusableError(MISMATCH);
    fileStart[fileIndex] = article;
    const ids = new Array<string>(count);
    for (let position = 0; position < count; position++, article++) {
      const doc = docs[article]!;
      if (!(doc >= 0 && doc < total)) throw new SnapshotUnusableError(MISMATCH);
      const { segment, deleted, first } = segments[owner[doc]!]!;
      if (deleted[doc - first]) throw new SnapshotUnusableError(MISMATCH);
      ids[position] = segment.data.ids[doc - first]!;
    }
    return { path: record.path, size: record.size, mtimeMs: record.mtimeMs, problems: record.problems, ids, entries: record.entries ?? null };
  });
  if (article !== docs.length) return null;
  let listed = 0;
  // Chained from the last article back, so each document's chain is in file order (its first location first).
  for (let at = docs.length - 1; at >= 0; at--) {
    const doc = docs[at]!;
    if (firstArticle[doc] === -1) listed++;
    nextArticle[at] = firstArticle[doc]!;
    firstArticle[doc] = at;
  }
  return { files, listed, firstArticle, nextArticle, fileStart };
}

/** Answers where an article was found from the restored arrays, while the engine's segments are the loaded ones. */
function locator(engine: SearchEngine, segments: readonly OpenedSegment[], restored: RestoredFiles): RestoredLocations {
  const firstOf = new Map(segments.map(({ segment, first }) => [segment, first]));
  return (id) => {
    const where = engine.locate(id);
    if (!where) return undefined;
    const first = firstOf.get(where.segment);
    if (first === undefined) return STALE;
    const locations: ArticleLocation[] = [];
    for (let at = restored.firstArticle[first + where.local]!; at !== -1; at = restored.nextArticle[at]!) {
      const fileIndex = lastAtMost(restored.fileStart, at);
      const record = restored.files[fileIndex]!;
      locations.push(locationInFile(record, at - restored.fileStart[fileIndex]!));
    }
    return locations.length > 0 ? locations : undefined;
  };
}

/** The last index whose value is at most `value`, in an ascending array (files with no articles share a start). */
function lastAtMost(values: Int32Array, value: number): number {
  let low = 0;
  let high = values.length - 1;
  while (low < high) {
    const middle = (low + high + 1) >>> 1;
    if (values[middle]! <= value) low = middle;
    else high = middle - 1;
  }
  return low;
}

/**
 * Writes the segments sealed so far that are not on disk yet and reads their articles from there
 * from now on. Called during a long pass so that a million articles' texts are not all held in
 * memory until its end; the manifest that lists them is written by `saveCatalog` when the pass ends
 * (until then they are unlisted files, removed by the next save if the pass never ends).
 */
export async function saveSealedSegments(file: string, catalog: Catalog): Promise<void> {
  for (const segment of catalog.engine.sealedSegments()) {
    if (written.has(segment)) continue;
    await saveSegment(file, segment);
  }
}

async function saveSegment(file: string, segment: Segment): Promise<SavedSegment> {
  const saved = await writeNewSegment(file, segment);
  reopenStore(segment, path.join(path.dirname(file), saved.file));
  written.set(segment, saved);
  return saved;
}

/** A segment file next to the index file `file`: its name, and its checksum to open it by. */
export interface SavedSegment {
  readonly file: string;
  readonly checksum: string;
}

/** Writes a segment next to the index file under a new name (unlisted until `saveCatalog` lists it). */
export async function writeNewSegment(file: string, segment: Segment): Promise<SavedSegment> {
  const name = `${path.basename(file, '.archivo-index')}.${randomBytes(6).toString('hex')}.archivo-segment`;
  return { file: name, checksum: await writeSegmentFile(path.join(path.dirname(file), name), segment) };
}

/** Opens a segment `writeNewSegment` wrote (in another thread, say); a save will not write it again. */
export function openNewSegment(file: string, saved: SavedSegment): Segment {
  if (path.basename(saved.file) !== saved.file) throw new Error(`bad segment name ${saved.file}`);
  const segment = readSegmentFile(path.join(path.dirname(file), saved.file), saved.checksum, true);
  written.set(segment, saved);
  return segment;
}

export async function saveCatalog(file: string, root: string, catalog: Catalog): Promise<void> {
  const engine = catalog.engine;
  // Down to a few segments (fewer dictionaries to load at the next start); each merged segment is
  // written before the next merge, so only one merge's postings are ever in memory.
  while (engine.compact().length > 0) await saveSealedSegments(file, catalog);
  const dir = path.dirname(file);
  const stem = path.basename(file, '.archivo-index');
  const segments: Manifest['segments'][number][] = [];
  for (const { segment, deleted } of engine.segments()) {
    const saved = written.get(segment) ?? (await saveSegment(file, segment));
    const gone: number[] = [];
    deleted.forEach((flag, local) => flag && gone.push(local));
    segments.push({ file: saved.file, checksum: saved.checksum, deleted: gone });
  }
  const firstOf = new Map<Segment, number>();
  let total = 0;
  for (const { segment } of engine.segments()) {
    firstOf.set(segment, total);
    total += segment.docCount;
  }
  const records = [...catalog.allFiles()];
  const docs = new Int32Array(records.reduce((sum, record) => sum + record.ids.length, 0));
  let article = 0;
  for (const record of records) {
    for (const id of record.ids) {
      const where = engine.locate(id);
      const first = where && firstOf.get(where.segment);
      if (where === undefined || first === undefined) throw new Error(`article ${id} is missing from the index`);
      docs[article++] = first + where.local;
    }
  }
  const manifest: Manifest = {
    root,
    files: records.map((record) => ({
      path: record.path,
      size: record.size,
      mtimeMs: record.mtimeMs,
      problems: record.problems,
      count: record.ids.length,
      ...(record.entries ? { entries: record.entries } : {}),
    })),
    docs: Buffer.from(docs.buffer, docs.byteOffset, docs.byteLength).toString('base64'),
    segments,
  };
  await writeSnapshot(file, manifest);
  // Segments no longer listed (merged away, or left by an interrupted save) are removed.
  const keep = new Set(segments.map((segment) => segment.file));
  for (const name of await readdir(dir).catch(() => [] as string[])) {
    if (name.startsWith(`${stem}.`) && name.endsWith('.archivo-segment') && !keep.has(name)) await rm(path.join(dir, name), { force: true }).catch(() => undefined);
  }
}
