/**
 * A sorted array of terms: exact lookup and prefix ranges by binary search ("municip*" is one
 * contiguous run), fuzzy candidates by bounded edit distance among terms that share the first letter.
 */
export function lowerBound(terms: readonly string[], key: string): number {
  let low = 0;
  let high = terms.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if (terms[middle]! < key) low = middle + 1;
    else high = middle;
  }
  return low;
}

export function findTerm(terms: readonly string[], term: string): number {
  const at = lowerBound(terms, term);
  return at < terms.length && terms[at] === term ? at : -1;
}

/** [start, end) of the terms starting with `prefix`. */
export function prefixRange(terms: readonly string[], prefix: string): [number, number] {
  return [lowerBound(terms, prefix), lowerBound(terms, `${prefix}\uffff`)];
}

/** Terms within `maxDistance` edits of `term` (Levenshtein), with their distance. */
export function fuzzyTerms(terms: readonly string[], term: string, maxDistance: number): { index: number; distance: number }[] {
  const found: { index: number; distance: number }[] = [];
  const [start, end] = prefixRange(terms, term.slice(0, 1));
  for (let i = start; i < end; i++) {
    const candidate = terms[i]!;
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
