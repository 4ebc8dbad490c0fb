/**
 * Markdown articles (`.md`, `.markdown`) with optional YAML front matter, as written by static-site
 * generators, note apps and scraping scripts.
 *
 * Front matter is read with js-yaml's core schema: plain data only (no custom or `!!js` tags, no
 * timestamps turned into Date objects, so a date stays exactly as written), a bounded number of
 * aliases, and js-yaml's default depth limit.
 *
 * Malformed front matter (invalid YAML, or YAML that is not a mapping) does not cost the user the
 * article: the body is still read, and one problem entry says what was wrong and that the metadata
 * was ignored. Only a file with no readable text at all is an `UnreadableFileError`.
 */
import { CORE_SCHEMA, load } from 'js-yaml';
import type { ParsedArticle } from '../model/article';
import { decodeText } from '../text/decode';
import { type MarkdownBlock, markdownBlocks } from './markdown-blocks';
import { type FormatReader, type ReadContext, type ReadResult, UnreadableFileError } from './reader';
import { type ArticleMetadata, distinctSummary, isRecord, metadataOf } from './scraper-keys';
import { uniqueParagraphs } from './structured-text';

const OPENING = /^---[ \t]*\n/;
const CLOSING = /^(?:---|\.\.\.)[ \t]*$/;
const MAX_ALIASES = 100;

interface FrontMatter {
  readonly yaml: string | null;
  readonly body: string;
}

/** Front matter is a `---` first line up to the next `---` (or `...`) line; without a closing line there is none. */
export function splitFrontMatter(text: string): FrontMatter {
  const opening = OPENING.exec(text);
  if (opening === null) return { yaml: null, body: text };
  let lineStart = opening[0].length;
  while (lineStart <= text.length) {
    const newline = text.indexOf('\n', lineStart);
    const lineEnd = newline < 0 ? text.length : newline;
    if (CLOSING.test(text.slice(lineStart, lineEnd))) {
      return { yaml: text.slice(opening[0].length, lineStart), body: text.slice(lineEnd + 1) };
    }
    if (newline < 0) break;
    lineStart = newline + 1;
  }
  return { yaml: null, body: text };
}

type FrontMatterResult = { readonly meta: ArticleMetadata | null; readonly problem: string | null };

/** Parses front matter; a failure is described (with its line in the file) rather than thrown. */
export function readFrontMatter(yaml: string): FrontMatterResult {
  if (yaml.trim() === '') return { meta: null, problem: null };
  let value: unknown;
  try {
    value = load(yaml, { schema: CORE_SCHEMA, maxAliases: MAX_ALIASES });
  } catch (error) {
    return { meta: null, problem: `front matter is not valid YAML (${yamlErrorText(error)}); it was ignored and the text read without it` };
  }
  if (value === null || value === undefined) return { meta: null, problem: null };
  if (!isRecord(value)) {
    return { meta: null, problem: 'front matter is not a list of "key: value" fields; it was ignored and the text read without it' };
  }
  return { meta: metadataOf(value), problem: null };
}

function yamlErrorText(error: unknown): string {
  if (!(error instanceof Error)) return String(error);
  const { reason, mark } = error as Error & { reason?: unknown; mark?: { line?: unknown; column?: unknown } };
  const text = typeof reason === 'string' && reason !== '' ? reason : (error.message.split('\n')[0] ?? '');
  if (typeof mark?.line !== 'number' || typeof mark.column !== 'number') return text;
  // +2: js-yaml counts from 0, and the file has the opening `---` line before the YAML.
  return `line ${mark.line + 2}, column ${mark.column + 1}: ${text}`;
}

function sameText(a: string, b: string): boolean {
  return a.localeCompare(b, undefined, { sensitivity: 'base' }) === 0;
}

/** "notes/2017-02-15_mixco-violence.md" → "2017-02-15 mixco violence": the last resort for a title. */
function titleFromPath(path: string): string | null {
  const name = path.slice(path.lastIndexOf('/') + 1).replace(/\.(?:md|markdown)$/i, '');
  const title = name.replace(/[_]+|(?<=\D)-+|-+(?=\D)/g, ' ').replace(/\s+/g, ' ').trim();
  return title === '' ? null : title;
}

/**
 * The headline: front matter `title`, else the first heading when the text starts with one, else
 * the first level-1 heading anywhere. The heading used (or one repeating the front matter title)
 * leaves the body, so the headline is not shown twice.
 */
function pickTitle(metaTitle: string | null, blocks: readonly MarkdownBlock[]): { title: string | null; rest: readonly MarkdownBlock[] } {
  const [firstBlock] = blocks;
  if (metaTitle !== null) {
    const repeated = firstBlock?.kind === 'heading' && sameText(firstBlock.text, metaTitle);
    return { title: metaTitle, rest: repeated ? blocks.slice(1) : blocks };
  }
  const index = firstBlock?.kind === 'heading' ? 0 : blocks.findIndex((block) => block.kind === 'heading' && block.level === 1);
  const heading = blocks[index];
  if (heading === undefined) return { title: null, rest: blocks };
  return { title: heading.text, rest: [...blocks.slice(0, index), ...blocks.slice(index + 1)] };
}

function read(bytes: Uint8Array, context: ReadContext): ReadResult {
  const { text, encoding } = decodeText(bytes);
  if (text.trim() === '') throw new UnreadableFileError({ kind: 'empty' });
  const { yaml, body: markdown } = splitFrontMatter(text);
  const { meta, problem } = yaml === null ? { meta: null, problem: null } : readFrontMatter(yaml);
  const picked = pickTitle(meta?.title ?? null, markdownBlocks(markdown));
  const body = uniqueParagraphs(picked.rest.map((block) => block.text));
  if (picked.title === null && body.length === 0) {
    throw new UnreadableFileError(problem ?? 'the file has front matter but no title and no text');
  }
  const title = picked.title ?? titleFromPath(context.path) ?? body[0] ?? '';
  const article: ParsedArticle = {
    title,
    summary: distinctSummary(meta?.summary ?? null, body),
    author: meta?.author ?? null,
    date: meta?.date ?? null,
    dateRaw: meta?.dateRaw ?? null,
    source: meta?.source ?? null,
    url: meta?.url ?? null,
    copyright: meta?.copyright ?? null,
    language: meta?.language ?? null,
    body,
    html: null,
    tags: meta?.tags ?? [],
  };
  return { articles: [{ article, format: 'markdown', encoding }], problems: problem === null ? [] : [{ reason: problem }] };
}

export const markdownReader: FormatReader = {
  format: 'markdown',
  extensions: ['md', 'markdown'],
  read,
};
