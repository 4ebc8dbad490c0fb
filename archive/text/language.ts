/**
 * Tells English, Spanish and Portuguese apart by their most frequent short words. Spanish and
 * Portuguese share many of those ("de", "que", "a", "se", "para", "como"), so only words that
 * belong to one language count, plus a few spellings only one of them uses ("-ção" against "-ción",
 * "ñ" against "ã"/"õ"). Returns null rather than a coin toss when the text is short or mixed.
 */

import { FNV_OFFSET, FNV_PRIME, hashWord } from '../analysis/hash-word';
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

/**
 * Scores are counted per language in an array, LANGUAGES' order, and a word's languages are a bit
 * mask of those positions: with an object keyed by language names and a list per word, the scoring
 * loop looked each one up by name (a sixth of detection's instructions).
 */
type Scores = Int32Array;
const newScores = (): Scores => new Int32Array(LANGUAGES.length);
const bitOf = (language: Scored): number => 1 << LANGUAGES.indexOf(language);
const SPANISH = LANGUAGES.indexOf('es');
const PORTUGUESE = LANGUAGES.indexOf('pt');

/** The languages each distinctive word belongs to, as a mask: one lookup a word instead of one a language. */
const VOTES: ReadonlyMap<string, number> = (() => {
  const votes = new Map<string, number>();
  for (const language of LANGUAGES) for (const word of DISTINCTIVE[language]) votes.set(word, (votes.get(word) ?? 0) | bitOf(language));
  return votes;
})();
/** No distinctive word is longer: a longer word is never looked up, so never made a string. */
const LONGEST_DISTINCTIVE = Math.max(...[...VOTES.keys()].map((word) => word.length));

/**
 * The distinctive words by the FNV-1a hash of their code units, open addressing: a word scanned
 * in the text is looked up by the hash made while scanning it, with no string made of it.
 */
const VOTE_SLOTS = 1024;
const voteHash = new Int32Array(VOTE_SLOTS);
const voteWord: (string | undefined)[] = new Array<string | undefined>(VOTE_SLOTS);
const voteLanguages = new Int32Array(VOTE_SLOTS);
for (const [word, languages] of VOTES) {
  const hash = hashWord(word, 0, word.length);
  let slot = hash & (VOTE_SLOTS - 1);
  while (voteWord[slot] !== undefined) slot = (slot + 1) & (VOTE_SLOTS - 1);
  voteHash[slot] = hash;
  voteWord[slot] = word;
  voteLanguages[slot] = languages;
}

const LETTER = /\p{L}/u;
/** In `lowerLetters`, a letter whose lower case is not one code unit ("İ"): such rare text goes through the regular expression. */
const LOWERS_APART = 1;
let lowers: Uint16Array | null = null;

/** Per BMP code unit: its lower case when that is one code unit and a letter, LOWERS_APART when it is longer, 0 when it is no letter. */
function lowerLetters(): Uint16Array {
  lowers ??= bmpTable((character) => {
    const lower = character.toLowerCase();
    if (!LETTER.test(lower)) return 0;
    return lower.length === 1 ? lower.charCodeAt(0) : LOWERS_APART;
  }, new Uint16Array(0x10000));
  return lowers;
}

/**
 * Returns 'en', 'es' or 'pt' when one of them clearly dominates the first few thousand characters,
 * otherwise null (too short, another language, or a mix). `text` may come as its paragraphs, in
 * order, read as if joined with newlines.
 */
export function detectLanguage(text: string | readonly string[]): DetectedLanguage | null {
  const parts = typeof text === 'string' ? [text] : text;
  const length = parts.reduce((sum, part) => sum + part.length, Math.max(0, parts.length - 1));
  const opening = scoresOf(parts, OPENING_CHARS);
  const scores = length <= OPENING_CHARS || isClear(opening) ? opening : scoresOf(parts, SAMPLE_CHARS);
  const [best, second] = ranked(scores);
  if (scores[best]! < MIN_SCORE || scores[best]! < MIN_RATIO * scores[second]!) return null;
  const language = LANGUAGES[best]!;
  switch (language) {
    case 'en':
    case 'es':
    case 'pt':
      return language;
    case 'fr':
    case 'it':
      return null;
  }
}

/** The scores of the first `limit` characters of the parts joined with newlines. */
function scoresOf(parts: readonly string[], limit: number): Scores {
  const scores = newScores();
  let left = limit;
  for (let i = 0; i < parts.length && left > 0; i++) {
    const part = parts[i]!;
    const end = Math.min(part.length, left);
    if (!scoreWords(part, end, scores)) {
      // Letters beyond the BMP (surrogate pairs) or lowered to more than one code unit: the regular expression reads the sample.
      const sample = parts.join('\n').slice(0, limit).toLowerCase();
      const fromPattern = newScores();
      for (const word of sample.match(/\p{L}+(?:-\p{L}+)*/gu) ?? []) vote(word, 0, word.length, fromPattern);
      return fromPattern;
    }
    left -= end + 1;
  }
  return scores;
}

