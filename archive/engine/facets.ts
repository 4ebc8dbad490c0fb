/**
 * Facet filters and disjunctive facet counts, as Algolia and Elasticsearch's post_filter do them:
 * values of one facet are ORed, facets ANDed, and each facet is counted over the matches that pass
 * every OTHER facet's filter, so the unticked values of a filtered facet still show what they would
 * add. One walk over the matches tests each facet's filter once per document: a document passing all
 * of them is a result and counts for every facet; one failing exactly one facet counts for that facet
 * only; one failing two counts nowhere. Counted per segment on its typed arrays of value ids, then
 * named and added up across segments.
 */
import type { FacetCount, SearchFacets, SearchFilters } from '../model/article';
import type { Segment } from './segment';

const MAX_VALUES = 30;
/** Dates are yyyymmdd, so years are below 10,000: arrays indexed by year, not a Map update per match. */
const YEARS = 10_000;
/** In counting order: the order of `FacetCounter.values`, a document's value id in each. */
const FACETS = ['source', 'author', 'language', 'year'] as const;
type Facet = (typeof FACETS)[number];
const YEAR = FACETS.indexOf('year');

/** Matches per year of the segment being counted: cleared, not reallocated, for each segment. */
const yearScratch = new Int32Array(YEARS);

/** Counts segment by segment: `startSegment`, then `count` for each match, then `endSegment`. */
export class FacetCounter {
  private readonly counts: Record<Facet, Map<string, number>> = { source: new Map(), author: new Map(), language: new Map(), year: new Map() };
  private readonly chosen: Record<Facet, readonly string[]>;
  private readonly allowedYears: Uint8Array | null;
  // The segment being counted: value ids per facet (year from the date), the chosen ids, the counts.
  private segment: Segment | null = null;
  private ids: readonly Int32Array[] = [];
  private dates: Int32Array = new Int32Array(0);
  /** Per facet, 1 for each chosen value id; null when the facet is not filtered. */
  private allowed: readonly (Uint8Array | null)[] = [];
  private tallies: readonly Int32Array[] = [];
  private readonly values = new Int32Array(FACETS.length);

  constructor(filters: SearchFilters = {}) {
    this.chosen = {
      source: unique(filters.source ?? []),
      author: unique(filters.author ?? []),
      language: unique(filters.language ?? []),
      // "2012" whether the filter said 2012 or "2012", so the chosen year meets its count.
      year: unique((filters.year ?? []).map((year) => String(Number(year)))),
    };
    if (this.chosen.year.length === 0) this.allowedYears = null;
    else {
      this.allowedYears = new Uint8Array(YEARS);
      for (const year of this.chosen.year) {
        const at = Number(year);
        if (Number.isInteger(at) && at > 0 && at < YEARS) this.allowedYears[at] = 1;
      }
    }
  }

  startSegment(segment: Segment): void {
    const data = segment.data;
    const allow = (names: readonly string[], wanted: readonly string[]): Uint8Array | null => {
      if (wanted.length === 0) return null;
      const set = new Set(wanted);
      return Uint8Array.from(names, (name) => (set.has(name) ? 1 : 0));
    };
    this.segment = segment;
    this.ids = [data.sourceIds, data.authorIds, data.languageIds];
    this.dates = data.dates;
    this.allowed = [allow(data.values.source, this.chosen.source), allow(data.values.author, this.chosen.author), allow(data.values.language, this.chosen.language), this.allowedYears];
    this.tallies = [new Int32Array(data.values.source.length), new Int32Array(data.values.author.length), new Int32Array(data.values.language.length), yearScratch.fill(0)];
  }

  /** Tests a matching document against each facet filter once and counts it; true when it passes them all (a result). */
  count(doc: number): boolean {
    const values = this.values;
    for (let f = 0; f < YEAR; f++) values[f] = this.ids[f]![doc]!;
    const date = this.dates[doc]!;
    values[YEAR] = date > 0 ? Math.floor(date / 10000) : -1;
    let missed = -1;
    for (let f = 0; f < FACETS.length; f++) {
      const allowed = this.allowed[f];
      if (!allowed) continue;
      const value = values[f]!;
      if (value >= 0 && allowed[value] === 1) continue;
      if (missed >= 0) return false;
      missed = f;
    }
    if (missed >= 0) {
      const value = values[missed]!;
      if (value >= 0) this.tallies[missed]![value]!++;
      return false;
    }
    for (let f = 0; f < FACETS.length; f++) {
      const value = values[f]!;
      if (value >= 0) this.tallies[f]![value]!++;
    }
    return true;
  }

  /** Names the segment's counts and adds them to the whole answer's. */
  endSegment(): void {
    const names = this.segment?.data.values;
    if (!names) return;
    this.add('source', (id) => names.source[id]!, this.tallies[0]!);
    this.add('author', (id) => names.author[id]!, this.tallies[1]!);
    this.add('language', (id) => names.language[id]!, this.tallies[2]!);
    this.add('year', String, this.tallies[YEAR]!);
    this.segment = null;
  }

  /** Counts by value, biggest first (years newest first); a chosen value is always listed, even at 0. */
  result(): SearchFacets {
    return {
      source: this.listed('source', top(this.counts.source)),
      author: this.listed('author', top(this.counts.author)),
      language: this.listed('language', top(this.counts.language)),
      // Years read best in order, newest first; there are few, so all are listed.
      year: this.listed('year', [...this.counts.year].map(([value, count]) => ({ value, count }))).sort((a, b) => Number(b.value) - Number(a.value)),
    };
  }

  private listed(facet: Facet, counts: FacetCount[]): FacetCount[] {
    const shown = new Set(counts.map((entry) => entry.value));
    for (const value of this.chosen[facet]) if (!shown.has(value)) counts.push({ value, count: this.counts[facet].get(value) ?? 0 });
    return counts;
  }

  private add(facet: Facet, name: (id: number) => string, counts: Int32Array): void {
    const into = this.counts[facet];
    // A plain loop: nearly every count is 0 (10,000 years, thousands of authors), and a call per
    // entry (forEach) took a sixth of a search at 10,000 articles, per segment.
    for (let id = 0; id < counts.length; id++) {
      const count = counts[id]!;
      if (count === 0) continue;
      const value = name(id);
      into.set(value, (into.get(value) ?? 0) + count);
    }
  }
}

function unique(values: readonly string[]): string[] {
  return [...new Set(values)];
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
