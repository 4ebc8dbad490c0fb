/**
 * Matches of some words in the rendered article, shown with the CSS Custom Highlight API: no element
 * is inserted or changed, so it works the same over plain paragraphs and rebuilt HTML, and two sets
 * (search hits and find-in-article) can coexist. One match is "current"; next/previous move it,
 * wrap around, and scroll it into view.
 */
import { useCallback, useLayoutEffect, useRef, useState, type RefObject } from 'react';
import { findAll } from './text-search';

export interface TextMatches {
  readonly total: number;
  /** 0-based index of the current match; -1 when none is current. */
  readonly current: number;
  readonly next: () => void;
  readonly previous: () => void;
}

interface Options {
  /** Highlight names used in the style sheet: `::highlight(<name>)` and `::highlight(<name>-current)`. */
  readonly name: string;
  readonly needles: readonly string[];
  readonly wholeWord: boolean;
  /** Anything that changes the rendered text (the article id). */
  readonly contentKey: string;
  /** Makes the first match current as soon as they are found (find-as-you-type). */
  readonly selectFirst: boolean;
}

function registry(): HighlightRegistry | null {
  return typeof CSS !== 'undefined' && 'highlights' in CSS ? CSS.highlights : null;
}

export function collectRanges(container: Element, needles: readonly string[], wholeWord: boolean): Range[] {
  const ranges: Range[] = [];
  if (needles.length === 0) return ranges;
  const walker = document.createTreeWalker(container, NodeFilter.SHOW_TEXT, {
    acceptNode: (node) => (node.parentElement?.closest('[data-no-find]') ? NodeFilter.FILTER_REJECT : NodeFilter.FILTER_ACCEPT),
  });
  for (let node = walker.nextNode(); node !== null; node = walker.nextNode()) {
    const text = node.textContent ?? '';
    const found = needles.flatMap((needle) => findAll(text, needle, wholeWord)).sort((a, b) => a[0] - b[0]);
    let end = -1;
    for (const [from, to] of found) {
      if (from < end) continue;
      const range = document.createRange();
      range.setStart(node, from);
      range.setEnd(node, to);
      ranges.push(range);
      end = to;
    }
  }
  return ranges;
}

export function useTextMatches(containerRef: RefObject<HTMLElement | null>, scrollRef: RefObject<HTMLElement | null>, options: Options): TextMatches {
  const { name, wholeWord, contentKey, selectFirst } = options;
  const needlesKey = JSON.stringify(options.needles);
  const ranges = useRef<Range[]>([]);
  const [total, setTotal] = useState(0);
  const [current, setCurrent] = useState(-1);

  useLayoutEffect(() => {
    const container = containerRef.current;
    const found = container ? collectRanges(container, JSON.parse(needlesKey) as string[], wholeWord) : [];
    ranges.current = found;
    setTotal(found.length);
    setCurrent(selectFirst && found.length > 0 ? 0 : -1);
    const highlights = registry();
    if (highlights) {
      if (found.length > 0) highlights.set(name, new Highlight(...found));
      else highlights.delete(name);
    }
    return () => {
      highlights?.delete(name);
      highlights?.delete(`${name}-current`);
    };
  }, [containerRef, name, needlesKey, wholeWord, contentKey, selectFirst]);

  useLayoutEffect(() => {
    const range = ranges.current[current];
    const highlights = registry();
    if (range === undefined) {
      highlights?.delete(`${name}-current`);
      return;
    }
    highlights?.set(`${name}-current`, new Highlight(range));
    scrollIntoView(range, scrollRef.current);
  }, [current, name, scrollRef, total]);

  const next = useCallback(() => setCurrent((index) => (ranges.current.length === 0 ? -1 : (index + 1) % ranges.current.length)), []);
  const previous = useCallback(
    () => setCurrent((index) => (ranges.current.length === 0 ? -1 : (index <= 0 ? ranges.current.length : index) - 1)),
    [],
  );
  return { total, current, next, previous };
}

/** Scrolls the match to the upper third of the article when it is outside the visible part. */
function scrollIntoView(range: Range, scroller: HTMLElement | null): void {
  if (scroller === null) return;
  const rect = range.getBoundingClientRect();
  const view = scroller.getBoundingClientRect();
  const margin = 48;
  if (rect.top >= view.top + margin && rect.bottom <= view.bottom - margin) return;
  scroller.scrollTop += rect.top - view.top - scroller.clientHeight / 3;
}
