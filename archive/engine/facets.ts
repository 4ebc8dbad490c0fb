/**
 * Facet counts over the whole result set (not just the page) and facet filters, counted per
 * segment on its typed arrays of value ids, then named and added up across segments.
 */
import type { FacetCount, SearchFacets, SearchFilters } from '../model/article';
import type { MatchList } from './match-list';
import type { Segment } from './segment';

const MAX_VALUES = 30;
/** Matches per year (dates are yyyymmdd, so years are below 10,000): an array, not a Map update per match. */
const yearScratch = new Int32Array(10_000);

export class FacetCounter {
  private readonly counts = { source: new Map<string, number>(), author: new Map<string, number>(), language: new Map<string, number>(), year: new Map<string, number>() };

  add(segment: Segment, matches: MatchList): void {
    const data = segment.data;
    const source = new Int32Array(data.values.source.length);
    const author = new Int32Array(data.values.author.length);
    const language = new Int32Array(data.values.language.length);
    const years = yearScratch.fill(0);
    for (const doc of matches.docs) {
      const s = data.sourceIds[doc]!;
      if (s >= 0) source[s]!++;
      const a = data.authorIds[doc]!;
      if (a >= 0) author[a]!++;
      const l = data.languageIds[doc]!;
      if (l >= 0) language[l]!++;
      const date = data.dates[doc]!;
      if (date > 0) years[Math.floor(date / 10000)]!++;
    }
    addCounts(this.counts.source, data.values.source, source);
    addCounts(this.counts.author, data.values.author, author);
    addCounts(this.counts.language, data.values.language, language);
    years.forEach((count, year) => {
      if (count > 0) this.counts.year.set(String(year), (this.counts.year.get(String(year)) ?? 0) + count);
    });
  }

  result(): SearchFacets {
    return {
      source: top(this.counts.source),
      author: top(this.counts.author),
      language: top(this.counts.language),
      // Years read best in order, newest first.
      year: [...this.counts.year].map(([value, count]) => ({ value, count })).sort((a, b) => Number(b.value) - Number(a.value)),
    };
  }
}

function addCounts(into: Map<string, number>, names: readonly string[], counts: Int32Array): void {
  counts.forEach((count, id) => {
    if (count > 0) into.set(names[id]!, (into.get(names[id]!) ?? 0) + count);
  });
}

/** The MAX_VALUES largest counts (ties by name): a bounded insertion, not a sort of every author in the result. */
function top(counts: ReadonlyMap<string, number>): FacetCount[] {
  const best: FacetCount[] = [];
  const before = (count: number, value: string, other: FacetCount): boolean => count > other.count || (count === other.count && value < other.value);
  for (const [value, count] of counts) {
    if (best.length === MAX_VALUES && !before(count, value, best[MAX_VALUES - 1]!)) continue;
    let at = best.length === MAX_VALUES ? MAX_VALUES - 1 : best.length;
    if (best.length < MAX_VALUES) best.push({ value, count });
    while (at > 0 && before(count, value, best[at - 1]!)) {
      best[at] = best[at - 1]!;
      at--;
    }
    best[at] = { value, count };
  }
  return best;
}

/** A predicate for the chosen facet values (values within a facet are ORed, facets ANDed). */
export function facetFilter(segment: Segment, filters: SearchFilters | undefined): ((doc: number) => boolean) | null {
  if (!filters) return null;
  const data = segment.data;
  const checks: ((doc: number) => boolean)[] = [];
  const byValue = (wanted: readonly string[] | undefined, names: readonly string[], ids: Int32Array): void => {
    if (!wanted || wanted.length === 0) return;
    const set = new Set(wanted);
    const allowed = new Uint8Array(names.length);
    names.forEach((name, id) => (allowed[id] = set.has(name) ? 1 : 0));
    checks.push((doc) => {
      const id = ids[doc]!;
      return id >= 0 && allowed[id] === 1;
    });
  };
  byValue(filters.source, data.values.source, data.sourceIds);
  byValue(filters.author, data.values.author, data.authorIds);
  byValue(filters.language, data.values.language, data.languageIds);
  if (filters.year && filters.year.length > 0) {
    const years = new Set(filters.year.map(Number));
    checks.push((doc) => years.has(Math.floor(data.dates[doc]! / 10000)));
  }
  if (checks.length === 0) return null;
  return (doc) => checks.every((check) => check(doc));
}
