import type { SearchFilters } from '../../archive/model/article';
import { useI18n } from '../i18n/i18n-context';
import { FACET_NAMES, type FacetName } from './facet-names';
import { selectedSpan } from './histogram';

export interface ActiveFiltersProps {
  readonly filters: SearchFilters;
  readonly onRemove: (facet: FacetName, value: string | null) => void;
  readonly onClear: () => void;
}

/** The filters in force, each removable with one click: the way out of "no results". */
export function ActiveFilters({ filters, onRemove, onClear }: ActiveFiltersProps) {
  const { t, f } = useI18n();
  const chips: { facet: FacetName; value: string | null; label: string }[] = [];
  for (const facet of FACET_NAMES) {
    const values = (filters[facet] ?? []).map(String);
    if (values.length === 0) continue;
    if (facet === 'year') {
      const span = selectedSpan(values);
      if (span) chips.push({ facet, value: null, label: t.timelineRange(String(span.from), String(span.to)) });
    } else {
      for (const value of values) chips.push({ facet, value, label: facet === 'language' ? f.language(value) : value });
    }
  }
  if (chips.length === 0) return null;
  return (
    <ul className="active-filters" aria-label={t.filtersLabel}>
      {chips.map((chip) => (
        <li key={`${chip.facet}:${chip.value ?? ''}`}>
          <button type="button" className="chip" aria-label={t.removeFilter(chip.label)} onClick={() => onRemove(chip.facet, chip.value)}>
            {chip.label} <span aria-hidden="true">×</span>
          </button>
        </li>
      ))}
      {chips.length > 1 && (
        <li>
          <button type="button" className="link-button" onClick={onClear}>
            {t.clearFilters}
          </button>
        </li>
      )}
    </ul>
  );
}
