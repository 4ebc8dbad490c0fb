import { useVirtualizer } from '@tanstack/react-virtual';
import { useCallback, useEffect, useLayoutEffect, useRef, type KeyboardEvent, type RefObject } from 'react';
import { hitAt, type ResultsView } from '../hooks/use-search';
import { useI18n } from '../i18n/i18n-context';
import { ResultRow } from './result-row';

/**
 * Every row has the same height (styles.css: `.result { height: 6.4rem }`), so the position of any of
 * 100,000 rows is known without measuring the ones before it, and jumping to the end lands exactly.
 */
const ROW_HEIGHT_REM = 6.4;

function rootFontPx(): number {
  return Number.parseFloat(getComputedStyle(document.documentElement).fontSize) || 16;
}

export interface ResultListProps {
  readonly view: ResultsView;
  readonly selected: number;
  readonly openId: string | null;
  readonly onSelect: (index: number) => void;
  readonly onOpen: (index: number) => void;
  readonly loadRange: (start: number, end: number) => void;
  readonly listRef: RefObject<HTMLOListElement | null>;
  readonly isTicked: (id: string) => boolean;
  /** Ticks or unticks a row for export; `extend` (Shift) takes every row from the last one toggled. */
  readonly onTick: (index: number, extend: boolean) => void;
}

/**
 * Every result of the search, however many: only the rows near the viewport exist in the page
 * (@tanstack/react-virtual), and their pages are fetched as they come into view. One roving tab stop,
 * so Tab enters the list once; arrows, j/k, Page Up/Down, Home/End move the selection, which stays in view.
 */
export function ResultList({ view, selected, openId, onSelect, onOpen, loadRange, listRef, isTicked, onTick }: ResultListProps) {
  const { t } = useI18n();
  const scrollRef = useRef<HTMLDivElement>(null);
  const total = view.response.total;
  // Follows the text size setting (the root font size).
  const rowHeight = Math.round(ROW_HEIGHT_REM * rootFontPx() * 100) / 100;
  const virtualizer = useVirtualizer({
    count: total,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => rowHeight,
    overscan: 6,
    // Rows are keyed by position (the default): a placeholder that fills in must stay the same element, or it loses focus.
    initialRect: { width: 0, height: 800 },
  });
  useLayoutEffect(() => virtualizer.measure(), [virtualizer, rowHeight]);
  const items = virtualizer.getVirtualItems();
  const first = items[0]?.index ?? 0;
  const last = items[items.length - 1]?.index ?? 0;
  // The selected row holds the tab stop; if it has been scrolled away, the first row shown does.
  const tabStop = selected >= first && selected <= last ? selected : first;

  useEffect(() => {
    if (total > 0) loadRange(first, last + 20);
  }, [first, last, total, loadRange]);

  // A new search starts at the top.
  useLayoutEffect(() => {
    scrollRef.current?.scrollTo({ top: 0 });
  }, [view.generation]);

  // Whether focus belongs in the list: true once a row has focus, false when focus goes elsewhere. A row
  // scrolled out of existence takes focus with it without any focus event, so the intent survives that.
  const focusIntent = useRef(false);
  const selectedRef = useRef(selected);
  selectedRef.current = selected;
  useEffect(() => {
    const onFocusIn = (event: FocusEvent): void => {
      focusIntent.current = listRef.current?.contains(event.target as Node) ?? false;
    };
    document.addEventListener('focusin', onFocusIn);
    return () => document.removeEventListener('focusin', onFocusIn);
  }, [listRef]);

  /** A row that appears while it is the selection takes focus, if focus belongs in the list. */
  const focusOnMount = useCallback((row: HTMLButtonElement | null) => {
    if (row && focusIntent.current && Number(row.dataset['index']) === selectedRef.current && document.activeElement !== row) {
      focusInView(row);
    }
  }, []);

  // The selection stays in view; if focus belongs in the list, it follows the selection. A row in the
  // page is scrolled to by where it really is: the virtualizer hears of a scroll a frame later, and
  // scrolling by its idea of the position moved the list under a press that had just scrolled it,
  // so that the release fell on another row. Only a row not in the page needs the virtualizer.
  useEffect(() => {
    const row = listRef.current?.querySelector<HTMLButtonElement>(`.result[data-index="${selected}"]`);
    if (!row) virtualizer.scrollToIndex(selected, { align: 'auto' });
    else if (focusIntent.current) focusInView(row);
    else row.scrollIntoView({ block: 'nearest' });
  }, [selected, listRef, virtualizer]);

  const onKeyDown = (event: KeyboardEvent<HTMLOListElement>): void => {
    if (event.ctrlKey || event.metaKey || event.altKey) return;
    // Space ticks (as in a list box; the row's own Space would open it, which Enter does).
    if (event.key === ' ' && (event.target as HTMLElement).classList.contains('result')) {
      event.preventDefault();
      onTick(selected, event.shiftKey);
      return;
    }
    const page = Math.max(1, items.length - 2);
    const move = (index: number): void => {
      event.preventDefault();
      onSelect(Math.max(0, Math.min(total - 1, index)));
    };
    switch (event.key) {
      case 'ArrowDown':
      case 'j':
        return move(selected + 1);
      case 'ArrowUp':
      case 'k':
        return move(selected - 1);
      case 'PageDown':
        return move(selected + page);
      case 'PageUp':
        return move(selected - page);
      case 'Home':
        return move(0);
      case 'End':
        return move(total - 1);
    }
  };

  return (
    <div className="result-scroller" ref={scrollRef}>
      <ol className="result-list" ref={listRef} onKeyDown={onKeyDown} style={{ height: virtualizer.getTotalSize() }}>
        {items.map((item) => {
          const hit = hitAt(view, item.index);
          return (
            <li
              key={item.key}
              data-index={item.index}
              aria-setsize={total}
              aria-posinset={item.index + 1}
              className="result-item"
              style={{ transform: `translateY(${item.start}px)`, height: item.size }}
            >
              {hit !== undefined && (
                // Out of the tab order: the row holds the list's one tab stop, and Space on it ticks.
                <input
                  type="checkbox"
                  className="result-tick"
                  tabIndex={-1}
                  checked={isTicked(hit.id)}
                  readOnly
                  aria-label={t.tickResult(hit.title)}
                  onClick={(event) => onTick(item.index, event.shiftKey)}
                />
              )}
              <ResultRow
                hit={hit}
                index={item.index}
                selected={item.index === selected}
                tabbable={item.index === tabStop}
                open={openId !== null && hit?.id === openId}
                onFocus={() => onSelect(item.index)}
                onOpen={() => onOpen(item.index)}
                buttonRef={focusOnMount}
              />
            </li>
          );
        })}
      </ol>
    </div>
  );
}

/**
 * Focuses a row and makes sure all of it is visible: the virtualizer scrolls by estimated heights, the
 * browser then corrects by the measured ones.
 */
function focusInView(row: HTMLElement): void {
  row.focus({ preventScroll: true });
  requestAnimationFrame(() => row.scrollIntoView({ block: 'nearest' }));
}
