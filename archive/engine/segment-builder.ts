/**
 * Accumulates documents and seals them into an immutable `Segment`. Each document is analysed once;
 * its words are grouped by term as they are read (each term's first word gives it a slot, then one
 * counting pass puts every word in its slot: no sort) and recorded as (term, document, frequencies,
 * positions) in flat typed arrays; sealing sizes every term's postings in one sequential pass over
 * the records and writes them in a second (documents stay in order). No object per term: that
 * is what keeps building a large archive from being a garbage-collection benchmark.
 */
import { isStopWord, languageBit, stemLanguageOf, wordChars } from '../analysis/analyzer';
import { fastFold } from '../analysis/fast-fold';
import { TermTable } from './term-table';
import { ByteSink } from './byte-sink';
import { GrowableArray } from './growable-array';
import { scanHead, skipVarints, varintSize, type HeadScan } from './record-bytes';
import { BODY, FIELD_COUNT } from './fields';
import { articlesInMemory, dateNumber, MemoryStore, Segment, type SegmentData } from './segment';

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
  // Scratch for one document, per token: its slot among the document's distinct terms, its field and position.
  private tokenSlot = new Int32Array(4096);
  private tokenField = new Uint8Array(4096);
  private tokenPosition = new Uint32Array(4096);
  // Per distinct term of the document: the term, its token count and per-field counts, where its tokens go.
  private slotTerm = new Int32Array(1024);
  private slotCount = new Int32Array(1024);
  private slotTf = new Uint32Array(1024 * FIELD_COUNT);
  private slotNext = new Int32Array(1024);
  private tokenOrder = new Int32Array(4096);
  /** Per term: the last document it was seen in, and its slot there. */
  private readonly lastDoc = new GrowableArray(Int32Array);
  private readonly termSlot = new GrowableArray(Int32Array);

  get docCount(): number {
    return this.ids.length;
  }

  add(document: EngineDocument): void {
    const doc = this.ids.length;
    this.ids.push(document.id);
    const bit = languageBit(stemLanguageOf(document.language));
    let count = 0;
    let slots = 0;
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
          if (count >= this.tokenSlot.length) this.growTokens();
          // Group tokens by term as they come (no sort): a term's first token gives it a slot.
          let slot: number;
          if (this.lastDoc.data[term] === doc) slot = this.termSlot.data[term]!;
          else {
            if (slots >= this.slotTerm.length) this.growSlots();
            slot = slots++;
            this.lastDoc.data[term] = doc;
            this.termSlot.data[term] = slot;
            this.slotTerm[slot] = term;
            this.slotCount[slot] = 0;
            this.slotTf.fill(0, slot * FIELD_COUNT, slot * FIELD_COUNT + FIELD_COUNT);
          }
          this.slotCount[slot]!++;
          this.slotTf[slot * FIELD_COUNT + field]!++;
          this.tokenSlot[count] = slot;
          this.tokenField[count] = field;
          this.tokenPosition[count] = position;
          count++;
        }
        position++;
      }
      this.fieldLengths.push(position);
      this.fieldTotals[field]! += position;
    }
    // Tokens in field then position order, bucketed by slot: each term's positions come out in order.
    const next = this.slotNext;
    for (let slot = 0, at = 0; slot < slots; slot++) {
      next[slot] = at;
      at += this.slotCount[slot]!;
    }
    const order = this.tokenOrder;
    for (let token = 0; token < count; token++) order[next[this.tokenSlot[token]!]!++] = token;
    for (let slot = 0, from = 0; slot < slots; slot++) {
      const term = this.slotTerm[slot]!;
      const to = from + this.slotCount[slot]!;
      this.record(term, doc, slot * FIELD_COUNT, from, to);
      this.langMask.data[term]! |= bit;
      from = to;
    }
    this.dates.push(dateNumber(document.date));
    this.languageIds.push(this.tables.language.id(document.language));
    this.sourceIds.push(this.tables.source.id(document.source));
    this.authorIds.push(this.tables.author.id(document.author));
    for (const tag of new Set(document.tags)) this.tagIds.push(this.tables.tag.id(tag));
    this.tagStart.push(this.tagIds.length);
    this.stored.push(document.stored);
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

    // Records are in document order; each term's postings are its records in that order. Two passes
    // over the records read everything sequentially and write each record at its term's cursor:
    // the first sizes every term's postings and positions, the second writes them. (Gathering the
    // records term by term instead reads memory at random, and that is what made large segments slow.)
    const records = this.recordTerm.length;
    const recordTerm = this.recordTerm.data;
    const recordDoc = this.recordDoc.data;
    const recordBodyOnly = this.recordBodyOnly.data;
    const heads = this.heads.bytes();
    const positionBytes = this.positionBytes.bytes();
    const df = new Uint32Array(termCount);
    const postStart = new Float64Array(termCount + 1);
    const posStart = new Float64Array(termCount + 1);
    const lastDoc = new Int32Array(termCount).fill(-1);
    const scan: HeadScan = { end: 0, tfSum: 0 };
    let head = 0;
    let position = 0;
    for (let r = 0; r < records; r++) {
      const rank = rankOf[recordTerm[r]!]!;
      const doc = recordDoc[r]!;
      const gap = (doc - lastDoc[rank]!) * 2 + recordBodyOnly[r]!;
      lastDoc[rank] = doc;
      df[rank]!++;
      const headFrom = head;
      scanHead(heads, head, recordBodyOnly[r] === 1, scan);
      head = scan.end;
      const positionFrom = position;
      position = skipVarints(positionBytes, position, scan.tfSum);
      postStart[rank + 1]! += varintSize(gap) + head - headFrom;
      posStart[rank + 1]! += position - positionFrom;
    }
    for (let rank = 0; rank < termCount; rank++) {
      postStart[rank + 1]! += postStart[rank]!;
      posStart[rank + 1]! += posStart[rank]!;
    }
    const postings = new Uint8Array(postStart[termCount]!);
    const positions = new Uint8Array(posStart[termCount]!);
    const postAt = postStart.slice(0, termCount);
    const posAt = posStart.slice(0, termCount);
    lastDoc.fill(-1);
    head = 0;
    position = 0;
    for (let r = 0; r < records; r++) {
      const rank = rankOf[recordTerm[r]!]!;
      const doc = recordDoc[r]!;
      let gap = (doc - lastDoc[rank]!) * 2 + recordBodyOnly[r]!;
      lastDoc[rank] = doc;
      let out = postAt[rank]!;
      while (gap >= 0x80) {
        postings[out++] = (gap & 0x7f) | 0x80;
        gap = Math.floor(gap / 128);
      }
      postings[out++] = gap;
      const headFrom = head;
      scanHead(heads, head, recordBodyOnly[r] === 1, scan);
      head = scan.end;
      for (let b = headFrom; b < head; b++) postings[out++] = heads[b]!;
      postAt[rank] = out;
      const positionFrom = position;
      position = skipVarints(positionBytes, position, scan.tfSum);
      let positionsOut = posAt[rank]!;
      for (let b = positionFrom; b < position; b++) positions[positionsOut++] = positionBytes[b]!;
      posAt[rank] = positionsOut;
    }
    const langMask = new Uint8Array(termCount);
    ids.forEach((id, rank) => (langMask[rank] = this.langMask.data[id]!));
    const data: SegmentData = {
      docCount: this.ids.length,
      ids: this.ids,
      terms,
      df,
      postStart,
      posStart,
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
    return new Segment(data, new MemoryStore(postings, positions, articlesInMemory(this.stored)));
  }

  private termId(text: string, start: number, end: number): number {
    const id = this.table.idOf(text, start, end);
    if (id === this.stop.length) {
      this.stop.push(isStopWord(this.table.terms[id]!) ? 1 : 0);
      this.df.push(0);
      this.langMask.push(0);
      this.lastDoc.push(-1);
      this.termSlot.push(0);
    }
    return id;
  }

  private record(term: number, doc: number, tfAt: number, from: number, to: number): void {
    const tfs = this.slotTf;
    this.recordTerm.push(term);
    this.df.data[term]!++;
    this.recordDoc.push(doc);
    let mask = 0;
    for (let field = 0; field < FIELD_COUNT; field++) if (tfs[tfAt + field]! > 0) mask |= 1 << field;
    if (mask === 1 << BODY) {
      this.recordBodyOnly.push(1);
      this.heads.writeVarint(tfs[tfAt + BODY]!);
    } else {
      this.recordBodyOnly.push(0);
      this.heads.writeByte(mask);
      for (let field = 0; field < FIELD_COUNT; field++) if (tfs[tfAt + field]! > 0) this.heads.writeVarint(tfs[tfAt + field]!);
    }
    // Tokens were numbered in field order, so within a term they come field by field, in position order.
    let previousField = -1;
    let previous = 0;
    const order = this.tokenOrder;
    for (let i = from; i < to; i++) {
      const token = order[i]!;
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

  private growTokens(): void {
    const size = this.tokenSlot.length * 2;
    const slotOf = new Int32Array(size);
    slotOf.set(this.tokenSlot);
    this.tokenSlot = slotOf;
    const fieldOf = new Uint8Array(size);
    fieldOf.set(this.tokenField);
    this.tokenField = fieldOf;
    const positionOf = new Uint32Array(size);
    positionOf.set(this.tokenPosition);
    this.tokenPosition = positionOf;
    this.tokenOrder = new Int32Array(size);
  }

  private growSlots(): void {
    const size = this.slotTerm.length * 2;
    const grow = <T extends Int32Array | Uint32Array>(from: T, length: number): T => {
      const next = new (from.constructor as { new (n: number): T })(length);
      next.set(from);
      return next;
    };
    this.slotTerm = grow(this.slotTerm, size);
    this.slotCount = grow(this.slotCount, size);
    this.slotTf = grow(this.slotTf, size * FIELD_COUNT);
    this.slotNext = new Int32Array(size);
  }
}
