/**
 * The archive's articles, kept in step with the search index. Exact duplicates (same text, same id)
 * are indexed once with every place they were found; removing or changing a file only touches that
 * file's articles, which is what makes re-indexing incremental. Article texts live in the index's
 * store (on disk once saved) and are read one at a time, so memory does not grow with the archive's
 * text.
 */
import type { Article, ArticleLocation, Problem } from './model/article';
import type { ReadArticle, ReadResult } from './formats/reader';
import { articleTextHash } from './article-hash';
import { newArticle } from './build-article';
import { decodeStoredArticle, encodeNewArticle, type NewArticle, type StoredArticle } from './stored-article';
import { SearchEngine } from './engine/search-engine';
import { documentText, type EngineDocument } from './engine/segment-builder';

export interface FileRecord {
  readonly path: string;
  readonly size: number;
  readonly mtimeMs: number;
  /** The ids of the articles this file contributed, in file order (see `locationInFile` for where each was). */
  readonly ids: readonly string[];
  /** The container entry each article came from, in the same order; null when the file is no container. */
  readonly entries: readonly (string | null)[] | null;
  readonly problems: readonly Problem[];
}

/**
 * Where each article of a freshly loaded index was found, answered from the saved index's typed
 * arrays (no map of a million ids is built to open an archive). Returns `STALE` once the engine's
 * segments are no longer the ones it was built for.
 */
export type RestoredLocations = (id: string) => ArticleLocation[] | undefined | typeof STALE;
export const STALE = Symbol('stale');

export interface FileStamp {
  readonly path: string;
  readonly size: number;
  readonly mtimeMs: number;
}

/** Articles kept parsed and checked after a read: the pages of results just seen and the open article. */
const RECENT_ARTICLES = 512;

export class Catalog {
  /** Set when a stored article failed its content check: the saved index must be rebuilt. */
  damaged = false;
  /** Recently read articles, already checked against their hash (Map order = least recent first). */
  private readonly recent = new Map<string, StoredArticle>();
  /** Every place each article was found; built on first change, until then `restored` answers. */
  private locations: Map<string, ArticleLocation[]> | null;

  private constructor(
    readonly engine: SearchEngine,
    private readonly files: Map<string, FileRecord>,
    private restored: RestoredLocations | null,
  ) {
    this.locations = restored ? null : new Map();
  }

  static empty(): Catalog {
    return new Catalog(new SearchEngine(), new Map(), null);
  }

  /**
   * Rebuilds a catalog from its persisted parts; the caller vouches they belong together (every
   * article the files list is in the engine and the other way round) and that `restored` answers
   * for the engine's segments as they are.
   */
  static restore(engine: SearchEngine, files: readonly FileRecord[], restored: RestoredLocations): Catalog {
    return new Catalog(engine, new Map(files.map((file) => [file.path, file])), restored);
  }

  get articleCount(): number {
    // A restored catalog and its engine hold the same articles (checked at load).
    return this.locations ? this.locations.size : this.engine.documentCount;
  }

  get fileCount(): number {
    return this.files.size;
  }

  getArticle(id: string): Article | undefined {
    const locations = this.locationsOf(id);
    if (!locations) return undefined;
    const stored = this.recent.get(id) ?? this.readArticle(id);
    if (!stored) return undefined;
    // Most recently used goes last; the least recently used is dropped first.
    this.recent.delete(id);
    this.recent.set(id, stored);
    if (this.recent.size > RECENT_ARTICLES) this.recent.delete(this.recent.keys().next().value!);
    return { ...stored, path: locations[0]!.path, locations: [...locations] };
  }

  private locationsOf(id: string): readonly ArticleLocation[] | undefined {
    if (this.restored) {
      const found = this.restored(id);
      if (found !== STALE) return found;
    }
    return this.materialised().get(id);
  }

  /** The map of every article's locations, built from the file records the first time it is needed. */
  private materialised(): Map<string, ArticleLocation[]> {
    if (this.locations) return this.locations;
    const locations = new Map<string, ArticleLocation[]>();
    for (const file of this.files.values()) {
      file.ids.forEach((id, position) => {
        const location = locationInFile(file, position);
        const known = locations.get(id);
        if (known) known.push(location);
        else locations.set(id, [location]);
      });
    }
    this.locations = locations;
    this.restored = null;
    return locations;
  }

  /** Reads an article from the store and checks it against its hash: a mismatch marks the index damaged. */
  private readArticle(id: string): StoredArticle | undefined {
    const bytes = this.engine.readStored(id);
    if (!bytes) return undefined;
    try {
      const stored = decodeStoredArticle(bytes);
      if (articleTextHash(stored) !== stored.sha256 || stored.id !== id) throw new Error('checksum');
      return stored;
    } catch {
      this.damaged = true;
      return undefined;
    }
  }

  allFiles(): IterableIterator<FileRecord> {
    return this.files.values();
  }

  /** True when the file is known with exactly this size and modification time. */
  isUnchanged(stamp: FileStamp): boolean {
    const known = this.files.get(stamp.path);
    return known !== undefined && known.size === stamp.size && known.mtimeMs === stamp.mtimeMs;
  }

  problems(): Problem[] {
    return [...this.files.values()].flatMap((file) => file.problems);
  }

  /** Records what reading a file produced, replacing whatever the file held before. */
  putFile(stamp: FileStamp, result: ReadResult): void {
    this.putPrepared(stamp, prepareFile(stamp.path, result));
  }

  /** `putFile` for a file already turned into articles (possibly in another thread). */
  putPrepared(stamp: FileStamp, prepared: PreparedFile): void {
    const { articles } = prepared;
    this.put(stamp, articles, prepared.problems, (position) => this.engine.add(articles[position]!.document));
  }

