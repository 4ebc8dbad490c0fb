/**
 * Merges segments into one, dropping deleted documents: postings are re-coded with the new document
 * numbers, positions are copied byte for byte. Stored articles are not copied: the merged segment
 * reads them from the segments it replaces (and owns them) until it is saved, so merging 200,000
 * articles does not hold their texts in memory. Each source's postings and positions are read in
 * term order, a window at a time.
 */
import { ByteSink, VarintReader } from './byte-sink';
import { FIELD_COUNT } from './fields';
import { MemoryStore, Segment, type ArticleSource, type SegmentData, type SegmentStore } from './segment';
import { allTerms } from './term-dictionary';

interface Source {
  readonly segment: Segment;
  readonly deleted: Uint8Array;
}

export function mergeSegments(sources: readonly Source[]): Segment {
  const newLocal = sources.map(({ segment, deleted }) => new Int32Array(segment.docCount).fill(-1));
  const ids: string[] = [];
  const fieldLengths: number[] = [];
  const fieldTotals = new Array<number>(FIELD_COUNT).fill(0);
  const dates: number[] = [];
  const tables = { language: new Table(), source: new Table(), author: new Table(), tag: new Table() };
  const languageIds: number[] = [];
  const sourceIds: number[] = [];
  const authorIds: number[] = [];
  const tagStart: number[] = [0];
  const tagIds: number[] = [];
  const fromSource: number[] = [];
  const fromLocal: number[] = [];
  sources.forEach(({ segment, deleted }, s) => {
    const data = segment.data;
    for (let local = 0; local < segment.docCount; local++) {
      if (deleted[local]) continue;
      newLocal[s]![local] = ids.length;
      ids.push(data.ids[local]!);
      for (let field = 0; field < FIELD_COUNT; field++) {
        const length = data.fieldLengths[local * FIELD_COUNT + field]!;
        fieldLengths.push(length);
        fieldTotals[field]! += length;
      }
      dates.push(data.dates[local]!);
      languageIds.push(tables.language.id(data.values.language, data.languageIds[local]!));
      sourceIds.push(tables.source.id(data.values.source, data.sourceIds[local]!));
      authorIds.push(tables.author.id(data.values.author, data.authorIds[local]!));
      for (let t = data.tagStart[local]!; t < data.tagStart[local + 1]!; t++) tagIds.push(tables.tag.id(data.values.tag, data.tagIds[t]!));
      tagStart.push(tagIds.length);
      fromSource.push(s);
      fromLocal.push(local);
    }
  });

  // Each source's terms as strings once: a dictionary read from its file makes one per `at`.
  const sourceTerms = sources.map(({ segment }) => allTerms(segment.data.terms));
  const mergedTerms = [...new Set(sourceTerms.flat())].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  const postings = new ByteSink(1 << 16);
  const positions = new ByteSink(1 << 16);
  const terms: string[] = [];
  const df: number[] = [];
  const langMask: number[] = [];
  const postStart: number[] = [];
  const posStart: number[] = [];
  // Every source's terms are sorted like mergedTerms: one cursor each instead of a lookup per term.
  const cursor = sources.map(() => 0);
  const postingWindows = sources.map(({ segment }) => new Window(segment.data.postStart.at(-1)!, (start, end) => segment.store.postings(start, end)));
  const positionWindows = sources.map(({ segment }) => new Window(segment.data.posStart.at(-1)!, (start, end) => segment.store.positions(start, end)));
  for (const term of mergedTerms) {
    const postingsAt = postings.length;
    const positionsAt = positions.length;
    let count = 0;
    let mask = 0;
    let lastDoc = -1;
    sources.forEach(({ segment }, s) => {
      const data = segment.data;
      const index = cursor[s]!;
      if (sourceTerms[s]![index] !== term) return;
      cursor[s] = index + 1;
      mask |= data.langMask[index]!;
      const termPostings = postingWindows[s]!.bytes(data.postStart[index]!, data.postStart[index + 1]!);
      const reader = new VarintReader(termPostings, 0);
      const termPositions = positionWindows[s]!.bytes(data.posStart[index]!, data.posStart[index + 1]!);
      const positionReader = new VarintReader(termPositions, 0);
      let doc = -1;
      for (let i = 0; i < data.df[index]!; i++) {
        const head = reader.next();
        doc += Math.floor(head / 2);
        const headerStart = reader.offset;
        let words = 0;
        if (head & 1) words = reader.next();
        else {
          const fields = termPostings[reader.offset++]!;
          for (let field = 0; field < FIELD_COUNT; field++) if (fields & (1 << field)) words += reader.next();
        }
        const headerEnd = reader.offset;
        const positionsFrom = positionReader.offset;
        for (let k = 0; k < words; k++) positionReader.next();
        const target = newLocal[s]![doc]!;
        if (!(target >= 0)) continue;
        postings.writeVarint((target - lastDoc) * 2 + (head & 1));
        postings.writeBytes(termPostings.subarray(headerStart, headerEnd));
        positions.writeBytes(termPositions.subarray(positionsFrom, positionReader.offset));
        lastDoc = target;
        count++;
      }
    });
    if (count === 0) {
      postings.length = postingsAt;
      positions.length = positionsAt;
      continue;
    }
    terms.push(term);
    df.push(count);
    langMask.push(mask);
    postStart.push(postingsAt);
    posStart.push(positionsAt);
  }
  postStart.push(postings.length);
  posStart.push(positions.length);

  const data: SegmentData = {
    docCount: ids.length,
    ids,
    terms,
    df: Uint32Array.from(df),
    postStart: Float64Array.from(postStart),
    posStart: Float64Array.from(posStart),
    langMask: Uint8Array.from(langMask),
    fieldLengths: Uint32Array.from(fieldLengths),
    fieldTotals,
    dates: Int32Array.from(dates),
    languageIds: Int32Array.from(languageIds),
    sourceIds: Int32Array.from(sourceIds),
    authorIds: Int32Array.from(authorIds),
    tagStart: Uint32Array.from(tagStart),
    tagIds: Int32Array.from(tagIds),
    values: { language: tables.language.values, source: tables.source.values, author: tables.author.values, tag: tables.tag.values },
  };
  const stores = sources.map(({ segment }) => segment.store);
  const articles = carriedArticles(stores, Int32Array.from(fromSource), Int32Array.from(fromLocal));
  return new Segment(data, new MemoryStore(postings.bytes(), positions.bytes(), articles, stores));
}

