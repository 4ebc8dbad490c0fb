/** The facets a user can filter by, in the order the filter chips list them. */
import type { SearchFacets } from '../../archive/model/article';

export type FacetName = keyof SearchFacets;
export const FACET_NAMES: readonly FacetName[] = ['source', 'language', 'author', 'year'];
