/**
 * JSON, JSON Lines and NDJSON dumps from news scrapers (news-please, trafilatura, newspaper3k,
 * NewsAPI and home-made scripts). Accepted shapes: one article object, an array of them, an object
 * holding them under `articles`/`items`/`data`/… (nested up to three levels), or one JSON value per
 * line. A `.json` file that fails as a whole but reads line by line is taken as JSON Lines, since
 * several scrapers write JSON Lines under a `.json` name.
 *
 * Failure policy: a file that is not JSON, or holds no article-like objects, is an
 * `UnreadableFileError`; inside a file that does hold articles, a bad line or a record with neither
 * title nor text becomes one entry in `problems` and the rest still load.
 */
import type { ParsedArticle } from '../model/article';
import { decodeText, utf8Lines } from '../text/decode';
import { describeJsonError } from './json-error';
import { type FormatReader, type ReadArticle, type ReadContext, type ReadResult, UnreadableFileError } from './reader';
import { TEXT_KEYS, distinctSummary, isRecord, metadataOf, type UntrustedRecord } from './scraper-keys';
import { countOf, htmlToText, looksLikeHtml, splitParagraphs, titleFromText, uniqueParagraphs } from './structured-text';

const CONTAINER_KEYS = ['articles', 'items', 'data', 'results', 'entries', 'posts', 'documents', 'records', 'docs'] as const;
/** Problems listed one by one before the rest are summarised in a single line. */
const MAX_LISTED_PROBLEMS = 20;

type Problem = ReadResult['problems'][number];

function extensionOf(path: string): string {
  const name = path.slice(path.lastIndexOf('/') + 1).toLowerCase();
  const dot = name.lastIndexOf('.');
  return dot < 0 ? '' : name.slice(dot + 1);
}

/** The article records inside a parsed JSON value, without recursion (nesting depth is untrusted). */
function recordsIn(value: unknown): readonly unknown[] {
  let current = value;
  for (let depth = 0; depth < 3 && isRecord(current); depth++) {
    const record: UntrustedRecord = current;
    const key = CONTAINER_KEYS.find((name) => Object.hasOwn(record, name) && (Array.isArray(record[name]) || isRecord(record[name])));
    if (key === undefined) return [record];
    const inner = record[key];
    if (Array.isArray(inner)) return inner;
    current = inner;
  }
  if (Array.isArray(current)) return current;
  return isRecord(current) ? [current] : [];
}

function rawTextOf(record: UntrustedRecord): string | null {
  for (const key of TEXT_KEYS) {
    const value = Object.hasOwn(record, key) ? record[key] : undefined;
    // Some dumps keep the body as an array of paragraph strings.
    const text = Array.isArray(value)
      ? value.filter((part): part is string => typeof part === 'string').join('\n\n')
      : typeof value === 'string'
        ? value
        : '';
    if (text.trim() !== '') return text;
  }
  return null;
}

/** Builds an article from one record; null when the record has neither a title nor any text. */
export function articleFromRecord(record: UntrustedRecord): ParsedArticle | null {
  const meta = metadataOf(record);
  const raw = rawTextOf(record);
  const text = raw === null ? '' : looksLikeHtml(raw) ? htmlToText(raw) : raw;
  // Checked first: searching for '\r' is far cheaper than a regular expression that finds none.
  let body = uniqueParagraphs(splitParagraphs(text.includes('\r') ? text.replace(/\r\n?/g, '\n') : text));
  let summary = meta.summary;
  if (body.length === 0 && summary !== null) {
    // Feeds often carry only a description: it is the text we have, so it is the body.
    body = [summary];
    summary = null;
  }
  const title = meta.title ?? (body[0] === undefined ? null : titleFromText(body[0]));
  if (title === null) return null;
  return {
    title,
    summary: distinctSummary(summary, body),
    author: meta.author,
    date: meta.date,
    dateRaw: meta.dateRaw,
    source: meta.source,
    url: meta.url,
    copyright: meta.copyright,
    language: meta.language,
    body,
    html: null,
    tags: meta.tags,
  };
}

/** Collects problems, listing the first few and counting the rest, so a broken million-line file stays readable. */
class ProblemList {
  readonly listed: Problem[] = [];
  private unlisted = 0;

  add(reason: string): void {
    if (this.listed.length < MAX_LISTED_PROBLEMS) this.listed.push({ reason });
    else this.unlisted++;
  }

