import type { SearchFacets, SearchFilters } from '../../archive/model/article';
import { useI18n } from '../i18n/i18n-context';
import type { FacetName } from './facet-names';
import { FacetGroup } from './facet-group';

export interface FacetsPanelProps {
  /** The core's counts: each facet counted without its own filter, chosen values always listed. */
  readonly facets: SearchFacets;
  readonly filters: SearchFilters;
  readonly onToggle: (facet: FacetName, value: string) => void;
}

/** Source, language and author filters beside the results (years are on the timeline). */
export function FacetsPanel({ facets, filters, onToggle }: FacetsPanelProps) {
  const { t, f } = useI18n();
  const group = (name: Exclude<FacetName, 'year'>, label: string, display?: (value: string) => string) => (
    <FacetGroup
      name={name}
      label={label}
      values={facets[name]}
      selected={(filters[name] ?? []).map(String)}
      onToggle={(value) => onToggle(name, value)}
      {...(display ? { display } : {})}
    />
  );
  return (
    <section className="facets" aria-label={t.filtersLabel}>
      {group('source', t.facetSource)}
      {group('language', t.facetLanguage, f.language)}
      {group('author', t.facetAuthor)}
    </section>
  );
}
