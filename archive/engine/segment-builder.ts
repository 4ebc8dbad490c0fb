/**
 * Accumulates documents and seals them into an immutable `Segment`. Each document is analysed once;
 * its words are grouped by term as they are read (each term's first word gives it a slot, then one
 * counting pass puts every word in its slot: no sort) and recorded as (term, document, frequencies,
 * positions) in flat typed arrays; sealing sizes every term's postings in one sequential pass over
 * the records and writes them in a second (documents stay in order). No object per term: that
 * is what keeps building a large archive from being a garbage-collection benchmark.
 */
import { isStopWordAt, languageBit, stemLanguageOf, WORD, wordChars } from '../analysis/analyzer';
import { foldTable } from '../analysis/fast-fold';
import { fold } from '../text/fold';
import { withoutRepeats } from '../text/without-repeats';
import { FNV_OFFSET, FNV_PRIME, hashWord } from '../analysis/hash-word';
import { STATE, TermTable } from './term-table';
import { ByteSink, VarintReader, varintSize } from './byte-sink';
import { GrowableArray } from './growable-array';
import { BODY, FIELD_COUNT } from './fields';
import { articlesInMemory, dateNumber, MemoryStore, Segment, type SegmentData } from './segment';

/** What the engine needs of an article: its searchable fields, facet values and stored form. */
export interface EngineDocument {
  readonly id: string;
  /**
   * The searchable text, as UTF-8: usually the stored form itself, whose bytes hold every field's
   * text, so that an article waiting to be indexed holds no strings for the garbage collector to
   * copy, and its text is read as bytes, which is faster than reading a string.
   */
  readonly text: Uint8Array;
  /**
   * Where the fields are in `text`: (field, start, end) for each part (the body's paragraphs, the
   * tags), fields numbered as FIELDS lists them, each field's parts in order. A field's parts are
   * indexed as one text in which no word spans two parts.
   */
  readonly parts: readonly number[];
  readonly date: string | null;
  readonly language: string | null;
  readonly source: string | null;
  readonly author: string | null;
  readonly tags: readonly string[];
  /** The serialized article, returned as is by the store. */
  readonly stored: Uint8Array;
}

const POSITION_BITS = 2 ** 22;
const utf8 = new TextDecoder();
// The builder's state of a term, kept in its term-table slot: the last document it was seen in and
// its slot among that document's terms, and whether it is a stop-word (-1: not known yet).
const LAST_DOC = STATE;
const DOC_SLOT = STATE + 1;
const STOP = STATE + 2;
// What sealing keeps per term id (see seal).
const INFO = 4;
const LAST = 0;
const POSTINGS = 1;
const POSITIONS = 2;
const DF_LANGUAGES = 3;

class ValueTable {
  readonly values: string[] = [];
  private readonly ids = new Map<string, number>();
  id(value: string | null): number {
    if (value === null || value === '') return -1;
    let id = this.ids.get(value);
    if (id === undefined) {
      id = this.values.length;
      // A copy: a reader's author or source is often a slice of the file's whole text, which V8
      // keeps alive for it (about 40 MB of article texts in an index thread's batch of 25,000).
      // Flattening the concatenation makes a new string, of which the slice keeps only this value.
      value = (' ' + value).slice(1);
      this.values.push(value);
      this.ids.set(value, id);
    }
    return id;
  }
}

/** `text` and `parts` for a document whose fields are given as strings: each field's parts, in FIELDS order. */
export function documentText(fields: readonly (readonly string[])[]): Pick<EngineDocument, 'text' | 'parts'> {
  const encoder = new TextEncoder();
  const encoded = fields.map((field) => field.map((part) => encoder.encode(part)));
  const text = new Uint8Array(encoded.flat().reduce((sum, bytes) => sum + bytes.length, 0));
  const parts: number[] = [];
  let at = 0;
  encoded.forEach((field, index) =>
    field.forEach((bytes) => {
      text.set(bytes, at);
      parts.push(index, at, at + bytes.length);
      at += bytes.length;
    }),
  );
  return { text, parts };
}

/** In `scanTable`, a character that folds to one that is not part of a word (U+0001 is never one). */
const SEPARATOR = 1;
let scanning: Uint16Array | null = null;

/** Per BMP code unit: what it folds to when that is a word character, SEPARATOR when not, 0 when the fold table leaves it to `fold`. */
function scanTable(): Uint16Array {
  if (!scanning) {
    const folding = foldTable();
    const isWordChar = wordChars();
    scanning = new Uint16Array(0x10000);
    for (let code = 0; code < scanning.length; code++) {
      const folded = folding[code]!;
      if (folded !== 0 || code === 0) scanning[code] = isWordChar[folded] === 1 ? folded : SEPARATOR;
    }
  }
  return scanning;
}

