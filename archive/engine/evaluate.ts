/**
 * Runs a query plan on every segment. Leaves are read first (postings → weighted frequencies), then
 * scored with statistics of the whole index, so a document scores the same whichever segment holds
 * it; then AND / OR / NOT and the date and language filters combine the lists per segment.
 */
import { idf, lengthNorm, saturate } from './bm25';
import { FIELD_BOOSTS, FIELD_COUNT, FIELD_LENGTH_NORM, FIELDS, fieldIndex } from './fields';
import { allDocs, EMPTY, intersect, keep, subtract, union, type MatchList } from './match-list';
import { forEachPosting, phrasePositions, readPhrasePostings, type FieldWeights, type PhrasePostings } from './postings';
import type { PhraseLeaf, PlanNode, TermLeaf } from './query-plan';
import type { Segment } from './segment';
import { findTerm } from './term-dictionary';
import type { QueryField } from '../query/parse-query';

export interface SegmentView {
  readonly segment: Segment;
  /** 1 for documents deleted since the segment was written. */
  readonly deleted: Uint8Array;
}

export interface IndexStats {
  readonly liveDocs: number;
  /** Average length of each field over all segments. */
  readonly average: Float64Array;
}

type Leaf = TermLeaf | PhraseLeaf;
interface Raw {
  readonly docs: Int32Array;
  readonly weighted: Float64Array;
}

export function evaluate(plan: PlanNode, views: readonly SegmentView[], stats: IndexStats): MatchList[] {
  const scored = new Map<Leaf, MatchList[]>();
  for (const leaf of leaves(plan)) {
    const weights = fieldWeights(leaf.field, stats);
    const raw = views.map(({ segment }) => (leaf.kind === 'term' ? readTerm(segment, leaf, weights) : readPhrase(segment, leaf, weights)));
    const weight =
      leaf.kind === 'term'
        ? idf(raw.reduce((sum, list) => sum + list.docs.length, 0), stats.liveDocs)
        : leaf.words.reduce((sum, word) => sum + idf(documentFrequency(views, word.term), stats.liveDocs), 0);
    scored.set(
      leaf,
      raw.map(({ docs, weighted }) => {
        // In place: the raw frequencies are not used again, and a common word has one per article.
        for (let i = 0; i < weighted.length; i++) weighted[i] = saturate(weighted[i]!, weight);
        return { docs, scores: weighted };
      }),
    );
  }
  return views.map((view, index) => {
    const list = combine(plan, view.segment, index, scored);
    return keep(list, (doc) => view.deleted[doc] === 0);
  });
}

function combine(node: PlanNode, segment: Segment, index: number, scored: ReadonlyMap<Leaf, MatchList[]>): MatchList {
  switch (node.kind) {
    case 'term':
    case 'phrase':
      return scored.get(node)![index]!;
    case 'date':
    case 'lang':
      return allDocs(segment.docCount, filterOf(node, segment));
    case 'or':
      return node.children.map((child) => combine(child, segment, index, scored)).reduce(union);
    case 'and': {
      const filters = node.children.filter((child) => child.kind === 'date' || child.kind === 'lang');
      const lists = node.children.filter((child) => child.kind !== 'date' && child.kind !== 'lang').map((child) => combine(child, segment, index, scored));
      lists.sort((a, b) => a.docs.length - b.docs.length);
      let result = lists.length === 0 ? combine(filters.shift()!, segment, index, scored) : lists.reduce(intersect);
      for (const filter of filters) result = keep(result, filterOf(filter, segment));
      for (const excluded of node.exclude) {
        if (result.docs.length === 0) break;
        result = subtract(result, combine(excluded, segment, index, scored));
      }
      return result;
    }
  }
}

function filterOf(node: Extract<PlanNode, { kind: 'date' | 'lang' }>, segment: Segment): (doc: number) => boolean {
  const { dates, languageIds, values } = segment.data;
  if (node.kind === 'date') {
    const { from, to } = node;
    return (doc) => {
      const date = dates[doc]!;
      return date >= from && date <= to;
    };
  }
  const wanted = values.language.indexOf(node.language);
  return (doc) => wanted >= 0 && languageIds[doc] === wanted;
}

function* leaves(node: PlanNode): Generator<Leaf> {
  switch (node.kind) {
    case 'term':
    case 'phrase':
      yield node;
      return;
    case 'date':
    case 'lang':
      return;
    case 'or':
      for (const child of node.children) yield* leaves(child);
      return;
    case 'and':
      for (const child of [...node.children, ...node.exclude]) yield* leaves(child);
      return;
  }
}

function fieldWeights(field: QueryField | null, stats: IndexStats): FieldWeights {
  const boost = new Float64Array(FIELD_COUNT);
  const b = new Float64Array(FIELD_COUNT);
  FIELDS.forEach((name, i) => {
    boost[i] = field === null || field === name ? FIELD_BOOSTS[name] : 0;
    b[i] = FIELD_LENGTH_NORM[name];
  });
  if (field !== null) boost[fieldIndex(field)] = 1;
  return { boost, b, average: stats.average };
}

