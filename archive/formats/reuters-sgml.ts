/**
 * Reuters-21578-style SGML newswire (`reut2-000.sgm` …): many `<REUTERS …>` records per file, each
 * with DATE, TOPICS/PLACES lists, and a TEXT holding TITLE, DATELINE, optional AUTHOR and BODY.
 *
 * Choices worth knowing:
 * - Wire bodies are wrapped at ~70 columns; a new paragraph starts with an indented line or after a
 *   blank line. Wrapped lines are joined back into paragraphs.
 * - The DATELINE ("SALVADOR, Feb 26 -") is kept as the start of the first paragraph, the way the
 *   story reads on the wire, unless the body already starts with it. It is not a separate field.
 * - The " Reuter" sign-off and the `&#3;` end-of-story mark are dropped; control-character entities
 *   (`&#5;`, `&#22;`, …) are transmission framing and decode to nothing.
 * - `TYPE="UNPROC"` records have no TITLE/BODY tags: the first line of their text is the title.
 *   `TYPE="BRIEF"` records are headlines whose body is the corpus placeholder "Blah blah blah.",
 *   which is dropped: they load as headline-only articles.
 * - Records with neither title nor text are skipped and counted in one problem line.
 * - The records' source is Reuters and the rights notice is the collection's: copyright Reuters Ltd.
 */
import type { ParsedArticle } from '../model/article';
import { decodeText } from '../text/decode';
import { type FormatReader, type ReadArticle, type ReadResult, UnreadableFileError } from './reader';
import { countOf, decodeEntities, stripControls } from './structured-text';
import { collapseSpaces } from '../text/collapse-spaces';

const SOURCE = 'Reuters';
const COPYRIGHT = 'Copyright Reuters Ltd';
const OPEN_RECORD = '<REUTERS';
const CLOSE_RECORD = '</REUTERS>';
const MONTHS = ['JAN', 'FEB', 'MAR', 'APR', 'MAY', 'JUN', 'JUL', 'AUG', 'SEP', 'OCT', 'NOV', 'DEC'];
const PLACEHOLDER_BODY = /^blah blah blah\.?$/i;
const SIGN_OFF = /^reuters?\.*(?:\^M)?$/i;
/** The sign-off sometimes shares the last line, after a run of spaces: "total 55.8 (33.7).        REUTER". */
const TRAILING_SIGN_OFF = /\s{2,}reuters?\.*(?:\^M)?\s*$/i;

/** The content of the first `<TAG …>…</TAG>` in `record`, or null. Found with indexOf: linear, no regex backtracking. */
function element(record: string, tag: string): { readonly attributes: string; readonly content: string; readonly end: number } | null {
  let from = 0;
  for (;;) {
    const start = record.indexOf(`<${tag}`, from);
    if (start < 0) return null;
    const next = record[start + tag.length + 1];
    if (next !== '>' && next !== ' ' && next !== '\n' && next !== '\t') {
      from = start + 1;
      continue;
    }
    const openEnd = record.indexOf('>', start);
    if (openEnd < 0) return null;
    const close = record.indexOf(`</${tag}>`, openEnd);
    const contentEnd = close < 0 ? record.length : close;
    return {
      attributes: record.slice(start + tag.length + 1, openEnd),
      content: record.slice(openEnd + 1, contentEnd),
      end: close < 0 ? record.length : close + tag.length + 3,
    };
  }
}

/** Entities decoded, framing control characters removed. */
function plain(sgml: string): string {
  return stripControls(decodeEntities(sgml));
}

function oneLine(sgml: string | undefined): string | null {
  if (sgml === undefined) return null;
  const text = collapseSpaces(plain(sgml));
  return text === '' ? null : text;
}

