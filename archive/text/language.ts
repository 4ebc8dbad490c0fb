/**
 * Tells English, Spanish and Portuguese apart by their most frequent short words. Spanish and
 * Portuguese share many of those ("de", "que", "a", "se", "para", "como"), so only words that
 * belong to one language count, plus a few spellings only one of them uses ("-ção" against "-ción",
 * "ñ" against "ã"/"õ"). Returns null rather than a coin toss when the text is short or mixed.
 */

import { bmpTable } from './bmp-table';

export type DetectedLanguage = 'en' | 'es' | 'pt';

/** French and Italian share words with Spanish: scoring them too keeps them from being taken for it. */
type Rival = 'fr' | 'it';
type Scored = DetectedLanguage | Rival;

const LANGUAGES: readonly Scored[] = ['en', 'es', 'pt', 'fr', 'it'];

/** How much text to look at: a few paragraphs decide, and long articles stay cheap. */
const SAMPLE_CHARS = 4000;
/** The opening read first; most articles are plain from it, and only the others are read to SAMPLE_CHARS. */
const OPENING_CHARS = 1000;
/** Below this many distinctive words the evidence is too thin. */
const MIN_SCORE = 4;
/** The winner must beat the runner-up by this factor. */
const MIN_RATIO = 2;
/**
 * An opening this one-sided decides alone: a few dozen words of one language, four to one against
 * any other, is far beyond what the rest of the sample could turn (an English opening has 40–60).
 */
const CLEAR_SCORE = 20;
const CLEAR_RATIO = 4;

const words = (list: string): ReadonlySet<string> => new Set(list.split(/\s+/).filter(Boolean));

/** Words frequent in one language and absent or rare in the others. Lower-case, with accents. */
const DISTINCTIVE: Readonly<Record<Scored, ReadonlySet<string>>> = {
  en: words(`
    the of and to in is that for it was on with as by at from be have has had are this which said were
    not an but his her they will been their would who its after she he also than more about there
    were what when into could other these some them only over new years being such
  `),
  es: words(`
    el los las del y en un una con es su sus al lo más pero le les ya fue fueron ha han también cuando
    muy sin hasta son según dijo hay había ella ellos donde año años están así
    tras aunque cual cuales mientras luego después ni otra otros nuevo
  `),
  pt: words(`
    o os do da dos das e em na nas um uma com é seu sua seus suas ao aos não mais mas foi foram
    também pelo pela pelos pelas são disse ele ela eles elas isso essa esse quando até sem onde anos
    já há às à muito ainda após então porém nova novo estão dia outros outras qual assim
  `),
  fr: words(`
    le les des du est une dans pour pas qui sur avec ce cette ces sont été ont aux leur leurs selon aussi
    il ils elle être fait plus nous vous où après
  `),
  it: words(`
    il della delle degli dei nel nella nei che di gli sono anche questo questa stato alla alle per più
    dopo lo hanno essere secondo è
  `),
};

/** The languages each distinctive word belongs to: one lookup a word instead of one a language. */
const VOTES: ReadonlyMap<string, readonly Scored[]> = (() => {
  const votes = new Map<string, Scored[]>();
  for (const language of LANGUAGES) for (const word of DISTINCTIVE[language]) votes.set(word, [...(votes.get(word) ?? []), language]);
  return votes;
})();
/** No distinctive word is longer: a longer word is never looked up, so never made a string. */
const LONGEST_DISTINCTIVE = Math.max(...[...VOTES.keys()].map((word) => word.length));

const LETTER = /\p{L}/u;
const SURROGATE = /[\ud800-\udfff]/;
let letters: Uint8Array | null = null;

/** 1 for the code units of the BMP that are letters. */
function letterTable(): Uint8Array {
  letters ??= bmpTable((character) => (LETTER.test(character) ? 1 : 0));
  return letters;
}

/**
 * Returns 'en', 'es' or 'pt' when one of them clearly dominates the first few thousand characters,
 * otherwise null (too short, another language, or a mix). `text` may come as its paragraphs, in
 * order: only those the sample reaches are joined.
 */
