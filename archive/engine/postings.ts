/**
 * Reading a term's postings (format in segment.ts): into weighted, length-normalised frequencies
 * for ranking, or with every word position for phrase matching.
 */
import { VarintReader } from './byte-sink';
import { lengthNorm } from './bm25';
import { BODY, FIELD_COUNT } from './fields';
import type { Segment } from './segment';

/** How a query weighs each field: boost 0 leaves a field out (a `title:` search, say). */
export interface FieldWeights {
  readonly boost: Float64Array;
  readonly b: Float64Array;
  /** Average length per field over the whole index (not one segment), so scores compare. */
  readonly average: Float64Array;
}

/** Calls `visit(doc, weightedTf)` for each document whose weighted frequency is > 0. */
export function forEachPosting(segment: Segment, term: number, weights: FieldWeights, visit: (doc: number, weightedTf: number) => void): void {
  const { postings, postStart, df, fieldLengths } = segment.data;
  const reader = new VarintReader(postings, postStart[term]!);
  const count = df[term]!;
  const bodyBoost = weights.boost[BODY]!;
  const bodyB = weights.b[BODY]!;
  const bodyAverage = weights.average[BODY]!;
  let doc = -1;
  for (let i = 0; i < count; i++) {
    const head = reader.next();
    doc += Math.floor(head / 2);
    const base = doc * FIELD_COUNT;
    if (head & 1) {
      const tf = reader.next();
      if (bodyBoost > 0) visit(doc, (bodyBoost * tf) / lengthNorm(bodyB, fieldLengths[base + BODY]!, bodyAverage));
      continue;
    }
    const mask = postings[reader.offset++]!;
    let weighted = 0;
    for (let field = 0; field < FIELD_COUNT; field++) {
      if ((mask & (1 << field)) === 0) continue;
      const tf = reader.next();
      const boost = weights.boost[field]!;
      if (boost > 0) weighted += (boost * tf) / lengthNorm(weights.b[field]!, fieldLengths[base + field]!, weights.average[field]!);
    }
    if (weighted > 0) visit(doc, weighted);
  }
}

/** A term's postings with positions: for posting i and field f, positions[at[i*F+f] .. at[i*F+f+1]). */
export interface PositionalPostings {
  readonly docs: Int32Array;
  readonly at: Uint32Array;
  readonly positions: Int32Array;
}

export function readPositional(segment: Segment, term: number): PositionalPostings {
  const data = segment.data;
  const count = data.df[term]!;
  const reader = new VarintReader(data.postings, data.postStart[term]!);
  const positionReader = new VarintReader(data.positions, data.posStart[term]!);
  const docs = new Int32Array(count);
  const at = new Uint32Array(count * FIELD_COUNT + 1);
  let positions = new Int32Array(Math.max(16, count * 2));
  let n = 0;
  let doc = -1;
  const tfs = new Array<number>(FIELD_COUNT);
  for (let i = 0; i < count; i++) {
    const head = reader.next();
    doc += Math.floor(head / 2);
    docs[i] = doc;
    tfs.fill(0);
    if (head & 1) tfs[BODY] = reader.next();
    else {
      const mask = data.postings[reader.offset++]!;
      for (let field = 0; field < FIELD_COUNT; field++) if (mask & (1 << field)) tfs[field] = reader.next();
    }
    for (let field = 0; field < FIELD_COUNT; field++) {
      at[i * FIELD_COUNT + field] = n;
      let position = 0;
      for (let k = 0; k < tfs[field]!; k++) {
        if (n >= positions.length) {
          const grown = new Int32Array(positions.length * 2);
          grown.set(positions);
          positions = grown;
        }
        position += positionReader.next();
        positions[n++] = position;
      }
    }
  }
  at[count * FIELD_COUNT] = n;
  return { docs, at, positions };
}
