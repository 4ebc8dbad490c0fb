/**
 * Accumulates documents and seals them into an immutable `Segment`. Each document is analysed once;
 * its words are grouped by term with one native sort and recorded as (term, document, frequencies,
 * positions) in flat typed arrays; sealing orders those records by term with a counting sort (stable,
 * so documents stay in order) and writes each term's postings in one go. No object per term: that
 * is what keeps building a large archive from being a garbage-collection benchmark.
 */
import { isStopWord, languageBit, stemLanguageOf, wordChars } from '../analysis/analyzer';
import { fastFold } from '../analysis/fast-fold';
import { TermTable } from './term-table';
import { ByteSink } from './byte-sink';
import { BODY, FIELD_COUNT } from './fields';
import { dateNumber, MemoryStore, Segment, type SegmentData } from './segment';

/** What the engine needs of an article: its searchable fields, facet values and stored form. */
export interface EngineDocument {
  readonly id: string;
  /** title, summary, body, author, source, tags — in FIELDS order. */
  readonly fields: readonly string[];
  readonly date: string | null;
  readonly language: string | null;
  readonly source: string | null;
  readonly author: string | null;
  readonly tags: readonly string[];
  /** The serialized article, returned as is by the store. */
  readonly stored: Uint8Array;
}

const POSITION_BITS = 2 ** 22;

class ValueTable {
  readonly values: string[] = [];
  private readonly ids = new Map<string, number>();
  id(value: string | null): number {
    if (value === null || value === '') return -1;
    let id = this.ids.get(value);
    if (id === undefined) {
      id = this.values.length;
      this.values.push(value);
      this.ids.set(value, id);
    }
    return id;
  }
}

export class SegmentBuilder {
  private readonly table = new TermTable();
  /** 1 for stop-words: interned like any word, so telling them apart costs no substring. */
  private readonly stop = new GrowableArray(Uint8Array);
  private readonly df = new GrowableArray(Uint32Array);
  private langMask = new GrowableArray(Uint8Array);
  // One record per (document, term): which term, which document, and where its bytes are.
  private readonly recordTerm = new GrowableArray(Int32Array);
  private readonly recordDoc = new GrowableArray(Int32Array);
  private readonly recordBodyOnly = new GrowableArray(Uint8Array);
  private readonly recordHead = new GrowableArray(Float64Array);
  private readonly recordPositions = new GrowableArray(Float64Array);
  private readonly heads = new ByteSink(1 << 16);
  private readonly positionBytes = new ByteSink(1 << 16);
  private readonly ids: string[] = [];
  private readonly fieldLengths = new GrowableArray(Uint32Array);
  private readonly fieldTotals: number[] = new Array<number>(FIELD_COUNT).fill(0);
  private readonly dates = new GrowableArray(Int32Array);
  private readonly languageIds = new GrowableArray(Int32Array);
  private readonly sourceIds = new GrowableArray(Int32Array);
  private readonly authorIds = new GrowableArray(Int32Array);
  private readonly tagStart: number[] = [0];
  private readonly tagIds: number[] = [];
  private readonly tables = { language: new ValueTable(), source: new ValueTable(), author: new ValueTable(), tag: new ValueTable() };
  private readonly stored: Uint8Array[] = [];
  private readonly storeStart: number[] = [0];
  // Scratch for one document: key = termId * POSITION_BITS + token number.
  private keys = new Float64Array(4096);
  private tokenField = new Uint8Array(4096);
  private tokenPosition = new Uint32Array(4096);

  get docCount(): number {
    return this.ids.length;
  }