  /**
   * `putFile` for a file another thread read: `index` is given the positions of the articles not
   * known before, has that thread index them, and says into which batch and as which documents.
   */
  putFound(stamp: FileStamp, found: FoundArticles, index: (positions: readonly number[]) => { readonly batch: string; readonly locals: readonly number[] }): void {
    const fresh: number[] = [];
    this.put(stamp, found.articles, found.problems, (position) => fresh.push(position));
    const { batch, locals } = index(fresh);
    fresh.forEach((position, n) => this.engine.expect(found.articles[position]!.id, batch, locals[n]!));
  }

  /** Records a file's articles and problems; `index` is called for each article not known before. */
  private put(stamp: FileStamp, articles: readonly FoundArticle[], problems: readonly Problem[], index: (position: number) => void): void {
    this.removeFile(stamp.path);
    const locations = this.materialised();
    const ids: string[] = [];
    const entries: (string | null)[] = [];
    articles.forEach(({ id, location }, position) => {
      const known = locations.get(id);
      if (known) {
        if (!known.some((existing) => sameLocation(existing, location))) known.push(location);
      } else {
        locations.set(id, [location]);
        index(position);
      }
      ids.push(id);
      entries.push(location.entry ?? null);
    });
    // Field by field: a stamp may be a walk's record, whose absolute path the catalog need not keep for every file.
    this.files.set(stamp.path, { path: stamp.path, size: stamp.size, mtimeMs: stamp.mtimeMs, ids, entries: entries.some((entry) => entry !== null) ? entries : null, problems });
  }

  removeFile(path: string): void {
    const record = this.files.get(path);
    if (!record) return;
    const locations = this.materialised();
    this.files.delete(path);
    record.ids.forEach((id, position) => {
      const known = locations.get(id);
      if (!known) return;
      const location = locationInFile(record, position);
      const remaining = known.filter((existing) => !sameLocation(existing, location));
      if (remaining.length === 0) {
        locations.delete(id);
        this.recent.delete(id);
        this.engine.remove(id);
      } else {
        locations.set(id, remaining);
      }
    });
  }
}

/** Where the article at `position` of a file was found: the same rule `prepareFile` writes locations by. */
export function locationInFile(file: Pick<FileRecord, 'path' | 'ids' | 'entries'>, position: number): ArticleLocation {
  return locationIn(file.path, file.entries?.[position] ?? null, file.ids.length > 1 ? position : null);
}

function locationIn(path: string, entry: string | null, index: number | null): ArticleLocation {
  // Runs once per article when locations are built: no spreads (they cost more than the rest).
  if (entry !== null) return index !== null ? { path, entry, index } : { path, entry };
  return index !== null ? { path, index } : { path };
}

/** An article as the catalog keeps it: its id and where it was found. */
export interface FoundArticle {
  readonly id: string;
  readonly location: ArticleLocation;
}

/** What a file held, read in another thread. */
export interface FoundArticles {
  readonly articles: readonly FoundArticle[];
  readonly problems: readonly Problem[];
}

/** An article ready to index: what the catalog keeps of it, and the document the engine indexes. */
export interface PreparedArticle extends FoundArticle {
  readonly document: EngineDocument;
}

/**
 * A file's articles ready to index, and its problems: all the work of `putFile` that needs no
 * index. An article is held as its stored bytes, not as strings, until it is indexed.
 */
export interface PreparedFile {
  readonly articles: readonly PreparedArticle[];
  readonly problems: readonly Problem[];
}

export function prepareFile(path: string, result: ReadResult): PreparedFile {
  const preparer = filePreparer(path);
  result.articles.forEach((read) => preparer.add(read));
  return preparer.finish(result.problems);
}

export interface FilePreparer {
  /** Prepares the file's next article. */
  add(read: ReadArticle): void;
  /** The file prepared, once all its articles were added. */
  finish(problems: ReadResult['problems']): PreparedFile;
}

/**
 * Prepares a file's articles one at a time, as they are read, so that each read article's text is
 * garbage as soon as it is serialized. A location numbers its article within the file only when the
 * file holds more than one: the first article waits until a second comes or the file ends.
 */
export function filePreparer(path: string): FilePreparer {
  const articles: PreparedArticle[] = [];
  let first: ReadArticle | null = null;
  let count = 0;
  const prepare = (read: ReadArticle, index: number | null): void => {
    const location = locationIn(path, read.entry ?? null, index);
    const document = toEngineDocument(newArticle(read));
    articles.push({ id: document.id, location, document });
  };
  return {
    add(read) {
      if (count === 0) first = read;
      else {
        if (first) prepare(first, 0);
        first = null;
        prepare(read, count);
      }
      count++;
    },
    finish(problems) {
      if (first) prepare(first, null);
      first = null;
      return { articles, problems: problems.map(({ entry, ...why }) => ({ path: entry ? `${path} › ${entry}` : path, ...why })) };
    },
  };
}

function toEngineDocument(article: NewArticle): EngineDocument {
  const { bytes: stored, parts, id } = encodeNewArticle(article);
  // Text stored as UTF-16 (a lone surrogate, rare) is indexed from a UTF-8 copy, where it is U+FFFD: a separator either way.
  const searchable = parts ? { text: stored, parts } : documentText([[article.title], [article.summary ?? ''], article.body, [article.author ?? ''], [article.source ?? ''], article.tags ?? []]);
  return {
    id,
    text: searchable.text,
    parts: searchable.parts,
    date: article.date,
    language: article.language,
    source: article.source,
    author: article.author,
    tags: article.tags ?? [],
    stored,
  };
}

function sameLocation(a: ArticleLocation, b: ArticleLocation): boolean {
  return a.path === b.path && a.entry === b.entry && a.index === b.index;
}