/** The `<D>` values of a list element such as `<TOPICS><D>cocoa</D></TOPICS>`. */
function listValues(record: string, tag: string): string[] {
  const list = element(record, tag)?.content ?? '';
  const values: string[] = [];
  for (let from = list.indexOf('<D>'); from >= 0; from = list.indexOf('<D>', from + 3)) {
    const end = list.indexOf('</D>', from);
    const value = oneLine(list.slice(from + 3, end < 0 ? list.length : end));
    if (value !== null) values.push(value);
  }
  return values;
}

/**
 * "26-FEB-1987 15:01:01.79" → 1987-02-26, with the raw form cleaned of the tab-separated routing
 * codes some records carry ("…15:01:01.79\t\t\tC T"). Only a real calendar date is returned.
 */
export function reutersDate(sgml: string | undefined): { date: string | null; dateRaw: string | null } {
  const raw = sgml === undefined ? null : collapseSpaces(plain(sgml).split('\t')[0] ?? '');
  if (raw === null || raw === '') return { date: null, dateRaw: null };
  const match = /^(\d{1,2})-([A-Za-z]{3})-(\d{4})\b/.exec(raw);
  const month = match ? MONTHS.indexOf((match[2] ?? '').toUpperCase()) + 1 : 0;
  if (!match || month === 0) return { date: null, dateRaw: raw };
  const [year, day] = [Number(match[3]), Number(match[1])];
  const check = new Date(Date.UTC(year, month - 1, day));
  if (check.getUTCMonth() !== month - 1 || check.getUTCDate() !== day) return { date: null, dateRaw: raw };
  return { date: `${match[3]}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`, dateRaw: raw };
}

/**
 * A last line "Reuter" is the sign-off when it stands apart (indented, or after a finished sentence);
 * after "a bank official told" it is the last word of the story.
 */
