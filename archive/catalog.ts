/**
 * The archive's articles in memory, kept in step with the search index. Exact duplicates (same
 * text, same id) are stored once with every place they were found; removing or changing a file
 * only touches that file's articles, which is what makes re-indexing incremental.
 */
import type { Article, ArticleLocation, Problem } from './model/article';
import type { ReadResult } from './formats/reader';
import { buildArticle } from './build-article';
import { createSearchIndex, toIndexedDocument, type SearchIndex } from './index/search-index';

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

export class Catalog {
  private constructor(
    readonly index: SearchIndex,
    private readonly articles: Map<string, Article>,
    private readonly files: Map<string, FileRecord>,
  ) {}

  static empty(): Catalog {
    return new Catalog(createSearchIndex(), new Map(), new Map());
  }

  /** Rebuilds a catalog from its persisted parts; the caller vouches they belong together. */
  static restore(index: SearchIndex, articles: readonly Article[], files: readonly FileRecord[]): Catalog {
    return new Catalog(index, new Map(articles.map((article) => [article.id, article])), new Map(files.map((file) => [file.path, file])));
  }

  get articleCount(): number {
    return this.articles.size;
  }

  get fileCount(): number {
    return this.files.size;
  }

  getArticle(id: string): Article | undefined {
    return this.articles.get(id);
  }

  allArticles(): IterableIterator<Article> {
    return this.articles.values();
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
      const article = this.articles.get(id);
      if (!article) continue;
      const locations = article.locations.filter((known) => !sameLocation(known, location));
      const first = locations[0];
      if (first === undefined) {
        this.articles.delete(id);
        this.index.discard(id);
      } else {
        this.articles.set(id, { ...article, locations, path: first.path });
      }
    }
  }

  private addLocation(article: Article, location: ArticleLocation): void {
    const known = this.articles.get(article.id);
    if (known) {
      if (!known.locations.some((existing) => sameLocation(existing, location))) {
        this.articles.set(article.id, { ...known, locations: [...known.locations, location] });
      }
      return;
    }
    this.articles.set(article.id, article);
    this.index.add(toIndexedDocument(article));
  }
}

function sameLocation(a: ArticleLocation, b: ArticleLocation): boolean {
  return a.path === b.path && a.entry === b.entry && a.index === b.index;
}
