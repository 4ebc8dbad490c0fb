/**
 * The archive's articles, kept in step with the search index. Exact duplicates (same text, same id)
 * are indexed once with every place they were found; removing or changing a file only touches that
 * file's articles, which is what makes re-indexing incremental. Article texts live in the index's
 * store (on disk once saved) and are read one at a time, so memory does not grow with the archive's
 * text.
 */
import { createHash } from 'node:crypto';
import type { Article, ArticleLocation, Problem } from './model/article';
import type { ReadResult } from './formats/reader';
import { articleText, buildArticle } from './build-article';
import { SearchEngine } from './engine/search-engine';
import type { EngineDocument } from './engine/segment-builder';

export interface FileRecord {
  readonly path: string;
  readonly size: number;
  readonly mtimeMs: number;
  /** The articles this file contributed, by id, with where in the file each was found. */
  readonly entries: readonly { readonly id: string; readonly location: ArticleLocation }[];
  readonly problems: readonly Problem[];
}

export interface FileStamp {
  readonly path: string;
  readonly size: number;
  readonly mtimeMs: number;
}

/** The article as stored: everything but where it was found, which changes without the text changing. */
type StoredArticle = Omit<Article, 'path' | 'locations'>;

/** Articles kept parsed and checked after a read: the pages of results just seen and the open article. */
const RECENT_ARTICLES = 512;

export class Catalog {
  /** Set when a stored article failed its content check: the saved index must be rebuilt. */
  damaged = false;
  /** Recently read articles, already checked against their hash (Map order = least recent first). */
  private readonly recent = new Map<string, StoredArticle>();

  private constructor(
    readonly engine: SearchEngine,
    private readonly locations: Map<string, ArticleLocation[]>,
    private readonly files: Map<string, FileRecord>,
  ) {}

  static empty(): Catalog {
    return new Catalog(new SearchEngine(), new Map(), new Map());
  }

  /** Rebuilds a catalog from its persisted parts; the caller vouches they belong together. */
  static restore(engine: SearchEngine, files: readonly FileRecord[]): Catalog {
    const locations = new Map<string, ArticleLocation[]>();
    for (const file of files) {
      for (const { id, location } of file.entries) {
        const known = locations.get(id);
        if (known) known.push(location);
        else locations.set(id, [location]);
      }
    }
    return new Catalog(engine, locations, new Map(files.map((file) => [file.path, file])));
  }

  get articleCount(): number {
    return this.locations.size;
  }

  get fileCount(): number {
    return this.files.size;
  }

  getArticle(id: string): Article | undefined {
    const locations = this.locations.get(id);
    if (!locations) return undefined;
    const stored = this.recent.get(id) ?? this.readArticle(id);
    if (!stored) return undefined;
    // Most recently used goes last; the least recently used is dropped first.
    this.recent.delete(id);
    this.recent.set(id, stored);
    if (this.recent.size > RECENT_ARTICLES) this.recent.delete(this.recent.keys().next().value!);
    return { ...stored, path: locations[0]!.path, locations: [...locations] };
  }

  /** Reads an article from the store and checks it against its hash: a mismatch marks the index damaged. */
  private readArticle(id: string): StoredArticle | undefined {
    const bytes = this.engine.readStored(id);
    if (!bytes) return undefined;
    try {
      const stored = JSON.parse(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('utf8')) as StoredArticle;
      if (createHash('sha256').update(articleText(stored)).digest('hex') !== stored.sha256 || stored.id !== id) throw new Error('checksum');
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
    this.removeFile(stamp.path);
    const entries: { id: string; location: ArticleLocation }[] = [];
    for (const { article, stored } of prepared.articles) {
      const location = article.locations[0]!;
      this.addLocation(article, location, stored);
      entries.push({ id: article.id, location });
    }
    this.files.set(stamp.path, { ...stamp, entries, problems: prepared.problems });
  }

  removeFile(path: string): void {
    const record = this.files.get(path);
    if (!record) return;
    this.files.delete(path);
    for (const { id, location } of record.entries) {
      const known = this.locations.get(id);
      if (!known) continue;
      const remaining = known.filter((existing) => !sameLocation(existing, location));
      if (remaining.length === 0) {
        this.locations.delete(id);
        this.recent.delete(id);
        this.engine.remove(id);
      } else {
        this.locations.set(id, remaining);
      }
    }
  }

  private addLocation(article: Article, location: ArticleLocation, stored: Uint8Array): void {
    const known = this.locations.get(article.id);
    if (known) {
      if (!known.some((existing) => sameLocation(existing, location))) known.push(location);
      return;
    }
    this.locations.set(article.id, [location]);
    this.engine.add(toEngineDocument(article, stored));
  }
}

/** A file's articles with their stored form, and its problems: all the work of `putFile` that needs no index. */
export interface PreparedFile {
  readonly articles: readonly { readonly article: Article; readonly stored: Uint8Array }[];
  readonly problems: readonly Problem[];
}

export function prepareFile(path: string, result: ReadResult): PreparedFile {
  const articles = result.articles.map((read, index) => {
    const location: ArticleLocation = {
      path,
      ...(read.entry !== undefined ? { entry: read.entry } : {}),
      ...(result.articles.length > 1 ? { index } : {}),
    };
    const article = buildArticle(read, location);
    return { article, stored: storedForm(article) };
  });
  const problems = result.problems.map((problem) => ({
    path: problem.entry ? `${path} › ${problem.entry}` : path,
    reason: problem.reason,
  }));
  return { articles, problems };
}

/** The article as the store keeps it: everything but where it was found. */
function storedForm(article: Article): Uint8Array {
  const { path: _path, locations: _locations, ...stored } = article;
  return Buffer.from(JSON.stringify(stored), 'utf8');
}

export function toEngineDocument(article: Article, stored: Uint8Array = storedForm(article)): EngineDocument {
  return {
    id: article.id,
    fields: [article.title, article.summary ?? '', article.body.join('\n\n'), article.author ?? '', article.source ?? '', (article.tags ?? []).join('\n')],
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