function isSignOff(line: string, previous: string): boolean {
  if (!SIGN_OFF.test(line.trim())) return false;
  return /^\s/.test(line) || previous.trim() === '' || /[.!?"')\]:]$/.test(previous.trim());
}

/** Rejoins wire lines into paragraphs: an indented or post-blank line starts a new one; the sign-off goes. */
export function reflow(text: string): string[] {
  const lines = plain(text).split('\n');
  while (lines.length > 0 && (lines.at(-1)?.trim() === '' || isSignOff(lines.at(-1) ?? '', lines.at(-2) ?? ''))) lines.pop();
  const last = lines.at(-1);
  if (last !== undefined) lines[lines.length - 1] = last.replace(TRAILING_SIGN_OFF, '');
  const paragraphs: string[] = [];
  let current = '';
  const flush = (): void => {
    const paragraph = collapseSpaces(current);
    if (paragraph !== '') paragraphs.push(paragraph);
    current = '';
  };
  for (const line of lines) {
    if (line.trim() === '') flush();
    else {
      if (/^\s/.test(line)) flush();
      current += ` ${line}`;
    }
  }
  flush();
  return paragraphs;
}

/** "    By Rich Miller, Reuters" → "Rich Miller". */
function authorOf(sgml: string | undefined): string | null {
  const byline = oneLine(sgml);
  if (byline === null) return null;
  const name = byline.replace(/^by\s+/i, '').replace(/,?\s*reuters?\.?$/i, '').trim();
  return name === '' ? null : name;
}

function withDateline(dateline: string | null, body: string[]): string[] {
  const [first, ...rest] = body;
  if (dateline === null || first === undefined) return body;
  const place = dateline.replace(/\s*-$/, '');
  if (first.toLowerCase().startsWith(place.toLowerCase())) return body;
  return [`${place} - ${first}`, ...rest];
}

/** One record → an article, or null when it has neither a title nor any text. */
export function articleFromRecord(record: string): ParsedArticle | null {
  const text = element(record, 'TEXT');
  const titleElement = text === null ? null : element(text.content, 'TITLE');
  const bodyElement = text === null ? null : element(text.content, 'BODY');
  let title = oneLine(titleElement?.content)?.replace(/^\*+\s*/, '') ?? null;
  let bodySgml = bodyElement?.content ?? (titleElement ? text?.content.slice(titleElement.end) : text?.content) ?? '';
  if (title === null && bodyElement === null) {
    // Unprocessed records: the first line of the text is its headline.
    const lines = plain(bodySgml).split('\n');
    const firstLine = lines.findIndex((line) => line.trim() !== '');
    title = firstLine < 0 ? null : collapseSpaces(lines[firstLine] ?? '');
    bodySgml = firstLine < 0 ? '' : lines.slice(firstLine + 1).join('\n');
  }
  let body = reflow(bodySgml);
  if (body.length === 1 && PLACEHOLDER_BODY.test(body[0] ?? '')) body = [];
  if (title === null || title === '') {
    if (body.length === 0) return null;
    title = body[0] ?? '';
  }
  const dateline = text === null ? null : oneLine(element(text.content, 'DATELINE')?.content);
  return {
    title,
    summary: null,
    author: text === null ? null : authorOf(element(text.content, 'AUTHOR')?.content),
    ...reutersDate(element(record, 'DATE')?.content),
    source: SOURCE,
    url: null,
    copyright: COPYRIGHT,
    language: 'en',
    body: withDateline(dateline, body),
    html: null,
    tags: [...new Set([...listValues(record, 'TOPICS'), ...listValues(record, 'PLACES')])],
  };
}

/** The text of each `<REUTERS …>` record, in file order; a truncated last record runs to the end of the file. */
function* records(text: string): Generator<string> {
  // The next close tag is searched again only once passed, so a file without any stays linear.
  let end = text.indexOf(CLOSE_RECORD);
  for (let start = text.indexOf(OPEN_RECORD); start >= 0; ) {
    if (end >= 0 && end < start) end = text.indexOf(CLOSE_RECORD, start);
    const next = text.indexOf(OPEN_RECORD, start + OPEN_RECORD.length);
    // A missing close tag must not swallow the following records.
    const stop = end >= 0 && (next < 0 || end < next) ? end : next >= 0 ? next : text.length;
    yield text.slice(start, stop);
    start = next;
  }
}

/**
 * Decodes the file. The corpus is ASCII with entity-encoded control characters, which `decodeText`
 * accepts; should a copy carry raw control bytes, a file with Reuters records is still read as
 * Windows-1252 rather than rejected as binary.
 */
function decode(bytes: Uint8Array): { text: string; encoding: string } {
  try {
    return decodeText(bytes);
  } catch (error) {
    const text = new TextDecoder('windows-1252').decode(bytes).replace(/\r\n?/g, '\n');
    if (error instanceof UnreadableFileError && !text.includes('\u0000') && /<REUTERS[\s>]/.test(text)) return { text, encoding: 'windows-1252' };
    throw error;
  }
}

function read(bytes: Uint8Array): ReadResult {
  const { text, encoding } = decode(bytes);
  const articles: ReadArticle[] = [];
  let skipped = 0;
  let seen = 0;
  for (const record of records(text)) {
    seen++;
    const article = articleFromRecord(record);
    if (article === null) skipped++;
    else articles.push({ article, format: 'reuters-sgml', encoding });
  }
  if (seen === 0) throw new UnreadableFileError({ kind: 'no-reuters-records' });
  if (articles.length === 0) throw new UnreadableFileError(`none of the ${countOf(seen, 'record')} has a title or text`);
  const problems = skipped === 0 ? [] : [{ reason: `${countOf(skipped, 'record')} without title or text ${skipped === 1 ? 'was' : 'were'} skipped` }];
  return { articles, problems };
}

export const reutersSgmlReader: FormatReader = {
  format: 'reuters-sgml',
  extensions: ['sgm', 'sgml'],
  sniff: (head) => /^\s*(?:<!DOCTYPE[^>]{0,200}>\s*)?<REUTERS[\s>]/i.test(head),
  read,
};
