/**
 * `fold` (text/fold.ts) at table speed for the letters news in en/es/pt is written in: each code
 * unit below U+0250 (Latin-1 and Latin Extended A/B) that folds to exactly one character is mapped
 * through a table built from `fold` itself, so the two can never disagree. Any other character sends
 * the whole text to `fold`. The result always has the input's length when the table applies.
 */
import { fold } from '../text/fold';

const TABLE_SIZE = 0x250;
let table: Uint16Array | null = null;
const utf16 = new TextDecoder('utf-16le');

/** Each code unit below U+0250 folded, or 0 when it does not fold to exactly one character. */
export function foldTable(): Uint16Array {
  if (!table) {
    table = new Uint16Array(TABLE_SIZE);
    for (let code = 0; code < TABLE_SIZE; code++) {
      const folded = fold(String.fromCharCode(code));
      // 0 marks "not a one-to-one fold": the slow path handles it.
      table[code] = folded.length === 1 ? folded.charCodeAt(0) : 0;
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