  add(document: EngineDocument): void {
    const doc = this.ids.length;
    this.ids.push(document.id);
    const bit = languageBit(stemLanguageOf(document.language));
    let count = 0;
    const isWordChar = wordChars();
    for (let field = 0; field < FIELD_COUNT; field++) {
      const text = fastFold(document.fields[field] ?? '');
      const n = text.length;
      let position = 0;
      let i = 0;
      while (i < n) {
        while (i < n && isWordChar[text.charCodeAt(i)] === 0) i++;
        const start = i;
        while (i < n && isWordChar[text.charCodeAt(i)] === 1) i++;
        if (i === start) continue;
        const term = this.termId(text, start, i);
        // Four million words: the rest of a runaway file is not indexed.
        if (this.stop.data[term] === 0 && count < POSITION_BITS - 1) {
          if (count >= this.keys.length) this.growScratch();
          this.keys[count] = term * POSITION_BITS + count;
          this.tokenField[count] = field;
          this.tokenPosition[count] = position;
          count++;
        }
        position++;
      }
      this.fieldLengths.push(position);
      this.fieldTotals[field]! += position;
    }
    const sorted = this.keys.subarray(0, count).sort();
    const tfs = new Array<number>(FIELD_COUNT);
    for (let i = 0; i < count; ) {
      const term = Math.floor(sorted[i]! / POSITION_BITS);
      let end = i;
      tfs.fill(0);
      while (end < count && Math.floor(sorted[end]! / POSITION_BITS) === term) {
        tfs[this.tokenField[sorted[end]! % POSITION_BITS]!]!++;
        end++;
      }
      this.record(term, doc, tfs, sorted, i, end);
      this.langMask.data[term]! |= bit;
      i = end;
    }
    this.dates.push(dateNumber(document.date));
    this.languageIds.push(this.tables.language.id(document.language));
    this.sourceIds.push(this.tables.source.id(document.source));
    this.authorIds.push(this.tables.author.id(document.author));
    for (const tag of new Set(document.tags)) this.tagIds.push(this.tables.tag.id(tag));
    this.tagStart.push(this.tagIds.length);
    this.stored.push(document.stored);
    this.storeStart.push(this.storeStart.at(-1)! + document.stored.length);
  }

  seal(): Segment {
    // Only words that occur (stop-words were interned but never recorded), in code-unit order.
    const terms: string[] = [];
    for (let id = 0; id < this.table.size; id++) if (this.df.data[id]! > 0) terms.push(this.table.terms[id]!);
    terms.sort();
    const ids = terms.map((term) => this.table.id(term));
    const termCount = terms.length;
    const rankOf = new Int32Array(this.table.size).fill(-1);
    ids.forEach((id, rank) => (rankOf[id] = rank));
    const records = this.recordTerm.length;
    const recordTerm = this.recordTerm.data;
    const df = new Uint32Array(termCount);
    for (let r = 0; r < records; r++) df[rankOf[recordTerm[r]!]!]!++;
    const first = new Float64Array(termCount + 1);
    for (let rank = 0; rank < termCount; rank++) first[rank + 1] = first[rank]! + df[rank]!;
    const order = new Int32Array(records);
    const fill = first.slice(0, termCount);
    for (let r = 0; r < records; r++) order[fill[rankOf[recordTerm[r]!]!]!++] = r;

    // Sizes are known up front (a document gap takes at most 5 bytes), so bytes are copied in place
    // without a subarray per record: this loop runs once per (document, term).
    const heads = this.heads.bytes();
    const positionBytes = this.positionBytes.bytes();
    const postings = new Uint8Array(heads.length + records * 5);
    const positions = new Uint8Array(positionBytes.length);
    const postStart = new Float64Array(termCount + 1);
    const posStart = new Float64Array(termCount + 1);
    const langMask = new Uint8Array(termCount);
    const { data: recordDoc } = this.recordDoc;
    const { data: recordHead } = this.recordHead;
    const { data: recordPositions } = this.recordPositions;
    const { data: recordBodyOnly } = this.recordBodyOnly;
    let out = 0;
    let positionsOut = 0;
    for (let rank = 0; rank < termCount; rank++) {
      postStart[rank] = out;
      posStart[rank] = positionsOut;
      let lastDoc = -1;
      for (let k = first[rank]!; k < first[rank + 1]!; k++) {
        const r = order[k]!;
        const doc = recordDoc[r]!;
        let gap = (doc - lastDoc) * 2 + recordBodyOnly[r]!;
        lastDoc = doc;
        while (gap >= 0x80) {
          postings[out++] = (gap & 0x7f) | 0x80;
          gap = Math.floor(gap / 128);
        }
        postings[out++] = gap;
        const headEnd = r + 1 < records ? recordHead[r + 1]! : heads.length;
        for (let b = recordHead[r]!; b < headEnd; b++) postings[out++] = heads[b]!;
        const positionsEnd = r + 1 < records ? recordPositions[r + 1]! : positionBytes.length;
        for (let b = recordPositions[r]!; b < positionsEnd; b++) positions[positionsOut++] = positionBytes[b]!;
      }
    }
    postStart[termCount] = out;
    posStart[termCount] = positionsOut;
    ids.forEach((id, rank) => (langMask[rank] = this.langMask.data[id]!));
    const data: SegmentData = {
      docCount: this.ids.length,
      ids: this.ids,
      terms,
      df,
      postStart,
      postings: postings.slice(0, out),
      posStart,
      positions,
      langMask,
      fieldLengths: this.fieldLengths.trimmed(),
      fieldTotals: this.fieldTotals,
      dates: this.dates.trimmed(),
      languageIds: this.languageIds.trimmed(),
      sourceIds: this.sourceIds.trimmed(),
      authorIds: this.authorIds.trimmed(),
      tagStart: Uint32Array.from(this.tagStart),
      tagIds: Int32Array.from(this.tagIds),
      values: {
        language: this.tables.language.values,
        source: this.tables.source.values,
        author: this.tables.author.values,
        tag: this.tables.tag.values,
      },
    };
    return new Segment(data, new MemoryStore(Buffer.concat(this.stored), Float64Array.from(this.storeStart)));
  }

