/**
 * Text analysis shared by indexing, querying and highlighting. Indexed terms are the folded words
 * (lower case, no accents) minus stop-words; stems are never indexed. Instead a query word is
 * widened at search time to the indexed words of the same stem in each language the archive holds,
 * so "violentas" finds "violento" while a quoted phrase still means exactly those words.
 */
import { fold } from '../text/fold';
import { fastFold, foldTable } from './fast-fold';
import { FNV_OFFSET, FNV_PRIME, hashWord } from './hash-word';
import { STOP_WORDS } from '../text/stop-words';
import { stemEnglish } from './stem-en';
import { stemPortuguese, stemSpanish } from './stem-light';
import { bmpTable } from '../text/bmp-table';
import { WORD_CHARACTER } from '../text/tokens';

/** The languages with their own stemmer; every other article is stemmed as English. */
export const STEM_LANGUAGES = ['en', 'es', 'pt'] as const;
export type StemLanguage = (typeof STEM_LANGUAGES)[number];

export function stemLanguageOf(language: string | null): StemLanguage {
  return language === 'es' || language === 'pt' ? language : 'en';
}

/** Bit of a stem language in a term's language mask. */
export function languageBit(language: StemLanguage): number {
  return language === 'en' ? 1 : language === 'es' ? 2 : 4;
}

export function stem(term: string, language: StemLanguage): string {
  switch (language) {
    case 'en':
      return stemEnglish(term);
    case 'es':
      return stemSpanish(term);
    case 'pt':
      return stemPortuguese(term);
  }
}

/** Letters, digits and combining marks; everything else separates words, as the query parser splits them. */
export const WORD = new RegExp(`${WORD_CHARACTER}+`, 'gu');

export function isStopWord(folded: string): boolean {
  return STOP_WORDS.has(folded);
}

/** The stop-words by their FNV-1a, for telling one apart in folded code units, with no string. */
const STOP_WORDS_BY_HASH = new Map<number, string[]>();
for (const word of STOP_WORDS) {
  const hash = hashWord(word, 0, word.length);
  STOP_WORDS_BY_HASH.set(hash, [...(STOP_WORDS_BY_HASH.get(hash) ?? []), word]);
}

/** `isStopWord` for the folded word codes[start, end), `hash` being its hashWord. */
export function isStopWordAt(codes: Uint16Array, start: number, end: number, hash: number): boolean {
  const candidates = STOP_WORDS_BY_HASH.get(hash);
  return candidates !== undefined && candidates.some((word) => word.length === end - start && sameCodes(word, codes, start));
}

function sameCodes(word: string, codes: Uint16Array, start: number): boolean {
  for (let i = 0; i < word.length; i++) if (word.charCodeAt(i) !== codes[start + i]) return false;
  return true;
}

/** A word folded as the index folds it (case and accents), stop-word or not. */
export function foldTerm(word: string): string {
  // eslint-disable-next-line no-control-regex
  return /^[\x00-\x7f]*$/.test(word) ? word.toLowerCase() : fold(word);
}

/** A word as the index sees it: folded, or null when it is a stop-word or empty. */
export function indexTerm(word: string): string | null {
  const folded = foldTerm(word);
  return folded.length === 0 || STOP_WORDS.has(folded) ? null : folded;
}

/**
 * Calls `visit` with each indexed term of `text` and its word position (stop-words count as a
 * position, so "president of the republic" keeps its gap). Folds the whole text once: far faster
 * than folding word by word, and folding never merges two words.
 */
export function forEachTerm(text: string, visit: (term: string, position: number) => void): number {
  let position = 0;
  const folded = fastFold(text);
  for (const match of folded.matchAll(WORD)) {
    const term = match[0];
    if (!STOP_WORDS.has(term)) visit(term, position);
    position++;
  }
  return position;
}

let wordChar: Uint8Array | null = null;

/** 1 for UTF-16 code units that are letters, digits or marks: the same words as WORD, without a regex per word. */
export function wordChars(): Uint8Array {
  if (!wordChar) {
    const single = new RegExp(WORD_CHARACTER, 'u');
    wordChar = bmpTable((character) => (single.test(character) ? 1 : 0));
  }
  return wordChar;
}

/**
 * A quick, allocation-free "could this word be one of these terms?" test: a bitmap of the terms'
 * hashes and their length range. Highlighting a page of articles looks at every word of each;
 * nearly all are not hits, and the filter turns those away without making a string of them.
 */
export interface WordFilter {
  readonly bits: Uint32Array;
  readonly minLength: number;
  readonly maxLength: number;
}

const FILTER_BITS = 1 << 16;

export function wordFilter(terms: Iterable<string>): WordFilter {
  const bits = new Uint32Array(FILTER_BITS / 32);
  let minLength = Infinity;
  let maxLength = 0;
  for (const term of terms) {
    const bit = hashWord(term, 0, term.length) & (FILTER_BITS - 1);
    bits[bit >>> 5]! |= 1 << (bit & 31);
    minLength = Math.min(minLength, term.length);
    maxLength = Math.max(maxLength, term.length);
  }
  return { bits, minLength, maxLength };
}

/**
 * Calls `visit` for each word of `text` whose indexed term `isHit` accepts, with its offsets in
 * `text`: highlighting without building an object per word. Each word is hashed folded through the
 * fold table as it is read; with a `filter` (built from every term `isHit` can accept), a word that
 * cannot be a hit is turned away on that hash, without folding the text or making a string of the
 * word. Only the rest are folded: through the table, or by `fold` when a character is not in it.
 */
export function forEachHit(text: string, isHit: (term: string) => boolean, visit: (start: number, end: number, term: string) => void, filter?: WordFilter): void {
  const isWordChar = wordChars();
  const folding = foldTable();
  const n = text.length;
  let i = 0;
  while (i < n) {
    while (i < n && isWordChar[text.charCodeAt(i)] === 0) i++;
    const start = i;
    let hash = FNV_OFFSET;
    let tableFolds = true;
    for (; i < n; i++) {
      const code = text.charCodeAt(i);
      if (isWordChar[code] === 0) break;
      const folded = folding[code]!;
      if (folded === 0) tableFolds = false;
      hash = Math.imul(hash ^ folded, FNV_PRIME);
    }
    if (i === start) continue;
    if (filter && tableFolds) {
      // Folding through the table keeps a word's length, and `hash` is then hashWord of the folded word.
      const length = i - start;
      if (length < filter.minLength || length > filter.maxLength) continue;
      const bit = hash & (FILTER_BITS - 1);
      if ((filter.bits[bit >>> 5]! & (1 << (bit & 31))) === 0) continue;
    }
    const word = text.slice(start, i);
    const term = tableFolds ? fastFold(word) : fold(word);
    if (term.length > 0 && !STOP_WORDS.has(term) && isHit(term)) visit(start, i, term);
  }
}
