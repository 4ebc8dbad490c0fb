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
import { Catalog, type FileRecord } from '../catalog';
import type { ArticleLocation, Problem } from '../model/article';
import { SearchEngine } from '../engine/search-engine';
import { readSegmentFile, reopenStore, writeSegmentFile } from '../engine/segment-file';
import type { Segment } from '../engine/segment';
import { readSnapshot, SnapshotUnusableError, writeSnapshot } from './snapshot-file';

/** A file's articles as [id, index in file, container entry]. */
type CompactEntry = [id: string, index: number | null, entry: string | null];

interface Manifest {
  readonly root: string;
  readonly files: readonly { readonly path: string; readonly size: number; readonly mtimeMs: number; readonly problems: readonly Problem[]; readonly entries: readonly CompactEntry[] }[];
  readonly segments: readonly { readonly file: string; readonly checksum: string; readonly deleted: readonly number[] }[];
}

export type LoadedCatalog = { readonly catalog: Catalog; readonly reason: null } | { readonly catalog: null; readonly reason: string };

/** The checksums of segments already written, so a save only writes what is new. */
const written = new WeakMap<Segment, { file: string; checksum: string }>();

export async function loadCatalog(file: string, root: string): Promise<LoadedCatalog> {
  const opened: Segment[] = [];
  try {
    const manifest = (await readSnapshot(file)) as Partial<Manifest> | null;
    if (!manifest || manifest.root !== root || !Array.isArray(manifest.files) || !Array.isArray(manifest.segments)) {
      return { catalog: null, reason: 'the saved index belongs to another archive or is incomplete' };
    }
    const segments = manifest.segments.map((entry) => {
      if (path.basename(entry.file) !== entry.file) throw new SnapshotUnusableError('the saved index is damaged (bad segment name)');
      const segment = readSegmentFile(path.join(path.dirname(file), entry.file), entry.checksum);
      opened.push(segment);
      written.set(segment, { file: entry.file, checksum: entry.checksum });
      const deleted = new Uint8Array(segment.docCount);
      for (const local of entry.deleted) deleted[local] = 1;
      return { segment, deleted };
    });
    const records: Manifest['files'] = manifest.files;
    const files: FileRecord[] = records.map((record) => ({
      path: record.path,
      size: record.size,
      mtimeMs: record.mtimeMs,
      problems: record.problems,
      entries: record.entries.map(([id, index, entry]) => ({ id, location: location(record.path, index, entry) })),
    }));
    const engine = new SearchEngine(segments);
    const catalog = Catalog.restore(engine, files);
    if (engine.documentCount !== catalog.articleCount || files.some((record) => record.entries.some(({ id }) => !engine.has(id)))) {
      engine.close();
      return { catalog: null, reason: 'the saved index does not match its articles' };
    }
    return { catalog, reason: null };
  } catch (error) {
    for (const segment of opened) segment.store.close();
    if (error instanceof SnapshotUnusableError) return { catalog: null, reason: error.message };
    return { catalog: null, reason: `the saved index could not be loaded (${error instanceof Error ? error.message : String(error)})` };
  }
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

async function saveSegment(file: string, segment: Segment): Promise<{ file: string; checksum: string }> {
  const name = `${path.basename(file, '.archivo-index')}.${randomBytes(6).toString('hex')}.archivo-segment`;
  const target = path.join(path.dirname(file), name);
  const checksum = await writeSegmentFile(target, segment);
  reopenStore(segment, target);
  const saved = { file: name, checksum };
  written.set(segment, saved);
  return saved;
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
  const manifest: Manifest = {
    root,
    files: [...catalog.allFiles()].map((record) => ({
      path: record.path,
      size: record.size,
      mtimeMs: record.mtimeMs,
      problems: record.problems,
      entries: record.entries.map(({ id, location: where }) => [id, where.index ?? null, where.entry ?? null] as CompactEntry),
    })),
    segments,
  };
  await writeSnapshot(file, manifest);
  // Segments no longer listed (merged away, or left by an interrupted save) are removed.
  const keep = new Set(segments.map((segment) => segment.file));
  for (const name of await readdir(dir).catch(() => [] as string[])) {
    if (name.startsWith(`${stem}.`) && name.endsWith('.archivo-segment') && !keep.has(name)) await rm(path.join(dir, name), { force: true }).catch(() => undefined);
  }
}

function location(filePath: string, index: number | null, entry: string | null): ArticleLocation {
  // Runs once per article at load: no spreads (they cost more than the rest of the loop).
  if (entry !== null) return index !== null ? { path: filePath, entry, index } : { path: filePath, entry };
  return index !== null ? { path: filePath, index } : { path: filePath };
}
