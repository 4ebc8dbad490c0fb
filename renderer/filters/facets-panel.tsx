import type { SearchFacets, SearchFilters } from '../../archive/model/article';
import { useI18n } from '../i18n/i18n-context';
import type { FacetMemory, FacetName } from './facet-memory';
import { shownFacet } from './facet-memory';
import { FacetGroup } from './facet-group';

export interface FacetsPanelProps {
  readonly facets: SearchFacets;
  readonly memory: FacetMemory | null;
  readonly memoryKey: string;
  readonly filters: SearchFilters;
  readonly onToggle: (facet: FacetName, value: string) => void;
}

/** Source, language and author filters beside the results (years are on the timeline). */
export function FacetsPanel({ facets, memory, memoryKey, filters, onToggle }: FacetsPanelProps) {
  const { t, f } = useI18n();
  const group = (name: Exclude<FacetName, 'year'>, label: string, display?: (value: string) => string) => (
    <FacetGroup
      name={name}
      label={label}
      values={shownFacet(memory, memoryKey, facets, filters, name)}
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