export function detectLanguage(text: string | readonly string[]): DetectedLanguage | null {
  const sample = typeof text === 'string' ? text.slice(0, SAMPLE_CHARS) : leadingText(text, SAMPLE_CHARS);
  const opening = scoresOf(sample.slice(0, OPENING_CHARS));
  const scores = sample.length <= OPENING_CHARS || isClear(opening) ? opening : scoresOf(sample);
  const [best, second] = ranked(scores);
  if (scores[best] < MIN_SCORE || scores[best] < MIN_RATIO * scores[second]) return null;
  switch (best) {
    case 'en':
    case 'es':
    case 'pt':
      return best;
    case 'fr':
    case 'it':
      return null;
  }
}

/** The paragraphs joined with newlines, as far as the first `length` characters. */
function leadingText(paragraphs: readonly string[], length: number): string {
  let text = paragraphs[0] ?? '';
  for (let i = 1; i < paragraphs.length && text.length < length; i++) text = `${text}\n${paragraphs[i]}`;
  return text.slice(0, length);
}

type Scores = Record<Scored, number>;

function scoresOf(sample: string): Scores {
  const scores: Scores = { en: 0, es: 0, pt: 0, fr: 0, it: 0 };
  const lower = sample.toLowerCase();
  // Letters beyond the BMP come as surrogate pairs, which the table cannot tell: such rare text goes through the regular expression.
  if (SURROGATE.test(lower)) scoreMatches(lower, scores);
  else scoreWords(lower, scores);
  return scores;
}

/** The two best-scored languages, best first. */
function ranked(scores: Scores): readonly [Scored, Scored] {
  const [best, second] = [...LANGUAGES].sort((a, b) => scores[b] - scores[a]);
  return [best!, second!];
}

function isClear(scores: Scores): boolean {
  const [best, second] = ranked(scores);
  return scores[best] >= CLEAR_SCORE && scores[best] >= CLEAR_RATIO * scores[second];
}

function scoreMatches(sample: string, scores: Scores): void {
  for (const word of sample.match(/\p{L}+(?:-\p{L}+)*/gu) ?? []) vote(word, 0, word.length, scores);
}

/**
 * The words of `sample` (letters, or letters joined by single hyphens: "ex-presidente") scored one
 * by one as its characters are scanned: no string is made of a word too long to be distinctive.
 */
function scoreWords(sample: string, scores: Scores): void {
  const isLetter = letterTable();
  const length = sample.length;
  for (let at = 0; at < length; ) {
    if (isLetter[sample.charCodeAt(at)] !== 1) {
      at++;
      continue;
    }
    const start = at;
    while (at < length && isLetter[sample.charCodeAt(at)] === 1) at++;
    while (at + 1 < length && sample.charCodeAt(at) === 0x2d && isLetter[sample.charCodeAt(at + 1)] === 1) {
      at++;
      while (at < length && isLetter[sample.charCodeAt(at)] === 1) at++;
    }
    vote(sample, start, at, scores);
  }
}

/** Scores the word text[start, end): a distinctive word counts for its languages, a telling spelling for its own. */
function vote(text: string, start: number, end: number, scores: Scores): void {
  if (end - start <= LONGEST_DISTINCTIVE) {
    for (const language of VOTES.get(text.slice(start, end)) ?? []) scores[language] += 1;
  }
  const spelled = spellingVote(text, start, end);
  if (spelled !== null) scores[spelled] += 1;
}

/** Spellings only one of the languages uses ("-ção" against "-ción", "ñ" against "ã"/"õ"), in text[start, end). */
function spellingVote(text: string, start: number, end: number): Scored | null {
  let spanish = false;
  for (let at = start; at < end; at++) {
    switch (text.charCodeAt(at)) {
      case 0xe3: // ã
      case 0xf5: // õ
      case 0xe7: // ç
        return 'pt';
      case 0xf1: // ñ
        spanish = true;
        break;
      // Letters next to a word's letters are the word's: "ci" before and "n" or "nes" after are inside it.
      case 0xf3: // ó, of -ción
        if (at >= 2 && text.startsWith('ci', at - 2) && text.charCodeAt(at + 1) === 0x6e) spanish = true;
        break;
      case 0x6f: // o, of -ciones
        if (at >= 2 && text.startsWith('ci', at - 2) && text.startsWith('nes', at + 1)) spanish = true;
        break;
    }
  }
  return spanish ? 'es' : null;
}
