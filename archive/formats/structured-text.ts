/**
 * Small text helpers shared by the structured readers (JSON dumps, Markdown, Reuters SGML): entity
 * decoding, paragraph splitting, tag stripping. Everything here is linear in the input size, because
 * a 3 MB single-line file is a normal input, not an attack.
 */
import { collapseSpaces } from '../text/collapse-spaces';

/** Latin-1 named entities (code points 160–255, in order), the ones Spanish and Portuguese pages use. */
const LATIN1_NAMES =
  'nbsp iexcl cent pound curren yen brvbar sect uml copy ordf laquo not shy reg macr deg plusmn sup2 sup3 ' +
  'acute micro para middot cedil sup1 ordm raquo frac14 frac12 frac34 iquest Agrave Aacute Acirc Atilde Auml ' +
  'Aring AElig Ccedil Egrave Eacute Ecirc Euml Igrave Iacute Icirc Iuml ETH Ntilde Ograve Oacute Ocirc Otilde ' +
  'Ouml times Oslash Ugrave Uacute Ucirc Uuml Yacute THORN szlig agrave aacute acirc atilde auml aring aelig ' +
  'ccedil egrave eacute ecirc euml igrave iacute icirc iuml eth ntilde ograve oacute ocirc otilde ouml divide ' +
  'oslash ugrave uacute ucirc uuml yacute thorn yuml';

const NAMED_ENTITIES: ReadonlyMap<string, string> = new Map([
  ...LATIN1_NAMES.split(' ').map((name, i) => [name, String.fromCodePoint(160 + i)] as const),
  ['amp', '&'],
  ['lt', '<'],
  ['gt', '>'],
  ['quot', '"'],
  ['apos', "'"],
  ['ndash', '\u2013'],
  ['mdash', '\u2014'],
  ['lsquo', '\u2018'],
  ['rsquo', '\u2019'],
  ['ldquo', '\u201c'],
  ['rdquo', '\u201d'],
  ['hellip', '\u2026'],
  ['euro', '\u20ac'],
  ['trade', '\u2122'],
]);

