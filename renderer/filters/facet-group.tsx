import { useState } from 'react';
import type { FacetCount } from '../../archive/model/article';
import { useI18n } from '../i18n/i18n-context';

/** Values shown before "Show more": enough for the common case without pushing the next facet away. */
const COLLAPSED = 6;

export interface FacetGroupProps {
  readonly name: string;
  readonly label: string;
  readonly values: readonly FacetCount[];
  readonly selected: readonly string[];
  readonly display?: (value: string) => string;
  readonly onToggle: (value: string) => void;
}

/** One facet as a group of checkboxes with counts (values of one facet are alternatives). */
export function FacetGroup({ name, label, values, selected, display = (value) => value, onToggle }: FacetGroupProps) {
  const { t, f } = useI18n();
  const [expanded, setExpanded] = useState(false);
  if (values.length === 0) return null;
  // Chosen values always stay visible, even past the fold.
  const visible = expanded ? values : values.filter((entry, index) => index < COLLAPSED || selected.includes(entry.value));
  const hidden = values.length - visible.length;
  return (
    <fieldset className="facet">
      <legend>{label}</legend>
      <ul>
        {visible.map((entry) => {
          const id = `facet-${name}-${values.indexOf(entry)}`;
          return (
            <li key={entry.value}>
              <input type="checkbox" id={id} checked={selected.includes(entry.value)} onChange={() => onToggle(entry.value)} />
              <label htmlFor={id} title={display(entry.value)}>
                <span className="facet-value">{display(entry.value)}</span>
                <span className="facet-count" aria-hidden="true">{f.number(entry.count)}</span>
                <span className="visually-hidden">{` (${t.resultCount(entry.count)})`}</span>
              </label>
            </li>
          );
        })}
      </ul>
      {(hidden > 0 || expanded) && values.length > COLLAPSED && (
        <button type="button" className="link-button" aria-expanded={expanded} onClick={() => setExpanded((value) => !value)}>
          {expanded ? t.showFewerValues : t.showMoreValues(hidden)}
        </button>
      )}
    </fieldset>
  );
}
