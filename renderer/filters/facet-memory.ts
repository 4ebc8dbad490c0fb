/**
 * Which counts a facet shows. The core counts over the filtered results, so once a source is ticked
 * the other sources would vanish and could not be added. Each facet therefore shows the counts of the
 * latest answer in which it was not itself filtered (for the same query), so its alternatives stay
 * visible. Pure: the caller keeps the memory between answers.
 */
import type { FacetCount, SearchFacets, SearchFilters } from '../../archive/model/article';

export type FacetName = keyof SearchFacets;
export const FACET_NAMES: readonly FacetName[] = ['source', 'language', 'author', 'year'];

export interface FacetMemory {
  readonly key: string;
  readonly counts: Partial<Record<FacetName, readonly FacetCount[]>>;
}

export function rememberFacets(memory: FacetMemory | null, key: string, facets: SearchFacets, filters: SearchFilters): FacetMemory {
  const counts: Partial<Record<FacetName, readonly FacetCount[]>> = memory?.key === key ? { ...memory.counts } : {};
  for (const name of FACET_NAMES) {
    if ((filters[name]?.length ?? 0) === 0) counts[name] = facets[name];
  }
  return { key, counts };
}

/** The values to list for a facet: remembered counts, plus any chosen value they lack (count 0). */
export function shownFacet(memory: FacetMemory | null, key: string, facets: SearchFacets, filters: SearchFilters, name: FacetName): FacetCount[] {
  const base = (memory?.key === key ? memory.counts[name] : undefined) ?? facets[name];
  const chosen = (filters[name] ?? []).map(String);
  const listed = new Set(base.map((entry) => entry.value));
  return [...base, ...chosen.filter((value) => !listed.has(value)).map((value) => ({ value, count: 0 }))];
}
