/**
 * The contract every input format implements. A reader turns the bytes of one file into articles,
 * or explains in plain words why it cannot. Readers never touch the file system: the loader does.
 */
import type { ArticleFormat, ParsedArticle } from '../model/article';
import { reasonOf, type FileProblem, type ProblemReason } from '../model/file-problem';

/**
 * Thrown (or reported) with a reason a journalist can act on, e.g. "not valid JSON at line 3": in
 * English as its message, and in `why` with it as data when it can be said in another language.
 */
export class UnreadableFileError extends Error {
  override readonly name = 'UnreadableFileError';
  readonly why: ProblemReason;

  constructor(problem: string | FileProblem) {
    const why = typeof problem === 'string' ? { reason: problem } : reasonOf(problem);
    super(why.reason);
    this.why = why;
  }
}

export interface ReadArticle {
  readonly article: ParsedArticle;
  readonly format: ArticleFormat;
  /** Text encoding used to decode the bytes (see `decodeText`). */
  readonly encoding: string;
  /** Entry inside a container (ZIP entry name, WARC target URI), when there is one. */
  readonly entry?: string;
}

export interface ReadResult {
  readonly articles: readonly ReadArticle[];
  /** Parts of the file that failed while others succeeded (a bad ZIP entry, a bad JSON line). */
  readonly problems: readonly ({ readonly entry?: string } & ProblemReason)[];
}

export interface ReadContext {
  /** Path relative to the archive root, `/`-separated: for messages and extension checks. */
  readonly path: string;
  /** Lets containers (ZIP) hand their entries back to the format registry. */
  readonly readNested?: (path: string, bytes: Uint8Array) => Promise<ReadResult>;
  /**
   * When given, a reader of many articles (JSON Lines) may hand each one here as soon as it is
   * read instead of returning it in `articles`: the indexer prepares each at once, so a large file's
   * parsed text does not pile up (and outlive the young generation's collections) until the end.
   */
  readonly onArticle?: (article: ReadArticle) => void;
}

export interface FormatReader {
  /** What the reader reads; containers ('zip') hand their entries to other readers. */
  readonly format: ArticleFormat | 'zip';
  /** Lower-case extensions without the dot, e.g. ["txt"], ["warc", "warc.gz"]. */
  readonly extensions: readonly string[];
  /** Content check for files whose extension is shared or missing; receives the decoded start of the file. */
  readonly sniff?: (head: string) => boolean;
  read(bytes: Uint8Array, context: ReadContext): ReadResult | Promise<ReadResult>;
}
