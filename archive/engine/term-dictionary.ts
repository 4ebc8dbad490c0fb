/**
 * A segment's sorted terms: exact lookup and prefix ranges by binary search ("municip*" is one
 * contiguous run), fuzzy candidates by bounded edit distance among terms that share the first letter.
 */

/** Sorted terms, by number: a segment just built holds an array, one read from its file a `TermList`. */
export interface Terms {
  readonly length: number;
  at(index: number): string | undefined;
}

/**
 * A segment file's terms as its dictionary holds them, one per line, each made a string only when
 * it is looked at. As an array of strings, the 1.4 million terms of a 100k-article index were half
 * the heap after opening it, and the young generation's copies of them a quarter of a cold start.
 */
export class TermList implements Terms {
  readonly length: number;
  /** Where each term starts in `lines`, and where a term after the last would. */
  private readonly starts: Uint32Array;

  /** `lines`: the terms, each followed by a newline but the last, as the segment file stores them. */
  constructor(readonly lines: string) {
    this.starts = lineStarts(lines);
    this.length = this.starts.length - 1;
  }

  at(index: number): string | undefined {
    return index >= 0 && index < this.length ? this.lines.slice(this.startOf(index), this.endOf(index)) : undefined;
  }

  /** Where term `index` (one of this list's) starts in `lines`. */
  startOf(index: number): number {
    return this.starts[index]!;
  }

  /** Where term `index` (one of this list's) ends in `lines`. */
  endOf(index: number): number {
    return this.starts[index + 1]! - 1;
  }
}

function lineStarts(lines: string): Uint32Array {
  if (lines === '') return new Uint32Array(1);
  let count = 1;
  for (let at = lines.indexOf('\n'); at !== -1; at = lines.indexOf('\n', at + 1)) count++;
  const starts = new Uint32Array(count + 1);
  for (let term = 1, at = lines.indexOf('\n'); at !== -1; at = lines.indexOf('\n', at + 1)) starts[term++] = at + 1;
  starts[count] = lines.length + 1;
  return starts;
}

/** The terms one per line, as a segment file stores them. */
export function termLines(terms: Terms): string {
  return terms instanceof TermList ? terms.lines : allTerms(terms).join('\n');
}

/** Every term, as strings. */
export function allTerms(terms: Terms): string[] {
  return Array.from({ length: terms.length }, (_, index) => terms.at(index)!);
}

export function lowerBound(terms: Terms, key: string): number {
  let low = 0;
  let high = terms.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if (terms.at(middle)! < key) low = middle + 1;
    else high = middle;
  }
  return low;
}

export function findTerm(terms: Terms, term: string): number {
  const at = lowerBound(terms, term);
  return at < terms.length && terms.at(at) === term ? at : -1;
}

/** [start, end) of the terms starting with `prefix`. */
export function prefixRange(terms: Terms, prefix: string): [number, number] {
  return [lowerBound(terms, prefix), prefixEnd(terms, prefix)];
}

/** Where the terms starting with `prefix` end: the first term after them. */
function prefixEnd(terms: Terms, prefix: string): number {
  return lowerBound(terms, `${prefix}\uffff`);
}

/**
 * Terms within `maxDistance` edits of `term`, with their distance: Levenshtein's, a swap of two
 * neighbouring letters counting as one edit (optimal string alignment: "harvset" is one typo away
 * from "harvest"). Among the terms sharing the first letter (thousands in a large index) the
 * sorted dictionary is walked as a trie: the table of distances for a candidate's first letters
 * is kept for the next candidate that starts with them, and once those letters are too far from
 * every start of `term`, all the terms they begin are skipped at once. A term list's candidates
 * are read where they lie in its text, never made strings.
 */
export function fuzzyTerms(terms: Terms, term: string, maxDistance: number): { index: number; distance: number }[] {
  const found: { index: number; distance: number }[] = [];
  const wanted = term.length;
  if (wanted === 0) return found;
  const [start, end] = prefixRange(terms, term.slice(0, 1));
  const list = terms instanceof TermList ? terms : null;
  // rows[k][j]: the distance from the candidate's first k code units to term's first j. Every
  // distance in row wanted + maxDistance + 1 is over maxDistance, so no row past it is ever filled.
  const rows = Array.from({ length: wanted + maxDistance + 2 }, () => new Int32Array(wanted + 1));
  for (let j = 0; j <= wanted; j++) rows[0]![j] = j;
  // The last candidate read, and how many of its rows are in the table.
  let last = '';
  let lastFrom = 0;
  let ready = 0;
  for (let index = start; index < end; ) {
    const text = list ? list.lines : terms.at(index)!;
    const from = list ? list.startOf(index) : 0;
    const length = (list ? list.endOf(index) : text.length) - from;
    let k = 0;
    while (k < ready && k < length && text.charCodeAt(from + k) === last.charCodeAt(lastFrom + k)) k++;
    let deadEnd = false;
    for (; k < length && !deadEnd; k++) deadEnd = fillRow(rows, k, text.charCodeAt(from + k), k > 0 ? text.charCodeAt(from + k - 1) : -1, term) > maxDistance;
    last = text;
    lastFrom = from;
    ready = k;
    if (deadEnd) {
      // No term that starts with these k letters can come within maxDistance.
      index = Math.max(index + 1, prefixEnd(terms, text.slice(from, from + k)));
      continue;
    }
    const distance = rows[length]![wanted]!;
    if (distance <= maxDistance) found.push({ index, distance });
    index++;
  }
  return found;
}

/** Fills rows[k + 1] for a candidate whose code unit k is `unit` (`before` the one ahead of it); returns the row's least distance. */
function fillRow(rows: readonly Int32Array[], k: number, unit: number, before: number, term: string): number {
  const above = rows[k]!;
  const twoAbove = k > 0 ? rows[k - 1]! : above;
  const row = rows[k + 1]!;
  row[0] = k + 1;
  let least = k + 1;
  for (let j = 1; j < row.length; j++) {
    const wantedUnit = term.charCodeAt(j - 1);
    let value = Math.min(above[j]! + 1, row[j - 1]! + 1, above[j - 1]! + (unit === wantedUnit ? 0 : 1));
    if (k > 0 && j > 1 && unit === term.charCodeAt(j - 2) && before === wantedUnit) value = Math.min(value, twoAbove[j - 2]! + 1);
    row[j] = value;
    if (value < least) least = value;
  }
  return least;
}
