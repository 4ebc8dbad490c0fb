/**
 * Chooses the reader for a file by extension (longest match first, so "x.warc.gz" is a web archive)
 * or, when the extension says nothing, by sniffing the start of the file. `readFile` never throws:
 * whatever goes wrong becomes a plain-language problem for that file only.
 */
import { reasonOf, type ProblemReason } from '../model/file-problem';
import type { FormatReader, ReadArticle, ReadResult } from './reader';
import { UnreadableFileError } from './reader';

export interface FormatRegistry {
  /** True when some reader may understand a file with this name. */
  handles(path: string): boolean;
  readFile(path: string, bytes: Uint8Array, depth?: number): Promise<ReadResult>;
  /**
   * `readFile`, handing every article to `onArticle` in file order, as soon as it is read where the
   * reader can (see ReadContext.onArticle); returns the problems. If reading fails part way, the
   * articles already handed over stay read.
   */
  readEach(path: string, bytes: Uint8Array, onArticle: (article: ReadArticle) => void): Promise<ReadResult['problems']>;
}

const SNIFF_BYTES = 2048;
const MAX_CONTAINER_DEPTH = 2;

export function createFormatRegistry(readers: readonly FormatReader[]): FormatRegistry {
  const byExtension = new Map<string, FormatReader>();
  for (const reader of readers) {
    for (const extension of reader.extensions) byExtension.set(extension.toLowerCase(), reader);
  }
  const longestFirst = [...byExtension.keys()].sort((a, b) => b.length - a.length);

  function readerByName(path: string): FormatReader | undefined {
    const name = path.slice(path.lastIndexOf('/') + 1).toLowerCase();
    const extension = longestFirst.find((candidate) => name.endsWith(`.${candidate}`));
    return extension === undefined ? undefined : byExtension.get(extension);
  }

  function readerByContent(bytes: Uint8Array): FormatReader | undefined {
    const head = new TextDecoder('utf-8').decode(bytes.subarray(0, SNIFF_BYTES));
    return readers.find((reader) => reader.sniff?.(head));
  }

  async function readFile(path: string, bytes: Uint8Array, depth = 0, onArticle?: (article: ReadArticle) => void): Promise<ReadResult> {
    const reader = readerByName(path) ?? readerByContent(bytes);
    if (!reader) return failure(reasonOf({ kind: 'unknown-format' }));
    try {
      return await reader.read(bytes, {
        path,
        readNested: depth < MAX_CONTAINER_DEPTH ? (inner, innerBytes) => readFile(inner, innerBytes, depth + 1) : undefined,
        onArticle,
      });
    } catch (error) {
      if (error instanceof UnreadableFileError) return failure(error.why);
      // A reader bug must not stop the archive, but it must not look like the user's fault either.
      return failure({ reason: `Archivo could not read this file (${error instanceof Error ? error.message : String(error)})` });
    }
  }

  return {
    handles: (path) => readerByName(path) !== undefined,
    readFile: (path, bytes, depth) => readFile(path, bytes, depth),
    async readEach(path, bytes, onArticle) {
      const { articles, problems } = await readFile(path, bytes, 0, onArticle);
      // Readers that return their articles instead (most: one article a file) are handed on here.
      articles.forEach((article) => onArticle(article));
      return problems;
    },
  };
}

function failure(why: ProblemReason): ReadResult {
  return { articles: [], problems: [why] };
}