function carriedArticles(stores: readonly SegmentStore[], source: Int32Array, local: Int32Array): ArticleSource {
  return {
    count: source.length,
    size: (doc) => stores[source[doc]!]!.articleSize(local[doc]!),
    read: (doc) => stores[source[doc]!]!.read(local[doc]!),
  };
}

const WINDOW_BYTES = 4 * 1024 * 1024;

/** Serves byte ranges asked for in increasing order from one read of a few megabytes. */
class Window {
  private start = 0;
  private bytesRead: Uint8Array = new Uint8Array(0);

  constructor(
    private readonly total: number,
    private readonly load: (start: number, end: number) => Uint8Array,
  ) {}

  bytes(start: number, end: number): Uint8Array {
    if (start < this.start || end > this.start + this.bytesRead.length) {
      this.start = start;
      this.bytesRead = this.load(start, Math.max(end, Math.min(this.total, start + WINDOW_BYTES)));
    }
    return this.bytesRead.subarray(start - this.start, end - this.start);
  }
}

class Table {
  readonly values: string[] = [];
  private readonly ids = new Map<string, number>();
  id(names: readonly string[], old: number): number {
    if (old < 0) return -1;
    const name = names[old]!;
    let id = this.ids.get(name);
    if (id === undefined) {
      id = this.values.length;
      this.values.push(name);
      this.ids.set(name, id);
    }
    return id;
  }
}
