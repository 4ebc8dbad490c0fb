/**
 * `fold` (text/fold.ts) at table speed: each code unit of the Basic Multilingual Plane that folds to
 * exactly one character whatever stands next to it is mapped through a table built from `fold`
 * itself, so the two can never disagree. That is nearly all of them: letters of every alphabet,
 * digits, and typographic punctuation (curly quotes, dashes, ellipses), which news is full of and
 * which once sent a whole paragraph the slow way. Any other character sends the whole text to
 * `fold`: a combining mark (folds to nothing), a Hangul syllable (to two or three jamo), a capital
 * sigma (its lower case depends on what follows), a surrogate. The result always has the input's
 * length when the table applies.
 */
import { fold } from '../text/fold';

const TABLE_SIZE = 0x10000;
let table: Uint16Array | null = null;
const utf16 = new TextDecoder('utf-16le');

/** Each code unit folded, or 0 when it does not fold to exactly one character on its own (built once, in about 15 ms). */
export function foldTable(): Uint16Array {
  if (!table) {
    table = new Uint16Array(TABLE_SIZE);
    for (let code = 0; code < TABLE_SIZE; code++) {
      if (code >= 0xd800 && code <= 0xdfff) continue;
      const character = String.fromCharCode(code);
      const folded = fold(character);
      if (folded.length !== 1) continue;
      // A character that fold changes may change differently after a letter (Σ → ς at a word's end): then it is left to `fold`.
      if (folded === character || fold(`a${character}`) === `a${folded}`) table[code] = folded.charCodeAt(0);
    }
  }
  return table;
}

export function fastFold(text: string): string {
  const n = text.length;
  let ascii = true;
  for (let i = 0; i < n; i++) {
    if (text.charCodeAt(i) >= 0x80) {
      ascii = false;
      break;
    }
  }
  if (ascii) return text.toLowerCase();
  const out = new Uint16Array(n);
  return foldThroughTable(text, out) ? utf16.decode(out) : fold(text);
}

/** Writes text folded through the table into `out` (at least text.length long); false when a character is not in it. */
function foldThroughTable(text: string, out: Uint16Array): boolean {
  const map = foldTable();
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    const mapped = code < TABLE_SIZE ? map[code]! : 0;
    if (mapped === 0 && code !== 0) return false;
    out[i] = mapped;
  }
  return true;
}
