/**
 * Matching documents of one segment as parallel typed arrays, sorted by document number, with a
 * score each. Boolean operators are linear merges: no objects per match, no sort of all matches.
 */
export interface MatchList {
  readonly docs: Int32Array;
  readonly scores: Float64Array;
}

export const EMPTY: MatchList = { docs: new Int32Array(0), scores: new Float64Array(0) };

export function intersect(a: MatchList, b: MatchList): MatchList {
  const size = Math.min(a.docs.length, b.docs.length);
  const docs = new Int32Array(size);
  const scores = new Float64Array(size);
  let i = 0;
  let j = 0;
  let n = 0;
  while (i < a.docs.length && j < b.docs.length) {
    const x = a.docs[i]!;
    const y = b.docs[j]!;
    if (x === y) {
      docs[n] = x;
      scores[n++] = a.scores[i++]! + b.scores[j++]!;
    } else if (x < y) i = gallop(a.docs, i, y);
    else j = gallop(b.docs, j, x);
  }
  return { docs: docs.subarray(0, n), scores: scores.subarray(0, n) };
}

export function union(a: MatchList, b: MatchList): MatchList {
  const docs = new Int32Array(a.docs.length + b.docs.length);
  const scores = new Float64Array(docs.length);
  let i = 0;
  let j = 0;
  let n = 0;
  while (i < a.docs.length || j < b.docs.length) {
    const x = i < a.docs.length ? a.docs[i]! : Infinity;
    const y = j < b.docs.length ? b.docs[j]! : Infinity;
    if (x === y) {
      docs[n] = x;
      scores[n++] = a.scores[i++]! + b.scores[j++]!;
    } else if (x < y) {
      docs[n] = x;
      scores[n++] = a.scores[i++]!;
    } else {
      docs[n] = y;
      scores[n++] = b.scores[j++]!;
    }
  }
  return { docs: docs.subarray(0, n), scores: scores.subarray(0, n) };
}

export function subtract(a: MatchList, b: MatchList): MatchList {
  if (b.docs.length === 0) return a;
  return keep(a, (doc) => !contains(b.docs, doc));
}

export function keep(a: MatchList, predicate: (doc: number) => boolean): MatchList {
  const docs = new Int32Array(a.docs.length);
  const scores = new Float64Array(a.docs.length);
  let n = 0;
  for (let i = 0; i < a.docs.length; i++) {
    const doc = a.docs[i]!;
    if (predicate(doc)) {
      docs[n] = doc;
      scores[n++] = a.scores[i]!;
    }
  }
  return n === a.docs.length ? a : { docs: docs.subarray(0, n), scores: scores.subarray(0, n) };
}

/** Every document of a segment, score 0: what a filter alone ("date:2012") starts from. */
export function allDocs(count: number, predicate: (doc: number) => boolean): MatchList {
  const docs = new Int32Array(count);
  let n = 0;
  for (let doc = 0; doc < count; doc++) if (predicate(doc)) docs[n++] = doc;
  return { docs: docs.subarray(0, n), scores: new Float64Array(n) };
}

export function contains(sorted: Int32Array, value: number): boolean {
  let low = 0;
  let high = sorted.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if (sorted[middle]! < value) low = middle + 1;
    else high = middle;
  }
  return low < sorted.length && sorted[low] === value;
}

/** First index ≥ `from` whose value is ≥ `target`, by exponential then binary search. */
function gallop(sorted: Int32Array, from: number, target: number): number {
  let step = 1;
  let low = from;
  let high = from + 1;
  while (high < sorted.length && sorted[high]! < target) {
    low = high;
    step *= 2;
    high = from + step;
  }
  if (high > sorted.length) high = sorted.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if (sorted[middle]! < target) low = middle + 1;
    else high = middle;
  }
  return low;
}
