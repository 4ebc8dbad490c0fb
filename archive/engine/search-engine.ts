/**
 * The full-text index of an archive: immutable segments plus the documents added since the last
 * one was sealed. New and changed articles go into a new segment, removed ones are marked deleted
 * (tombstones), and small or mostly-deleted segments are merged, so re-indexing a changed file never
 * rewrites the whole index.
 */
import type { SearchFacets, SearchFilters, SearchSort } from '../model/article';
import type { QueryNode } from '../query/parse-query';
import { evaluate, type IndexStats, type SegmentView } from './evaluate';
import { FacetCounter } from './facets';
import { FIELD_COUNT } from './fields';
import { hashId, IdTable } from './id-table';
import { keep, type MatchList } from './match-list';
import { mergeSegments } from './merge-segments';
import { planQuery, type PlanNode } from './query-plan';
import type { Segment } from './segment';
import { SegmentBuilder, type EngineDocument } from './segment-builder';
import { findTerm } from './term-dictionary';
import { TopK } from './top-k';

export interface EngineHit {
  readonly id: string;
  readonly score: number;
  readonly segment: Segment;
  readonly local: number;
}

export interface EngineResult {
  readonly total: number;
  readonly hits: readonly EngineHit[];
  readonly facets: SearchFacets;
  readonly plan: PlanNode | null;
}

export interface EngineQuery {
  readonly offset: number;
  readonly limit: number;
  readonly sort: SearchSort;
  readonly filters?: SearchFilters;
  /** Documents never to return (the article itself, for "more like this"). */
  readonly exclude?: ReadonlySet<string>;
}

interface LiveSegment {
  readonly segment: Segment;
  readonly deleted: Uint8Array;
  deletedCount: number;
  /** Its documents by id. */
  readonly table: IdTable;
}

/** Seal the pending documents into a segment at this size even if nobody searches. */
const PENDING_LIMIT = 50_000;
const MERGE_CAP = 200_000;

export class SearchEngine {
  private live: LiveSegment[] = [];
  private pending = new SegmentBuilder();
  private pendingIds = new Map<string, number>();
  private pendingDeleted = new Set<number>();
  /**
   * Documents being indexed in another thread (see index/index-workers.ts): per batch, the segment
   * that will hold them, their number there by id. Only these documents will be live in it.
   */
  private expected = new Map<string, Map<string, number>>();
  private expectedCount = 0;
  /** Live documents in the sealed segments. */
  private sealedCount = 0;

  constructor(segments: readonly { segment: Segment; deleted: Uint8Array }[] = []) {
    for (const { segment, deleted } of segments) this.attach(segment, deleted);
  }

  get documentCount(): number {
    return this.sealedCount + this.pendingIds.size + this.expectedCount;
  }

  segments(): readonly { readonly segment: Segment; readonly deleted: Uint8Array }[] {
    this.flush();
    return this.live;
  }

  /** The sealed segments as they are, without sealing the pending documents (to save them early). */
  sealedSegments(): readonly Segment[] {
    return this.live.map((entry) => entry.segment);
  }

  has(id: string): boolean {
    return this.pendingIds.has(id) || this.expectedBatchOf(id) !== undefined || this.where(id) !== undefined;
  }

  /** Counts `id` as indexed: it is document `local` of the segment `batch` will be (see `attachBatch`). */
  expect(id: string, batch: string, local: number): void {
    if (this.has(id)) return;
    let documents = this.expected.get(batch);
    if (!documents) this.expected.set(batch, (documents = new Map()));
    documents.set(id, local);
    this.expectedCount++;
  }

  /**
   * Attaches the segment a batch was built into. Its documents nobody expected (a second copy of an
   * article, an article removed meanwhile, a file the pass never got to) are deleted in it.
   */
  attachBatch(batch: string, segment: Segment): void {
    const documents = this.expected.get(batch) ?? new Map<string, number>();
    this.expected.delete(batch);
    this.expectedCount -= documents.size;
    const deleted = new Uint8Array(segment.docCount).fill(1);
    for (const [id, local] of documents) {
      if (segment.data.ids[local] !== id) throw new Error(`batch ${batch}: document ${local} is not ${id}`);
      deleted[local] = 0;
    }
    this.attach(segment, deleted);
  }