const ENTITY = /&(?:#(\d{1,7})|#[xX]([0-9a-fA-F]{1,6})|([A-Za-z][A-Za-z0-9]{1,7}));/g;

/** C0 controls (except tab and newline) and DEL: wire-service framing, never content. */
const CONTROL = /[\u0000-\u0008\u000b-\u001f\u007f]/g;

/**
 * Decodes HTML/SGML character references. Numeric references to control characters (the `&#3;`
 * end-of-story marks in newswire) decode to nothing; unknown names are left as written.
 */
export function decodeEntities(text: string): string {
  if (!text.includes('&')) return text;
  return text.replace(ENTITY, (whole, decimal?: string, hex?: string, name?: string) => {
    if (name !== undefined) return NAMED_ENTITIES.get(name) ?? whole;
    const code = decimal !== undefined ? Number.parseInt(decimal, 10) : Number.parseInt(hex ?? '', 16);
    if (code === 9 || code === 10) return String.fromCharCode(code);
    if (code < 0x20 || code === 0x7f || (code >= 0x80 && code < 0xa0)) return '';
    if (code > 0x10ffff || (code >= 0xd800 && code <= 0xdfff)) return whole;
    return String.fromCodePoint(code);
  });
}

export function stripControls(text: string): string {
  return text.replace(CONTROL, '');
}

/**
 * Splits plain text into paragraphs: on blank lines when the text has any (lines inside a paragraph
 * are joined with a space), otherwise on every line break, which is how trafilatura and news-please
 * separate paragraphs.
 */
export function splitParagraphs(text: string): string[] {
  const lines = text.split('\n');
  const hasBlankLine = lines.some((line, i) => i > 0 && i < lines.length - 1 && line.trim() === '');
  const paragraphs: string[] = [];
  // The paragraph so far is lines[first, end). One of one line, the usual, is that line: no array, no copy.
  let first = 0;
  const flush = (end: number): void => {
    if (end > first) {
      const paragraph = collapseSpaces(end - first === 1 ? lines[first]! : lines.slice(first, end).join(' '));
      if (paragraph !== '') paragraphs.push(paragraph);
    }
  };
  for (let i = 0; i < lines.length; i++) {
    if (lines[i]!.trim() === '') {
      flush(i);
      first = i + 1;
    } else if (!hasBlankLine) {
      flush(i + 1);
      first = i + 1;
    }
  }
  flush(lines.length);
  return paragraphs;
}

/**
 * Drops paragraphs already seen earlier in the same article, ignoring case: scrapers often repeat the
 * teaser. Most paragraphs of an article differ in length, so a paragraph is lower-cased only once
 * another of its length (lower-cased) has come; those are then looked up in one set, which keeps a
 * dump of equal-length lines (a fixed-width table) linear.
 */
export function uniqueParagraphs(paragraphs: readonly string[]): string[] {
  // The first paragraph of each length, until a second comes and it joins `seen`.
  const firstOfLength = new Map<number, string | null>();
  const seen = new Set<string>();
  const kept: string[] = [];
  for (const paragraph of paragraphs) {
    const length = lowerCasedLength(paragraph);
    const first = firstOfLength.get(length);
    if (first === undefined) firstOfLength.set(length, paragraph);
    else {
      if (first !== null) {
        seen.add(first.toLowerCase());
        firstOfLength.set(length, null);
      }
      const key = paragraph.toLowerCase();
      if (seen.has(key)) continue;
      seen.add(key);
    }
    kept.push(paragraph);
  }
  return kept;
}

/** The length of `text.toLowerCase()`: lower-casing lengthens only U+0130 (İ becomes i and a combining dot). */
function lowerCasedLength(text: string): number {
  let length = text.length;
  for (let at = text.indexOf('\u0130'); at !== -1; at = text.indexOf('\u0130', at + 1)) length++;
  return length;
}

/** Tags that end a line of text when an HTML fragment is read as plain text. */
const BLOCK_TAG = /^\/?(?:p|div|br|h[1-6]|li|ul|ol|blockquote|tr|table|section|article|header|footer|figure|figcaption|pre|hr)$/i;
const ANY_TAG = /<(\/?[A-Za-z][A-Za-z0-9-]*)\b[^<>]*>/g;

/**
 * True when a text field holds markup rather than plain text: some dumps store `content` as HTML, and
 * hostile ones put tags in titles and names. Any tag counts; such a field is read with `htmlToText`.
 */
export function looksLikeHtml(text: string): boolean {
  // Most text has no '<' at all, and finding none is far cheaper than running the pattern.
  return text.includes('<') && /<\/?[A-Za-z][A-Za-z0-9-]*(?:\s[^<>]*)?\/?>|<!--/.test(text);
}

/**
 * Reads an HTML fragment as plain text: block tags become paragraph breaks, other tags vanish,
 * script/style/comment content is dropped. The output is plain text, never markup.
 */
export function htmlToText(html: string): string {
  const text = dropHiddenHtml(html).replace(ANY_TAG, (_tag, name: string) => {
    if (!BLOCK_TAG.test(name)) return '';
    return /^li$/i.test(name) ? '\n\n\u2022 ' : '\n\n';
  });
  return decodeEntities(text);
}

/** Drops what a browser would never show as text: comments, scripts and styles, with their content. */
export function dropHiddenHtml(html: string): string {
  return dropBetween(dropBetween(dropBetween(html, '<!--', '-->'), '<script', '</script>'), '<style', '</style>');
}

/** Removes every `open … close` span (case-insensitive) with indexOf, so unclosed spans cost one scan. */
function dropBetween(text: string, open: string, close: string): string {
  const lower = text.toLowerCase();
  let out = '';
  let from = 0;
  for (;;) {
    const start = lower.indexOf(open, from);
    if (start < 0) break;
    const end = lower.indexOf(close, start + open.length);
    out += text.slice(from, start);
    if (end < 0) return out;
    from = end + close.length;
  }
  return out + text.slice(from);
}

/** A title for an article that has text but no headline: the start of its first paragraph. */
export function titleFromText(paragraph: string, maxLength = 100): string {
  if (paragraph.length <= maxLength) return paragraph;
  const cut = paragraph.slice(0, maxLength);
  const space = cut.lastIndexOf(' ');
  return `${(space > maxLength / 2 ? cut.slice(0, space) : cut).replace(/[\s,;:.-]+$/, '')}\u2026`;
}

/** "2 records were" / "1 record was": problem lines read as sentences. */
export function countOf(count: number, singular: string, plural = `${singular}s`): string {
  return `${count} ${count === 1 ? singular : plural}`;
}
