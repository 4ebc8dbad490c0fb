/**
 * Citations are built from pieces, some in italics, and rendered twice: plain text for the
 * clipboard and HTML (`<i>`) for rich paste. Title casing helpers live here too.
 */
import { escapeHtml } from '../export/escape';

export interface Piece {
  readonly text: string;
  readonly italic?: boolean;
}

export interface Citation {
  readonly text: string;
  readonly html: string;
}

export function render(pieces: readonly Piece[]): Citation {
  const kept = pieces.filter((piece) => piece.text !== '');
  return {
    text: kept.map((piece) => piece.text).join(''),
    html: kept.map((piece) => (piece.italic ? `<i>${escapeHtml(piece.text)}</i>` : escapeHtml(piece.text))).join(''),
  };
}

/** Adds `mark` unless the text already ends with terminal punctuation ("Forgetting?" takes no period). */
export function terminate(text: string, mark: '.' | ','): string {
  const trimmed = text.trim();
  if (mark === '.' && /[.?!…]["”’»]?$/.test(trimmed)) return trimmed;
  if (mark === ',' && /[?!]$/.test(trimmed)) return trimmed;
  return `${trimmed}${mark}`;
}

/** Titles in quotation marks with the punctuation inside, as MLA and Chicago print them. */
export function quoted(title: string, mark: '.' | ','): string {
  return `“${terminate(title, mark)}”`;
}

/** MLA and Chicago drop an initial "The" from English newspaper names (New York Times). */
export function periodicalName(source: string, language: string | null): string {
  return language === 'en' || language === null ? source.replace(/^the\s+(?=\S)/i, '') : source;
}

const MINOR = new Set(
  ('a an the and but or nor for so yet as ' +
    'about above across after against along among around at before behind below beneath beside between beyond by ' +
    'despite down during except from in inside into like near of off on onto out outside over past per since than ' +
    'through throughout till to toward towards under underneath until up upon versus via with within without').split(' '),
);

/** Headline-style capitalisation for English (MLA 9, Chicago 8.159): minor words lower case. */
export function titleCase(title: string): string {
  const words = title.split(/(\s+)/);
  const last = words.length - 1;
  let afterColon = true;
  return words
    .map((word, i) => {
      if (/^\s+$/.test(word)) return word;
      const bare = word.replace(/^[“"‘'(¿¡]+|[”"’'),.:;?!]+$/g, '').toLowerCase();
      const first = afterColon;
      afterColon = /[:?!—]$/.test(word);
      if (!first && i !== last && MINOR.has(bare)) return word.toLowerCase() === word ? word : word.replace(/\p{Lu}/u, (c) => c.toLowerCase());
      return word.replace(/\p{L}/u, (c) => c.toUpperCase());
    })
    .join('');
}

/**
 * Sentence case for APA from an English title-case headline. Proper nouns cannot be known for sure;
 * a word keeps its capital when the article itself writes it capitalised in mid-sentence ("Mixco",
 * "Pérez"), when it is an acronym, or when it has inner capitals ("iPhone", "McDonald").
 */
export function sentenceCase(title: string, evidence: readonly string[]): string {
  const words = title.split(/(\s+)/).filter((w) => !/^\s+$/.test(w));
  const capitalised = words.filter((w) => /^\p{Lu}/u.test(w)).length;
  if (words.length < 3 || capitalised / words.length < 0.6) return title; // already sentence case
  const proper = properNouns(evidence);
  let first = true;
  return title
    .split(/(\s+)/)
    .map((word) => {
      if (/^\s+$/.test(word)) return word;
      const bare = word.replace(/^[“"‘'(¿¡]+|[”"’'),.:;?!]+$/g, '');
      const keep = first || /^\p{Lu}{2,}$/u.test(bare) || /.\p{Lu}/u.test(bare) || proper.has(bare);
      first = /[:?!]$/.test(word);
      return keep ? word : word.replace(/\p{Lu}/u, (c) => c.toLowerCase());
    })
    .join('');
}

function properNouns(texts: readonly string[]): Set<string> {
  const found = new Set<string>();
  for (const text of texts) {
    for (const match of text.matchAll(/\p{Lu}[\p{L}\p{M}’'-]*/gu)) {
      const before = text.slice(0, match.index).trimEnd();
      if (before === '' || /[.!?:“"¿¡]$/.test(before)) continue; // sentence start: no evidence
      found.add(match[0]);
    }
  }
  return found;
}
