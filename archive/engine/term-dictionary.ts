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
    return index >= 0 && index < this.length ? this.lines.slice(this.starts[index]!, this.starts[index + 1]! - 1) : undefined;
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
  return [lowerBound(terms, prefix), lowerBound(terms, `${prefix}\uffff`)];
}

/** Terms within `maxDistance` edits of `term` (Levenshtein), with their distance. */
export function fuzzyTerms(terms: Terms, term: string, maxDistance: number): { index: number; distance: number }[] {
  const found: { index: number; distance: number }[] = [];
  const [start, end] = prefixRange(terms, term.slice(0, 1));
  for (let i = start; i < end; i++) {
    const candidate = terms.at(i)!;
    if (Math.abs(candidate.length - term.length) > maxDistance) continue;
    const distance = boundedEditDistance(term, candidate, maxDistance);
    if (distance <= maxDistance) found.push({ index: i, distance });
  }
  return found;
}

const rows: [number[], number[], number[]] = [[], [], []];

/**
 * Edit distance counting a swap of two neighbouring letters as one edit (optimal string alignment:
 * "harvset" is one typo away from "harvest"), giving up (returning max + 1) once it must exceed `max`.
 */
export function boundedEditDistance(a: string, b: string, max: number): number {
  if (a === b) return 0;
  let [before, previous, current] = rows;
  for (let j = 0; j <= b.length; j++) previous[j] = j;
  for (let i = 1; i <= a.length; i++) {
    current[0] = i;
    let rowMinimum = i;
    const ca = a.charCodeAt(i - 1);
    for (let j = 1; j <= b.length; j++) {
      const cb = b.charCodeAt(j - 1);
      let value = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + (ca === cb ? 0 : 1));
      if (i > 1 && j > 1 && ca === b.charCodeAt(j - 2) && a.charCodeAt(i - 2) === cb) value = Math.min(value, before[j - 2]! + 1);
      current[j] = value;
      if (value < rowMinimum) rowMinimum = value;
    }
    if (rowMinimum > max) return max + 1;
    [before, previous, current] = [previous, current, before];
  }
  return previous[b.length]!;
}
