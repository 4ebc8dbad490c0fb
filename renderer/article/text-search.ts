/**
 * Finding words in article text the way search does: accents and capitals ignored ("perez" finds
 * "Pérez"), offsets reported in the original text so the match can be highlighted where it is.
 */

export interface FoldedText {
  /** The text lowercased, accents removed. */
  readonly folded: string;
  /** For each position of `folded` (and one past its end), the position in the original text. */
  readonly toOriginal: readonly number[];
}

const MARKS = /\p{M}/gu;

export function foldChar(char: string): string {
  return char.normalize('NFD').replace(MARKS, '').toLowerCase();
}

/** Folds character by character, remembering where each folded character came from. */
export function foldWithMap(text: string): FoldedText {
  let folded = '';
  const toOriginal: number[] = [];
  let index = 0;
  for (const char of text) {
    const piece = foldChar(char);
    for (let i = 0; i < piece.length; i++) toOriginal.push(index);
    folded += piece;
    index += char.length;
  }
  toOriginal.push(index);
  return { folded, toOriginal };
}

export function foldQuery(text: string): string {
  return foldWithMap(text.trim().replace(/\s+/g, ' ')).folded;
}

/** Every [start, end) in `text` where `needle` occurs, ignoring accents and case; no overlaps. */
export function findAll(text: string, needle: string, wholeWord = false): Array<readonly [number, number]> {
  const wanted = foldQuery(needle);
  if (wanted === '') return [];
  const { folded, toOriginal } = foldWithMap(text);
  const found: Array<readonly [number, number]> = [];
  let from = 0;
  for (;;) {
    const at = folded.indexOf(wanted, from);
    if (at < 0) break;
    const end = at + wanted.length;
    if (!wholeWord || (!isWordChar(folded[at - 1]) && !isWordChar(folded[end]))) {
      found.push([toOriginal[at]!, toOriginal[end]!]);
      from = end;
    } else {
      from = at + 1;
    }
  }
  return found;
}

function isWordChar(char: string | undefined): boolean {
  return char !== undefined && /[\p{L}\p{N}]/u.test(char);
}

/** The distinct words (folded) that a set of highlight ranges covers in a text, e.g. a result's snippet. */
export function highlightedWords(text: string, ranges: readonly (readonly [number, number])[]): string[] {
  const words = new Set<string>();
  for (const [start, end] of ranges) {
    const word = foldQuery(text.slice(Math.max(0, start), Math.max(0, end)));
    if (word !== '') words.add(word);
  }
  return [...words];
}