export class SegmentBuilder {
  private readonly table = new TermTable();
  // One record per (document, term), in document order: its term; its head's size in bytes times
  // two, plus one when the term occurs in the body only (its head then holds no field mask); the
  // size of its positions, as a varint; the head and the positions themselves. Per document, where
  // its records end (a record's document is not stored: one int less per record). With the sizes at
  // hand, sealing copies records without reading their varints.
  private readonly recordTerm = new GrowableArray(Int32Array);
  private readonly docRecordsEnd = new GrowableArray(Int32Array);
  private readonly recordHead = new GrowableArray(Uint8Array);
  private readonly recordPositionSizes = new ByteSink(1 << 16);
  private readonly heads = new ByteSink(1 << 16);
  private readonly positionBytes = new ByteSink(1 << 16);
  private readonly ids: string[] = [];
  private readonly docLanguageBits = new GrowableArray(Uint8Array);
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
  // Scratch for one document: its token and distinct-term counts so far, and per token its slot
  // among the document's distinct terms, its field and position.
  private docTokens = 0;
  private docTerms = 0;
  private tokenSlot = new Int32Array(4096);
  private tokenField = new Uint8Array(4096);
  private tokenPosition = new Uint32Array(4096);
  // Per distinct term of the document: the term, its token count and per-field counts, where its tokens go.
  private slotTerm = new Int32Array(1024);
  private slotCount = new Int32Array(1024);
  private slotTf = new Uint32Array(1024 * FIELD_COUNT);
  private slotNext = new Int32Array(1024);
  private tokenOrder = new Int32Array(4096);
  // Scratch for one part of a field: its folded text, where each word starts and ends, and its hash.
  private codes = new Uint16Array(4096);
  private wordStart = new Int32Array(4096);
  private wordEnd = new Int32Array(4096);
  private wordHash = new Int32Array(4096);

  /** What TermTable.touch returned last: kept so that its reads are not optimised away. */
  touched = 0;

  get docCount(): number {
    return this.ids.length;
  }

