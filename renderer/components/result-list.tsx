import { useEffect, type KeyboardEvent, type RefObject } from 'react';
import type { SearchHit } from '../../archive/model/article';
import { formatDate } from '../format';
import { strings } from '../strings';
import { HighlightedText } from './highlighted-text';

export interface ResultListProps {
  readonly hits: readonly SearchHit[];
  readonly selected: number;
  readonly openId: string | null;
  readonly onSelect: (index: number) => void;
  readonly onOpen: (index: number) => void;
  readonly listRef: RefObject<HTMLOListElement | null>;
}

/** The result rows: one button each, with a roving tab stop so Tab enters the list once. */
export function ResultList({ hits, selected, openId, onSelect, onOpen, listRef }: ResultListProps) {
  // When the selection moves while the list has focus, focus follows it (and scrolls it into view).
  useEffect(() => {
    const list = listRef.current;
    if (!list || !list.contains(document.activeElement)) return;
    list.querySelector<HTMLButtonElement>(`[data-index="${selected}"]`)?.focus();
  }, [selected, listRef]);

  const onKeyDown = (event: KeyboardEvent<HTMLOListElement>): void => {
    if (event.ctrlKey || event.metaKey || event.altKey) return;
    const last = hits.length - 1;
    const move = (index: number): void => {
      event.preventDefault();
      onSelect(Math.max(0, Math.min(last, index)));
    };
    switch (event.key) {
      case 'ArrowDown':
      case 'j':
        return move(selected + 1);
      case 'ArrowUp':
      case 'k':
        return move(selected - 1);
      case 'Home':
        return move(0);
      case 'End':
        return move(last);
    }
  };

  return (
    <ol className="result-list" ref={listRef} onKeyDown={onKeyDown}>
      {hits.map((hit, index) => (
        <li key={hit.id}>
          <ResultRow
            hit={hit}
            index={index}
            selected={index === selected}
            open={hit.id === openId}
            onFocus={() => onSelect(index)}
            onOpen={() => onOpen(index)}
          />
        </li>
      ))}
    </ol>
  );
}

interface ResultRowProps {
  readonly hit: SearchHit;
  readonly index: number;
  readonly selected: boolean;
  readonly open: boolean;
  readonly onFocus: () => void;
  readonly onOpen: () => void;
}

function ResultRow({ hit, index, selected, open, onFocus, onOpen }: ResultRowProps) {
  const date = hit.date !== null ? formatDate(hit.date) : null;
  const meta = [date, hit.source, hit.duplicates > 1 ? strings.duplicates(hit.duplicates) : null].filter(
    (part): part is string => part !== null && part !== '',
  );
  const titleId = `result-${index}-title`;
  const detailsId = `result-${index}-details`;
  return (
    <button
      type="button"
      className="result"
      data-index={index}
      data-selected={selected}
      tabIndex={selected ? 0 : -1}
      aria-current={open ? 'true' : undefined}
      aria-labelledby={titleId}
      aria-describedby={detailsId}
      onFocus={onFocus}
      onClick={onOpen}
    >
      <span className="result-title" id={titleId}>
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