function documentFrequency(views: readonly SegmentView[], term: string): number {
  let df = 0;
  for (const { segment } of views) {
    const index = findTerm(segment.data.terms, term);
    if (index >= 0) df += segment.data.df[index]!;
  }
  return df;
}

let scratch = new Float64Array(0);

function readTerm(segment: Segment, leaf: TermLeaf, weights: FieldWeights): Raw {
  const present = leaf.variants.flatMap((variant) => {
    const index = findTerm(segment.data.terms, variant.term);
    return index >= 0 ? [{ index, weight: variant.weight }] : [];
  });
  if (present.length === 0) return { docs: EMPTY.docs, weighted: EMPTY.scores };
  if (present.length === 1) {
    const { index, weight } = present[0]!;
    const count = segment.data.df[index]!;
    const docs = new Int32Array(count);
    const weighted = new Float64Array(count);
    let n = 0;
    forEachPosting(segment, index, weights, (doc, value) => {
      docs[n] = doc;
      weighted[n++] = value * weight;
    });
    return { docs: docs.subarray(0, n), weighted: weighted.subarray(0, n) };
  }
  // Several terms stand for this word: add their frequencies per document (one "synonym" term).
  if (scratch.length < segment.docCount) scratch = new Float64Array(segment.docCount);
  const touched: number[] = [];
  for (const { index, weight } of present) {
    forEachPosting(segment, index, weights, (doc, value) => {
      if (scratch[doc] === 0) touched.push(doc);
      scratch[doc]! += value * weight;
    });
  }
  const docs = Int32Array.from(touched).sort();
  const weighted = new Float64Array(docs.length);
  docs.forEach((doc, i) => {
    weighted[i] = scratch[doc]!;
    scratch[doc] = 0;
  });
  return { docs, weighted };
}

function readPhrase(segment: Segment, leaf: PhraseLeaf, weights: FieldWeights): Raw {
  const postings: { offset: number; list: PhrasePostings }[] = [];
  for (const word of leaf.words) {
    const index = findTerm(segment.data.terms, word.term);
    if (index < 0) return { docs: EMPTY.docs, weighted: EMPTY.scores };
    postings.push({ offset: word.offset, list: readPhrasePostings(segment, index) });
  }
  const rarest = postings.reduce((best, next) => (next.list.docs.length < best.list.docs.length ? next : best));
  const docs: number[] = [];
  const weightedList: number[] = [];
  const cursor = postings.map(() => 0);
  const at = postings.map(() => 0);
  for (const doc of rarest.list.docs) {
    let all = true;
    for (let i = 0; i < postings.length; i++) {
      const list = postings[i]!.list;
      let k = cursor[i]!;
      while (k < list.docs.length && list.docs[k]! < doc) k++;
      cursor[i] = k;
      at[i] = k;
      if (k >= list.docs.length || list.docs[k] !== doc) all = false;
    }
    if (!all) continue;
    let weighted = 0;
    for (let field = 0; field < FIELD_COUNT; field++) {
      const boost = weights.boost[field]!;
      if (boost === 0) continue;
      const count = phraseCount(segment, postings, at, field);
      if (count > 0) weighted += (boost * count) / lengthNorm(weights.b[field]!, segment.fieldLength(doc, field), weights.average[field]!);
    }
    if (weighted > 0) {
      docs.push(doc);
      weightedList.push(weighted);
    }
  }
  return { docs: Int32Array.from(docs), weighted: Float64Array.from(weightedList) };
}

let positionScratch: Int32Array[] = [];

/** How many times the words occur adjacent and in order in one field. */
function phraseCount(segment: Segment, postings: readonly { offset: number; list: PhrasePostings }[], at: readonly number[], field: number): number {
  // Only documents holding every word get here; decode just this field's positions of each word.
  const lists: Int32Array[] = [];
  const lengths: number[] = [];
  for (let i = 0; i < postings.length; i++) {
    const { list } = postings[i]!;
    const tf = list.tfs[at[i]! * FIELD_COUNT + field]!;
    if (tf === 0) return 0;
    if ((positionScratch[i]?.length ?? 0) < tf) positionScratch[i] = new Int32Array(Math.max(tf, 64));
    lengths.push(phrasePositions(list, at[i]!, field, positionScratch[i]!));
    lists.push(positionScratch[i]!);
  }
  const first = postings[0]!.offset;
  const cursor = lists.map(() => 0);
  let count = 0;
  // Positions ascend in each list: one merging walk checks every start.
  for (let s = 0; s < lengths[0]!; s++) {
    const base = lists[0]![s]! - first;
    let every = true;
    for (let i = 1; i < lists.length; i++) {
      const wanted = base + postings[i]!.offset;
      const list = lists[i]!;
      let k = cursor[i]!;
      while (k < lengths[i]! && list[k]! < wanted) k++;
      cursor[i] = k;
      if (k >= lengths[i]! || list[k] !== wanted) {
        every = false;
        break;
      }
    }
    if (every) count++;
  }
  return count;
}
