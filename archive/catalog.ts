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

export class Catalog {
  /** Set when a stored article failed its content check: the saved index must be rebuilt. */
  damaged = false;

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
    const bytes = locations && this.engine.readStored(id);
    if (!locations || !bytes) return undefined;
    try {
      const stored = JSON.parse(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('utf8')) as StoredArticle;
      if (createHash('sha256').update(articleText(stored)).digest('hex') !== stored.sha256 || stored.id !== id) throw new Error('checksum');
      return { ...stored, path: locations[0]!.path, locations: [...locations] };
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
    this.removeFile(stamp.path);
    const entries: { id: string; location: ArticleLocation }[] = [];
    result.articles.forEach((read, index) => {
      const location: ArticleLocation = {
        path: stamp.path,
        ...(read.entry !== undefined ? { entry: read.entry } : {}),
        ...(result.articles.length > 1 ? { index } : {}),
      };
      const article = buildArticle(read, location);
      this.addLocation(article, location);
      entries.push({ id: article.id, location });
    });
    const problems = result.problems.map((problem) => ({
      path: problem.entry ? `${stamp.path} › ${problem.entry}` : stamp.path,
      reason: problem.reason,
    }));
    this.files.set(stamp.path, { ...stamp, entries, problems });
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
        this.engine.remove(id);
      } else {
        this.locations.set(id, remaining);
      }
    }
  }

  private addLocation(article: Article, location: ArticleLocation): void {
    const known = this.locations.get(article.id);
    if (known) {
      if (!known.some((existing) => sameLocation(existing, location))) known.push(location);
      return;
    }
    this.locations.set(article.id, [location]);
    this.engine.add(toEngineDocument(article));
  }
}

export function toEngineDocument(article: Article): EngineDocument {
  const { path: _path, locations: _locations, ...stored } = article;
  return {
    id: article.id,
    fields: [article.title, article.summary ?? '', article.body.join('\n\n'), article.author ?? '', article.source ?? '', (article.tags ?? []).join('\n')],
    date: article.date,
    language: article.language,
    source: article.source,
    author: article.author,
    tags: article.tags ?? [],
    stored: Buffer.from(JSON.stringify(stored), 'utf8'),
  };
}

function sameLocation(a: ArticleLocation, b: ArticleLocation): boolean {
  return a.path === b.path && a.entry === b.entry && a.index === b.index;
}