  private termId(text: string, start: number, end: number): number {
    const id = this.table.idOf(text, start, end);
    if (id === this.stop.length) {
      this.stop.push(isStopWord(this.table.terms[id]!) ? 1 : 0);
      this.df.push(0);
      this.langMask.push(0);
    }
    return id;
  }

  private record(term: number, doc: number, tfs: readonly number[], sorted: Float64Array, from: number, to: number): void {
    this.recordTerm.push(term);
    this.df.data[term]!++;
    this.recordDoc.push(doc);
    this.recordHead.push(this.heads.length);
    this.recordPositions.push(this.positionBytes.length);
    let mask = 0;
    for (let field = 0; field < FIELD_COUNT; field++) if (tfs[field]! > 0) mask |= 1 << field;
    if (mask === 1 << BODY) {
      this.recordBodyOnly.push(1);
      this.heads.writeVarint(tfs[BODY]!);
    } else {
      this.recordBodyOnly.push(0);
      this.heads.writeByte(mask);
      for (let field = 0; field < FIELD_COUNT; field++) if (tfs[field]! > 0) this.heads.writeVarint(tfs[field]!);
    }
    // Tokens were numbered in field order, so within a term they come field by field, in position order.
    let previousField = -1;
    let previous = 0;
    for (let i = from; i < to; i++) {
      const token = sorted[i]! % POSITION_BITS;
      const field = this.tokenField[token]!;
      const position = this.tokenPosition[token]!;
      if (field !== previousField) {
        previousField = field;
        previous = 0;
      }
      this.positionBytes.writeVarint(position - previous);
      previous = position;
    }
  }

  private growScratch(): void {
    const size = this.keys.length * 2;
    const keys = new Float64Array(size);
    keys.set(this.keys);
    this.keys = keys;
    const fieldOf = new Uint8Array(size);
    fieldOf.set(this.tokenField);
    this.tokenField = fieldOf;
    const positionOf = new Uint32Array(size);
    positionOf.set(this.tokenPosition);
    this.tokenPosition = positionOf;
  }
}

type TypedArray = Uint8Array | Int32Array | Uint32Array | Float64Array;

/** A typed array that doubles when full: flat numbers without a JS array's boxing. */
class GrowableArray<T extends TypedArray> {
  data: T;
  length = 0;
  constructor(private readonly Type: { new (length: number): T }) {
    this.data = new Type(1024);
  }

  push(value: number): void {
    if (this.length === this.data.length) {
      const grown = new this.Type(this.data.length * 2);
      grown.set(this.data as never);
      this.data = grown;
    }
    this.data[this.length++] = value;
  }

  trimmed(): T {
    return this.data.slice(0, this.length) as T;
  }
}