  add(document: EngineDocument): void {
    const doc = this.ids.length;
    this.ids.push(document.id);
    this.docLanguageBits.push(languageBit(stemLanguageOf(document.language)));
    this.docTokens = 0;
    this.docTerms = 0;
    const { text, parts } = document;
    for (let field = 0; field < FIELD_COUNT; field++) {
      // A word's position is its number in the field, stop-words included.
      let position = 0;
      for (let part = 0; part < parts.length; part += 3) {
        if (parts[part] === field) position = this.addWords(this.findWords(text, parts[part + 1]!, parts[part + 2]!), doc, field, position);
      }
      this.fieldLengths.push(position);
      this.fieldTotals[field]! += position;
    }
    const count = this.docTokens;
    const slots = this.docTerms;
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
      this.record(term, slot * FIELD_COUNT, from, to);
      from = to;
    }
    this.docRecordsEnd.push(this.recordTerm.length);
    this.dates.push(dateNumber(document.date));
    this.languageIds.push(this.tables.language.id(document.language));
    this.sourceIds.push(this.tables.source.id(document.source));
    this.authorIds.push(this.tables.author.id(document.author));
    for (const tag of withoutRepeats(document.tags)) this.tagIds.push(this.tables.tag.id(tag));
    this.tagStart.push(this.tagIds.length);
    this.stored.push(document.stored);
  }

  /** Adds the words findWords found to the document's tokens, numbered from `position`; returns the position after them. */
  private addWords(words: number, doc: number, field: number, position: number): number {
    const table = this.table;
    const codes = this.codes;
    const wordStart = this.wordStart;
    const wordEnd = this.wordEnd;
    const wordHash = this.wordHash;
    let count = this.docTokens;
    let slots = this.docTerms;
    this.touched = table.touch(wordHash, words);
    for (let word = 0; word < words; word++, position++) {
      const at = table.find(codes, wordStart[word]!, wordEnd[word]!, wordHash[word]!);
      const state = table.slots;
      let stop = state[at + STOP]!;
      if (stop < 0) {
        // A new term: stop-words are interned like any word, so telling them apart costs no substring.
        stop = isStopWordAt(codes, wordStart[word]!, wordEnd[word]!, wordHash[word]!) ? 1 : 0;
        state[at + STOP] = stop;
      }
      // Four million words: the rest of a runaway file is not indexed.
      if (stop === 1 || count >= POSITION_BITS - 1) continue;
      if (count >= this.tokenSlot.length) this.growTokens();
      // Group tokens by term as they come (no sort): a term's first token gives it a slot.
      let slot: number;
      if (state[at + LAST_DOC] === doc) slot = state[at + DOC_SLOT]!;
      else {
        if (slots >= this.slotTerm.length) this.growSlots();
        slot = slots++;
        state[at + LAST_DOC] = doc;
        state[at + DOC_SLOT] = slot;
        this.slotTerm[slot] = state[at + 1]!;
        this.slotCount[slot] = 0;
        const tf = slot * FIELD_COUNT;
        for (let f = 0; f < FIELD_COUNT; f++) this.slotTf[tf + f] = 0;
      }
      this.slotCount[slot]!++;
      this.slotTf[slot * FIELD_COUNT + field]!++;
      this.tokenSlot[count] = slot;
      this.tokenField[count] = field;
      this.tokenPosition[count] = position;
      count++;
    }
    this.docTokens = count;
    this.docTerms = slots;
    return position;
  }

  seal(): Segment {
    // Records are in document order; each term's postings are its records in that order. Two passes
    // over the records read everything sequentially and write each record at its term's cursor:
    // the first sizes every term's postings and positions, the second writes them. (Gathering the
    // records term by term instead reads memory at random, and that is what made large segments slow.)
    const recordTerm = this.recordTerm.data;
    const docRecordsEnd = this.docRecordsEnd.data;
    const docCount = this.ids.length;
    const recordHead = this.recordHead.data;
    const recordPositionSizes = this.recordPositionSizes.bytes();
    const heads = this.heads.bytes();
    const positionBytes = this.positionBytes.bytes();
    const docLanguageBits = this.docLanguageBits.data;
    // Per term id, side by side so that a record touches one cache line, not one per array: the last
    // document it was seen in (plus one: 0 before the first), the size (then the write cursor) of its
    // postings and of its positions, and its document frequency times 8 plus its languages' bits.
    // 32-bit, not Float64: half the memory to miss the cache in (seal is 10% faster), and no
    // postings or positions can pass 4 GB, the most a typed array holds.
    const info = new Uint32Array(this.table.size * INFO);
    let positionSizes = new VarintReader(recordPositionSizes, 0);
    for (let doc = 0, r = 0; doc < docCount; doc++) {
      const languageBits = docLanguageBits[doc]!;
      for (const end = docRecordsEnd[doc]!; r < end; r++) {
        const at = recordTerm[r]! * INFO;
        const headSizeBodyOnly = recordHead[r]!;
        const gap = (doc + 1 - info[at + LAST]!) * 2 + (headSizeBodyOnly & 1);
        info[at + LAST] = doc + 1;
        info[at + DF_LANGUAGES] = (info[at + DF_LANGUAGES]! + 8) | languageBits;
        info[at + POSTINGS]! += varintSize(gap) + (headSizeBodyOnly >> 1);
        info[at + POSITIONS]! += positionSizes.next();
      }
    }
    // Only words that occur (stop-words were interned but never recorded), in code-unit order.
    // Their ids are sorted, not the words: each rank's id is then at hand, with no lookup per word.
    let occurring = 0;
    for (let id = 0; id < this.table.size; id++) if (info[id * INFO + DF_LANGUAGES]! > 0) occurring++;
    const ids = new Int32Array(occurring);
    for (let id = 0, rank = 0; id < this.table.size; id++) if (info[id * INFO + DF_LANGUAGES]! > 0) ids[rank++] = id;
    this.table.sortByWord(ids);
    const terms = this.table.wordsOf(ids);
    const termCount = terms.length;
    const df = new Uint32Array(termCount);
    // A term's languages: those of the documents it occurs in (for stemming the query per language).
    const langMask = new Uint8Array(termCount);
    const postStart = new Float64Array(termCount + 1);
    const posStart = new Float64Array(termCount + 1);
    ids.forEach((id, rank) => {
      const at = id * INFO;
      const dfLanguages = info[at + DF_LANGUAGES]!;
      df[rank] = Math.floor(dfLanguages / 8);
      langMask[rank] = dfLanguages & 7;
      postStart[rank + 1] = postStart[rank]! + info[at + POSTINGS]!;
      posStart[rank + 1] = posStart[rank]! + info[at + POSITIONS]!;
      // From sizes to where the second pass writes.
      info[at + LAST] = 0;
      info[at + POSTINGS] = postStart[rank]!;
      info[at + POSITIONS] = posStart[rank]!;
    });
    const postings = new Uint8Array(postStart[termCount]!);
    const positions = new Uint8Array(posStart[termCount]!);
    positionSizes = new VarintReader(recordPositionSizes, 0);
    let head = 0;
    let position = 0;
    for (let doc = 0, r = 0; doc < docCount; doc++) {
      for (const end = docRecordsEnd[doc]!; r < end; r++) {
        const at = recordTerm[r]! * INFO;
        const headSizeBodyOnly = recordHead[r]!;
        let gap = (doc + 1 - info[at + LAST]!) * 2 + (headSizeBodyOnly & 1);
        info[at + LAST] = doc + 1;
        let out = info[at + POSTINGS]!;
        while (gap >= 0x80) {
          postings[out++] = (gap & 0x7f) | 0x80;
          gap = Math.floor(gap / 128);
        }
        postings[out++] = gap;
        const headFrom = head;
        head += headSizeBodyOnly >> 1;
        for (let b = headFrom; b < head; b++) postings[out++] = heads[b]!;
        info[at + POSTINGS] = out;
        const positionFrom = position;
        position += positionSizes.next();
        let positionsOut = info[at + POSITIONS]!;
        for (let b = positionFrom; b < position; b++) positions[positionsOut++] = positionBytes[b]!;
        info[at + POSITIONS] = positionsOut;
      }
    }
    const data: SegmentData = {
      docCount,
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

  /** Folds text[start, end) into `codes` and finds its words into wordStart/wordEnd/wordHash; returns how many. */
  private findWords(text: Uint8Array, start: number, end: number): number {
    // UTF-8 never takes fewer bytes than UTF-16 code units.
    this.reserve(end - start);
    const words = this.scanWords(text, start, end);
    return words >= 0 ? words : this.matchWords(fold(utf8.decode(text.subarray(start, end))));
  }

  /**
   * One pass over the UTF-8 text: each character is folded and told word or separator by one
   * lookup in the scan table, word characters go into `codes`, and words are found and hashed on
   * the way (the folded word's FNV-1a, as `hashWord` computes it). -1 when a character is not in
   * the fold table (which holds none beyond the BMP).
   */
  private scanWords(text: Uint8Array, start: number, end: number): number {
    const scan = scanTable();
    const codes = this.codes;
    let words = 0;
    let from = -1;
    let hash = 0;
    let n = 0;
    for (let i = start; i < end; n++) {
      let original = text[i]!;
      if (original < 0x80) i++;
      else if (original < 0xe0) {
        original = ((original & 0x1f) << 6) | (text[i + 1]! & 0x3f);
        i += 2;
      } else if (original < 0xf0) {
        original = ((original & 0x0f) << 12) | ((text[i + 1]! & 0x3f) << 6) | (text[i + 2]! & 0x3f);
        i += 3;
      } else return -1;
      const code = scan[original]!;
      if (code > SEPARATOR) {
        codes[n] = code;
        if (from < 0) {
          from = n;
          hash = FNV_OFFSET;
        }
        hash = Math.imul(hash ^ code, FNV_PRIME);
      } else if (code === SEPARATOR) {
        if (from >= 0) {
          words = this.foundWord(words, from, n, hash);
          from = -1;
        }
      } else return -1;
    }
    return from >= 0 ? this.foundWord(words, from, n, hash) : words;
  }

  /** Text the table cannot fold (other scripts, letters beyond the BMP), folded already: the analyser's own word pattern. */
  private matchWords(folded: string): number {
    this.reserve(folded.length);
    for (let i = 0; i < folded.length; i++) this.codes[i] = folded.charCodeAt(i);
    let words = 0;
    for (const match of folded.matchAll(WORD)) words = this.foundWord(words, match.index, match.index + match[0].length, hashWord(folded, match.index, match.index + match[0].length));
    return words;
  }

  private foundWord(words: number, start: number, end: number, hash: number): number {
    this.wordStart[words] = start;
    this.wordEnd[words] = end;
    this.wordHash[words] = hash;
    return words + 1;
  }

  /** Room in the per-part scratch for a text of `length` code units. */
  private reserve(length: number): void {
    if (length <= this.codes.length) return;
    this.codes = new Uint16Array(length);
    this.wordStart = new Int32Array(length);
    this.wordEnd = new Int32Array(length);
    this.wordHash = new Int32Array(length);
  }

  private record(term: number, tfAt: number, from: number, to: number): void {
    const tfs = this.slotTf;
    this.recordTerm.push(term);
    let mask = 0;
    for (let field = 0; field < FIELD_COUNT; field++) if (tfs[tfAt + field]! > 0) mask |= 1 << field;
    const headFrom = this.heads.length;
    const bodyOnly = mask === 1 << BODY;
    if (bodyOnly) this.heads.writeVarint(tfs[tfAt + BODY]!);
    else {
      this.heads.writeByte(mask);
      for (let field = 0; field < FIELD_COUNT; field++) if (tfs[tfAt + field]! > 0) this.heads.writeVarint(tfs[tfAt + field]!);
    }
    // A head is at most a mask and one frequency per field (under 2^22: four bytes): doubled, it fits a byte.
    this.recordHead.push((this.heads.length - headFrom) * 2 + (bodyOnly ? 1 : 0));
    const positionsFrom = this.positionBytes.length;
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
    this.recordPositionSizes.writeVarint(this.positionBytes.length - positionsFrom);
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
