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
 */
import { FIELD_COUNT } from './fields';

export interface FacetTables {
  readonly language: readonly string[];
  readonly source: readonly string[];
  readonly author: readonly string[];
  readonly tag: readonly string[];
}

/** Reads the stored (serialized) article of a document. */
export interface StoredArticles {
  read(local: number): Uint8Array;
  close(): void;
}

export interface SegmentData {
  readonly docCount: number;
  readonly ids: readonly string[];
  readonly terms: readonly string[];
  readonly df: Uint32Array;
  readonly postStart: Float64Array;
  readonly postings: Uint8Array;
  readonly posStart: Float64Array;
  readonly positions: Uint8Array;
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
    public store: StoredArticles,
  ) {}

  get docCount(): number {
    return this.data.docCount;
  }

  fieldLength(local: number, field: number): number {
    return this.data.fieldLengths[local * FIELD_COUNT + field]!;
  }
}

/** Articles kept in memory until their segment is saved (or for good, when the cache cannot be written). */
export class MemoryStore implements StoredArticles {
  constructor(
    private readonly bytes: Uint8Array,
    private readonly starts: Float64Array,
  ) {}

  read(local: number): Uint8Array {
    return this.bytes.subarray(this.starts[local]!, this.starts[local + 1]!);
  }

  /** Where each article starts in `all()`, plus the end. */
  offsets(): Float64Array {
    return this.starts;
  }

  all(): Uint8Array {
    return this.bytes;
  }

  close(): void {}
}

export function dateNumber(date: string | null): number {
  const match = date ? /^(\d{4})-(\d{2})-(\d{2})/.exec(date) : null;
  return match ? Number(match[1]) * 10000 + Number(match[2]) * 100 + Number(match[3]) : 0;
}
