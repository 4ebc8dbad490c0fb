/**
 * An immutable slice of the index: its own term dictionary, postings with per-field term
 * frequencies and word positions, per-document field lengths and metadata in typed arrays, and
 * where each article's stored text is. Segments are built once (`SegmentBuilder`), saved once
 * (`segment-file`), and only ever replaced as a whole by a merge.
 *
 * Postings of a term, per document in increasing order:
 *   varint(docGap * 2 + bodyOnly), then varint(bodyTf) when bodyOnly,
 *   else one byte of field bits and varint(tf) for each field present.
 * Positions of a term, per posting and field present (field order): tf varints, gap-coded.
 *
 * The dictionary and the per-document arrays stay in memory; postings, positions and stored articles
 * are the segment's `store`: in memory until the segment is saved, then read from its file a term
 * (or an article) at a time, so a million-article index neither loads nor holds them all.
 */
import { FIELD_COUNT } from './fields';
import type { Terms } from './term-dictionary';

export interface FacetTables {
  readonly language: readonly string[];
  readonly source: readonly string[];
  readonly author: readonly string[];
  readonly tag: readonly string[];
}

/** Where a segment's bulk lives: its postings, positions and stored (serialized) articles. */
export interface SegmentStore {
  /** The stored article of a document. */
  read(local: number): Uint8Array;
  /** Its length in bytes, without reading it. */
  articleSize(local: number): number;
  /** Bytes [start, end) of the segment's postings (of its positions). */
  postings(start: number, end: number): Uint8Array;
  positions(start: number, end: number): Uint8Array;
  /** Checks what is not checked at load (a saved segment's postings and positions); false when damaged. */
  verify(): Promise<boolean>;
  close(): void;
}

export interface SegmentData {
  readonly docCount: number;
  readonly ids: readonly string[];
  readonly terms: Terms;
  readonly df: Uint32Array;
  readonly postStart: Float64Array;
  readonly posStart: Float64Array;
  /** Which stem languages (bits, see analyzer) each term was seen in. */
  readonly langMask: Uint8Array;
  /** FIELD_COUNT lengths (in words) per document. */
  readonly fieldLengths: Uint32Array;
  readonly fieldTotals: readonly number[];
  /** yyyymmdd, 0 when the article has no date. */
  readonly dates: Int32Array;
  /** Indexes into `values`, -1 when missing. */
  readonly languageIds: Int32Array;
  readonly sourceIds: Int32Array;
  readonly authorIds: Int32Array;
  readonly tagStart: Uint32Array;
  readonly tagIds: Int32Array;
  readonly values: FacetTables;
}

export class Segment {
  constructor(
    readonly data: SegmentData,
    /** In memory until the segment is saved, then read from its file. */
    public store: SegmentStore,
  ) {}

  get docCount(): number {
    return this.data.docCount;
  }

  /** A term's postings (by its index in `terms`). */
  postingsOf(term: number): Uint8Array {
    return this.store.postings(this.data.postStart[term]!, this.data.postStart[term + 1]!);
  }

  /** A term's positions. */
  positionsOf(term: number): Uint8Array {
    return this.store.positions(this.data.posStart[term]!, this.data.posStart[term + 1]!);
  }

  fieldLength(local: number, field: number): number {
    return this.data.fieldLengths[local * FIELD_COUNT + field]!;
  }
}

/**
 * A segment not saved yet (or for good, when the cache cannot be written): postings and positions in
 * memory, articles as they were added (no copy into one buffer) or read from the segments it was
 * merged from, which it then owns and closes.
 */
export class MemoryStore implements SegmentStore {
  private readonly starts: Float64Array;

  constructor(
    readonly postingBytes: Uint8Array,
    readonly positionBytes: Uint8Array,
    private readonly articles: ArticleSource,
    private readonly owned: readonly SegmentStore[] = [],
  ) {
    this.starts = new Float64Array(articles.count + 1);
    for (let local = 0; local < articles.count; local++) this.starts[local + 1] = this.starts[local]! + articles.size(local);
  }

  read(local: number): Uint8Array {
    return this.articles.read(local);
  }

  articleSize(local: number): number {
    return this.articles.size(local);
  }

  postings(start: number, end: number): Uint8Array {
    return this.postingBytes.subarray(start, end);
  }

  positions(start: number, end: number): Uint8Array {
    return this.positionBytes.subarray(start, end);
  }

  verify(): Promise<boolean> {
    return Promise.resolve(true);
  }

  /** Where each article starts in the concatenated articles, plus the end. */
  offsets(): Float64Array {
    return this.starts;
  }

  close(): void {
    for (const store of this.owned) store.close();
  }
}

/** The articles of a segment in memory: `count` of them, each read whole. */
export interface ArticleSource {
  readonly count: number;
  size(local: number): number;
  read(local: number): Uint8Array;
}

export function articlesInMemory(articles: readonly Uint8Array[]): ArticleSource {
  return { count: articles.length, size: (local) => articles[local]!.length, read: (local) => articles[local]! };
}

export function dateNumber(date: string | null): number {
  const match = date ? /^(\d{4})-(\d{2})-(\d{2})/.exec(date) : null;
  return match ? Number(match[1]) * 10000 + Number(match[2]) * 100 + Number(match[3]) : 0;
}