/** The positions of the two best-scored languages, best first; a tie goes to the one LANGUAGES lists first. */
function ranked(scores: Scores): readonly [number, number] {
  let best = 0;
  for (let i = 1; i < scores.length; i++) if (scores[i]! > scores[best]!) best = i;
  let second = best === 0 ? 1 : 0;
  for (let i = 0; i < scores.length; i++) if (i !== best && scores[i]! > scores[second]!) second = i;
  return [best, second];
}

function isClear(scores: Scores): boolean {
  const [best, second] = ranked(scores);
  return scores[best]! >= CLEAR_SCORE && scores[best]! >= CLEAR_RATIO * scores[second]!;
}

/** Counts a vote for each language of `mask`. */
function count(mask: number, scores: Scores): void {
  for (let i = 0; mask !== 0; i++, mask >>= 1) if (mask & 1) scores[i]!++;
}

/**
 * Scores the words of text[0, end) (letters, or letters joined by single hyphens: "ex-presidente"),
 * lower-cased one code unit at a time as they are scanned; false, having scored nothing that
 * counts, when a character needs the regular expression (see `lowerLetters`).
 */
function scoreWords(text: string, end: number, scores: Scores): boolean {
  const lower = lowerLetters();
  for (let at = 0; at < end; ) {
    let code = text.charCodeAt(at);
    if ((code & 0xf800) === 0xd800 || lower[code] === LOWERS_APART) return false;
    if (lower[code] === 0) {
      at++;
      continue;
    }
    const start = at;
    let hash = FNV_OFFSET;
    // Whether the word may have a telling spelling: a letter beyond ASCII, or "cio".
    let telling = false;
    for (let before = 0, last = 0; ; ) {
      for (let letter = lower[code]!; letter > LOWERS_APART; letter = at < end ? lower[text.charCodeAt(at)]! : 0) {
        hash = Math.imul(hash ^ letter, FNV_PRIME);
        telling ||= letter > 0x7f || (letter === 0x6f && last === 0x69 && before === 0x63);
        before = last;
        last = letter;
        at++;
      }
      if (!(at + 1 < end && text.charCodeAt(at) === 0x2d && lower[text.charCodeAt(at + 1)]! > LOWERS_APART)) break;
      hash = Math.imul(hash ^ 0x2d, FNV_PRIME);
      before = last;
      last = 0x2d;
      code = text.charCodeAt(++at);
    }
    if (at - start <= LONGEST_DISTINCTIVE) count(votesOf(text, start, at, hash), scores);
    const spelled = telling ? spellingVote(text, start, at) : -1;
    if (spelled >= 0) scores[spelled]!++;
  }
  return true;
}

/** The languages (a mask) of the distinctive word text[start, end) lower-cased, whose hash is `hash`. */
function votesOf(text: string, start: number, end: number, hash: number): number {
  const lower = lowerLetters();
  for (let slot = hash & (VOTE_SLOTS - 1); voteWord[slot] !== undefined; slot = (slot + 1) & (VOTE_SLOTS - 1)) {
    const word = voteWord[slot]!;
    if (voteHash[slot] !== hash || word.length !== end - start) continue;
    let same = true;
    for (let i = 0; same && i < word.length; i++) same = word.charCodeAt(i) === (lower[text.charCodeAt(start + i)] || text.charCodeAt(start + i));
    if (same) return voteLanguages[slot]!;
  }
  return 0;
}

/** Scores the word text[start, end): a distinctive word counts for its languages, a telling spelling for its own. */
function vote(text: string, start: number, end: number, scores: Scores): void {
  if (end - start <= LONGEST_DISTINCTIVE) count(VOTES.get(text.slice(start, end)) ?? 0, scores);
  const spelled = spellingVote(text, start, end);
  if (spelled >= 0) scores[spelled]!++;
}

/**
 * Spellings only one of the languages uses ("-ção" against "-ción", "ñ" against "ã"/"õ"), in the
 * word text[start, end), lower-cased as it is read: the position of that language, or -1.
 */
function spellingVote(text: string, start: number, end: number): number {
  const lower = lowerLetters();
  let spanish = false;
  for (let at = start; at < end; at++) {
    switch (lower[text.charCodeAt(at)]) {
      case 0xe3: // ã
      case 0xf5: // õ
      case 0xe7: // ç
        return PORTUGUESE;
      case 0xf1: // ñ
        spanish = true;
        break;
      case 0xf3: // ó, of -ción
        if (spelled(text, start, end, at - 2, 'ci') && spelled(text, start, end, at + 1, 'n')) spanish = true;
        break;
      case 0x6f: // o, of -ciones
        if (spelled(text, start, end, at - 2, 'ci') && spelled(text, start, end, at + 1, 'nes')) spanish = true;
        break;
    }
  }
  return spanish ? SPANISH : -1;
}

/** Whether the word text[start, end), lower-cased, has `letters` at `at`. */
function spelled(text: string, start: number, end: number, at: number, letters: string): boolean {
  if (at < start || at + letters.length > end) return false;
  const lower = lowerLetters();
  for (let i = 0; i < letters.length; i++) if (lower[text.charCodeAt(at + i)] !== letters.charCodeAt(i)) return false;
  return true;
}