  result(): Problem[] {
    return this.unlisted === 0 ? this.listed : [...this.listed, { reason: `${countOf(this.unlisted, 'more problem')} like these not listed` }];
  }
}

interface Collected {
  /** The articles read, unless they are handed to `onArticle` as they are read. */
  readonly articles: ReadArticle[];
  readonly onArticle: ((article: ReadArticle) => void) | undefined;
  /** Articles read, kept or handed over. */
  count: number;
  readonly problems: ProblemList;
  /** Lines that were not JSON at all, counted apart: they decide the message when nothing loads. */
  invalid: { first: string; count: number } | null;
}

const emptyCollection = (onArticle: Collected['onArticle']): Collected => ({ articles: [], onArticle, count: 0, problems: new ProblemList(), invalid: null });

function keep(into: Collected, article: ReadArticle): void {
  into.count++;
  if (into.onArticle) into.onArticle(article);
  else into.articles.push(article);
}

function collect(value: unknown, where: (index: number, count: number) => string, into: Collected, encoding: string): void {
  const records = recordsIn(value);
  records.forEach((record, index) => {
    const article = isRecord(record) ? articleFromRecord(record) : null;
    if (article !== null) keep(into, { article, format: 'json', encoding });
    else into.problems.add(`${where(index, records.length)}: no title or text, skipped`);
  });
}

/** One JSON value per line; a file whose lines are all blank is empty, not a file without articles. */
function readLines(lines: Iterable<string>, encoding: string, onArticle: Collected['onArticle']): Collected {
  const into = emptyCollection(onArticle);
  let index = -1;
  let blank = true;
  for (const line of lines) {
    index++;
    if (line.trim() === '') continue;
    blank = false;
    readLine(line, index, encoding, into);
  }
  if (blank) throw new UnreadableFileError({ kind: 'empty' });
  return into;
}

function readLine(line: string, index: number, encoding: string, into: Collected): void {
  let value: unknown;
  try {
    value = JSON.parse(line);
  } catch (error) {
    const reason = `line ${index + 1}: not valid JSON (${describeJsonError(line, error, false)})`;
    into.problems.add(reason);
    into.invalid = { first: into.invalid?.first ?? reason, count: (into.invalid?.count ?? 0) + 1 };
    return;
  }
  collect(value, (item, count) => (count > 1 ? `line ${index + 1}, item ${item + 1}` : `line ${index + 1}`), into, encoding);
}

/** A `.json` file that is really JSON Lines: its first non-blank line is a complete object on its own. */
function looksLikeJsonLines(text: string): boolean {
  const lines = text.split('\n', 3).filter((line) => line.trim() !== '');
  const firstLine = lines[0];
  if (lines.length < 2 || firstLine === undefined || !firstLine.trimStart().startsWith('{')) return false;
  try {
    return isRecord(JSON.parse(firstLine));
  } catch {
    return false;
  }
}

function finish(collected: Collected): ReadResult {
  if (collected.count > 0) return { articles: collected.articles, problems: collected.problems.result() };
  const { invalid } = collected;
  if (invalid === null) throw new UnreadableFileError({ kind: 'no-json-articles' });
  const more = invalid.count > 1 ? ` (and ${countOf(invalid.count - 1, 'more line')})` : '';
  throw new UnreadableFileError(`not valid JSON Lines: ${invalid.first}${more}`);
}

function read(bytes: Uint8Array, context: ReadContext): ReadResult {
  const extension = extensionOf(context.path);
  const jsonLines = extension === 'jsonl' || extension === 'ndjson';
  const lines = jsonLines ? utf8Lines(bytes) : null;
  if (lines !== null) return finish(readLines(lines, 'utf-8', context.onArticle));
  const { text, encoding } = decodeText(bytes);
  if (jsonLines) return finish(readLines(text.split('\n'), encoding, context.onArticle));
  if (text.trim() === '') throw new UnreadableFileError({ kind: 'empty' });
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    if (looksLikeJsonLines(text)) return finish(readLines(text.split('\n'), encoding, context.onArticle));
    throw new UnreadableFileError(`not valid JSON: ${describeJsonError(text, error)}`);
  }
  const into = emptyCollection(context.onArticle);
  collect(value, (index, count) => (count > 1 ? `item ${index + 1}` : 'the record'), into, encoding);
  return finish(into);
}

export const jsonArticlesReader: FormatReader = {
  format: 'json',
  extensions: ['json', 'jsonl', 'ndjson'],
  sniff: (head) => /^\s*[[{]\s*["{[\]}]/.test(head),
  read,
};