  private expectedBatchOf(id: string): Map<string, number> | undefined {
    for (const documents of this.expected.values()) if (documents.has(id)) return documents;
    return undefined;
  }

  add(document: EngineDocument): void {
    if (this.has(document.id)) return;
    this.pendingIds.set(document.id, this.pending.docCount);
    this.pending.add(document);
    if (this.pending.docCount >= PENDING_LIMIT) this.flush();
  }

  remove(id: string): void {
    const pendingLocal = this.pendingIds.get(id);
    if (pendingLocal !== undefined) {
      this.pendingIds.delete(id);
      this.pendingDeleted.add(pendingLocal);
      return;
    }
    const expected = this.expectedBatchOf(id);
    if (expected) {
      expected.delete(id);
      this.expectedCount--;
      return;
    }
    const where = this.where(id);
    if (!where) return;
    where.entry.deleted[where.local] = 1;
    where.entry.deletedCount++;
    this.sealedCount--;
  }

  /** The stored form of an article, read from its segment (memory or disk). */
  readStored(id: string): Uint8Array | null {
    this.flush();
    const where = this.where(id);
    return where ? where.entry.segment.store.read(where.local) : null;
  }

  locate(id: string): { segment: Segment; local: number } | undefined {
    this.flush();
    const where = this.where(id);
    return where && { segment: where.entry.segment, local: where.local };
  }

  private where(id: string): { entry: LiveSegment; local: number } | undefined {
    const hash = hashId(id);
    for (const entry of this.live) {
      const local = entry.table.find(id, hash, entry.deleted);
      if (local >= 0) return { entry, local };
    }
    return undefined;
  }

  /** Makes pending documents searchable by sealing them into a segment. */
  flush(): void {
    if (this.pending.docCount === 0) return;
    const segment = this.pending.seal();
    const deleted = new Uint8Array(segment.docCount);
    for (const local of this.pendingDeleted) deleted[local] = 1;
    this.pending = new SegmentBuilder();
    this.pendingIds = new Map();
    this.pendingDeleted = new Set();
    this.attach(segment, deleted);
  }

  /**
   * Merges mostly-deleted segments, and the smallest ones when there are more than `maxSegments`
   * (never more than MERGE_CAP documents at once: a merge holds its postings in memory until saved).
   * Returns the segments that were replaced; call again (after saving) until it returns none.
   */
  compact(maxSegments = 8): Segment[] {
    this.flush();
    const mostlyDeleted = this.live.filter((entry) => entry.deletedCount > entry.segment.docCount * 0.3);
    const chosen = new Set(mostlyDeleted);
    const bySize = [...this.live].sort((a, b) => a.segment.docCount - b.segment.docCount);
    let docs = [...chosen].reduce((sum, entry) => sum + entry.segment.docCount, 0);
    for (const entry of bySize) {
      if (this.live.length - chosen.size + (chosen.size > 0 ? 1 : 0) <= maxSegments) break;
      if (docs + entry.segment.docCount > MERGE_CAP) break;
      chosen.add(entry);
      docs += entry.segment.docCount;
    }
    // A single segment "merged" alone would only be rewritten as it is.
    if (chosen.size === 0 || (chosen.size === 1 && mostlyDeleted.length === 0)) return [];
    const merging = this.live.filter((entry) => chosen.has(entry));
    const merged = mergeSegments(merging);
    const replaced = merging.map((entry) => entry.segment);
    this.live = this.live.filter((entry) => !chosen.has(entry));
    for (const entry of merging) this.sealedCount -= entry.segment.docCount - entry.deletedCount;
    // The merged segment reads its articles from the replaced ones until it is saved, and closes them.
    if (merged.docCount > 0) this.attach(merged, new Uint8Array(merged.docCount));
    else merged.store.close();
    return replaced;
  }

  plan(query: QueryNode): PlanNode | null {
    this.flush();
    return planQuery(query, this.live.map((entry) => entry.segment));
  }

  search(query: QueryNode, request: EngineQuery): EngineResult {
    const plan = this.plan(query);
    return this.run(plan, request);
  }

