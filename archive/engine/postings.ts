/**
 * Reading a term's postings (format in segment.ts): into weighted, length-normalised frequencies
 * for ranking, or with where their word positions are for phrase matching.
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
  const { df, fieldLengths } = segment.data;
  const postings = segment.postingsOf(term);
  const reader = new VarintReader(postings, 0);
  const count = df[term]!;
  const docCount = segment.docCount;
  const bodyBoost = weights.boost[BODY]!;
  const bodyB = weights.b[BODY]!;
  const bodyAverage = weights.average[BODY]!;
  let doc = -1;
  for (let i = 0; i < count; i++) {
    const head = reader.next();
    doc += Math.floor(head / 2);
    // Only damaged postings (a saved segment not verified yet) point past the segment: stop there.
    if (doc >= docCount || reader.offset > postings.length) return;
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

/**
 * A term's postings for phrase matching: frequencies per field and where each posting's positions
 * start, without decoding them. A phrase with a common word ("the president of …") only needs the
 * positions of the few documents that hold every word, so the rest are skipped, not decoded.
 */
export interface PhrasePostings {
  readonly docs: Int32Array;
  /** tfs[i * FIELD_COUNT + field]. */
  readonly tfs: Uint32Array;
  /** The term's positions, and the offset in them of posting i's first position. */
  readonly positions: Uint8Array;
  readonly positionsAt: Float64Array;
}

export function readPhrasePostings(segment: Segment, term: number): PhrasePostings {
  const data = segment.data;
  const count = data.df[term]!;
  const postings = segment.postingsOf(term);
  const reader = new VarintReader(postings, 0);
  const positions = segment.positionsOf(term);
  const docs = new Int32Array(count);
  const tfs = new Uint32Array(count * FIELD_COUNT);
  const positionsAt = new Float64Array(count);
  let offset = 0;
  let doc = -1;
  for (let i = 0; i < count; i++) {
    const head = reader.next();
    doc += Math.floor(head / 2);
    // Only damaged postings (a saved segment not verified yet) point past the segment: stop there.
    if (doc >= segment.docCount || reader.offset > postings.length) return { docs: docs.subarray(0, i), tfs, positions, positionsAt };
    docs[i] = doc;
    positionsAt[i] = offset;
    let total = 0;
    if (head & 1) {
      const tf = reader.next();
      tfs[i * FIELD_COUNT + BODY] = tf;
      total = tf;
    } else {
      const mask = postings[reader.offset++]!;
      for (let field = 0; field < FIELD_COUNT; field++) {
        if ((mask & (1 << field)) === 0) continue;
        const tf = reader.next();
        tfs[i * FIELD_COUNT + field] = tf;
        total += tf;
      }
    }
    // Skip this posting's positions: one varint per occurrence, the last byte of each below 0x80.
    for (let left = total; left > 0 && offset < positions.length; offset++) if (positions[offset]! < 0x80) left--;
  }
  return { docs, tfs, positions, positionsAt };
}

/** Decodes posting i's positions in one field into `into` (large enough: its tf), returning how many. */
export function phrasePositions(list: PhrasePostings, i: number, field: number, into: Int32Array): number {
  const reader = new VarintReader(list.positions, list.positionsAt[i]!);
  // Positions are stored field by field: skip the fields before this one.
  for (let before = 0; before < field; before++) for (let k = list.tfs[i * FIELD_COUNT + before]!; k > 0; k--) reader.next();
  const count = list.tfs[i * FIELD_COUNT + field]!;
  let position = 0;
  for (let k = 0; k < count; k++) {
    position += reader.next();
    into[k] = position;
  }
  return count;
}
