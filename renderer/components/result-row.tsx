import type { SearchHit } from '../../archive/model/article';
import { useI18n } from '../i18n/i18n-context';
import { HighlightedText } from './highlighted-text';

export interface ResultRowProps {
  /** Undefined while its page is on its way: a placeholder keeps the row's place and focus. */
  readonly hit: SearchHit | undefined;
  readonly index: number;
  readonly selected: boolean;
  /** Holds the list's one tab stop. */
  readonly tabbable: boolean;
  readonly open: boolean;
  readonly onFocus: () => void;
  readonly onOpen: () => void;
  readonly buttonRef: (button: HTMLButtonElement | null) => void;
}

/** One result: headline, date · source · language · copies, and the passage where the words matched. */
export function ResultRow({ hit, index, selected, tabbable, open, onFocus, onOpen, buttonRef }: ResultRowProps) {
  const { t, f } = useI18n();
  if (hit === undefined) {
    return (
      <button ref={buttonRef} type="button" className="result placeholder" data-index={index} tabIndex={tabbable ? 0 : -1} onFocus={onFocus} aria-busy="true">
        <span className="result-title">{t.loadingResult}</span>
      </button>
    );
  }
  const date = hit.date !== null ? f.shortDate(hit.date) : null;
  const meta = [
    date,
    hit.source,
    hit.language !== null ? f.language(hit.language) : null,
    hit.duplicates > 1 ? t.duplicates(hit.duplicates) : null,
  ].filter((part): part is string => part !== null && part !== '');
  const titleId = `result-${index}-title`;
  const detailsId = `result-${index}-details`;
  return (
    <button
      ref={buttonRef}
      type="button"
      className="result"
      data-index={index}
      data-selected={selected}
      tabIndex={tabbable ? 0 : -1}
      aria-current={open ? 'true' : undefined}
      aria-labelledby={titleId}
      aria-describedby={detailsId}
      onFocus={onFocus}
      onClick={onOpen}
    >
      <span className="result-title" id={titleId} title={hit.title}>
        <HighlightedText text={hit.title} highlights={hit.titleHighlights} />
      </span>
      <span id={detailsId} className="result-details">
        {meta.length > 0 && <span className="result-meta">{meta.join(' · ')}</span>}
        <span className="result-snippet">
          <HighlightedText text={hit.snippet.text} highlights={hit.snippet.highlights} />
        </span>
      </span>
    </button>
  );
}