  run(plan: PlanNode | null, request: EngineQuery): EngineResult {
    const facets = new FacetCounter(request.filters);
    if (plan === null) return { total: 0, hits: [], facets: facets.result(), plan };
    const views: SegmentView[] = this.live;
    const lists = evaluate(plan, views, this.stats());
    const top = new TopK<Candidate>(request.offset + request.limit, better(request.sort));
    let total = 0;
    lists.forEach((found, index) => {
      const { segment } = this.live[index]!;
      let list: MatchList = found;
      if (request.exclude && request.exclude.size > 0) list = keep(list, (doc) => !request.exclude!.has(segment.data.ids[doc]!));
      const dates = segment.data.dates;
      // One walk: every match is counted for the facets (each facet ignoring its own filter), and
      // only those passing every facet filter are results.
      facets.startSegment(segment);
      for (let i = 0; i < list.docs.length; i++) {
        const doc = list.docs[i]!;
        if (!facets.count(doc)) continue;
        total++;
        const score = list.scores[i]!;
        // Most matches cannot enter the page: skip them without allocating.
        const bar = top.threshold();
        if (bar && request.sort === 'relevance' && score < bar.score) continue;
        if (bar && request.sort === 'newest' && dates[doc]! < bar.date) continue;
        const candidate = { segment: index, doc, id: segment.data.ids[doc]!, score, date: dates[doc]! };
        if (top.wouldAccept(candidate)) top.push(candidate);
      }
      facets.endSegment();
    });
    const hits = top
      .sorted()
      .slice(request.offset)
      .map(({ segment, doc, score }) => {
        const owner = this.live[segment]!.segment;
        return { id: owner.data.ids[doc]!, score, segment: owner, local: doc };
      });
    return { total, hits, facets: facets.result(), plan };
  }

  /** Number of live articles holding each term (for type-ahead and "more like this"). */
  documentFrequency(term: string): number {
    return this.stats().liveDocs === 0 ? 0 : this.live.reduce((sum, { segment }) => sum + frequencyIn(segment, term), 0);
  }

  stats(): IndexStats {
    const average = new Float64Array(FIELD_COUNT);
    let docs = 0;
    for (const { segment } of this.live) {
      docs += segment.docCount;
      segment.data.fieldTotals.forEach((total, field) => (average[field]! += total));
    }
    for (let field = 0; field < FIELD_COUNT; field++) average[field] = docs > 0 ? average[field]! / docs : 0;
    return { liveDocs: Math.max(1, this.sealedCount), average };
  }

  /** Checks what loading did not (saved segments' postings and positions); false when any is damaged. */
  async verify(): Promise<boolean> {
    for (const { segment } of [...this.live]) if (!(await segment.store.verify())) return false;
    return true;
  }

  close(): void {
    for (const { segment } of this.live) segment.store.close();
  }

  private attach(segment: Segment, deleted: Uint8Array): void {
    let deletedCount = 0;
    for (let local = 0; local < segment.docCount; local++) deletedCount += deleted[local]! ? 1 : 0;
    this.sealedCount += segment.docCount - deletedCount;
    this.live.push({ segment, deleted, deletedCount, table: new IdTable(segment.data.ids) });
  }
}

interface Candidate {
  readonly segment: number;
  readonly doc: number;
  readonly id: string;
  readonly score: number;
  readonly date: number;
}

function better(sort: SearchSort): (a: Candidate, b: Candidate) => boolean {
  // Equal results in id order: the same order however the index was built, split into segments or updated.
  const tie = (a: Candidate, b: Candidate): boolean => a.id < b.id;
  switch (sort) {
    case 'relevance':
      return (a, b) => (a.score !== b.score ? a.score > b.score : tie(a, b));
    case 'newest':
      return (a, b) => (a.date !== b.date ? a.date > b.date : a.score !== b.score ? a.score > b.score : tie(a, b));
    case 'oldest':
      // Undated articles go last, not first.
      return (a, b) => {
        const x = a.date || Infinity;
        const y = b.date || Infinity;
        return x !== y ? x < y : a.score !== b.score ? a.score > b.score : tie(a, b);
      };
  }
}

function frequencyIn(segment: Segment, term: string): number {
  const index = findTerm(segment.data.terms, term);
  return index >= 0 ? segment.data.df[index]! : 0;
}
