/**
 * Keyword-in-context snippets and highlight ranges. Highlights are computed on the original text with
 * the index's own tokenizer and term processing, so exactly the words that matched are marked,
 * whatever their accents or case.
 */
import type { Highlight, Snippet } from '../model/article';
import { forEachHit } from '../analysis/analyzer';

/** Decides whether a processed (folded) token counts as a hit. */
export type TermMatcher = (processedToken: string) => boolean;

export function highlightRanges(text: string, isHit: TermMatcher): Highlight[] {
  const ranges: Highlight[] = [];
  forEachHit(text, isHit, (start, end) => ranges.push([start, end]));
  return ranges;
}

const SNIPPET_LENGTH = 240;
/** Context kept before the first hit: enough to read it in, at most a quarter of the snippet. */
const leadIn = (length: number): number => Math.min(60, Math.floor(length / 4));

/**
 * Up to `count` passages that do not overlap, best first (most distinct matched words, then most
 * matches). Always at least one: the opening when nothing matched.
 */
export function makeSnippets(
  paragraphs: readonly string[],
  isHit: TermMatcher,
  count = 3,
  length = SNIPPET_LENGTH,
  /** Highlights of each paragraph when the caller has them already. */
  known?: readonly (readonly Highlight[])[],
): Snippet[] {
  const windows: { paragraph: number; start: number; distinct: number; count: number }[] = [];
  const rangesOf = paragraphs.map((paragraph, index) => known?.[index] ?? highlightRanges(paragraph, isHit));
  paragraphs.forEach((paragraph, index) => {
    const hits = rangesOf[index]!;
    for (let i = 0; i < hits.length && i < 200; i++) {
      const windowStart = Math.max(0, hits[i]![0] - leadIn(length));
      const inside = hits.filter(([start, end]) => start >= windowStart && end <= windowStart + length);
      const distinct = new Set(inside.map(([start, end]) => paragraph.slice(start, end).toLowerCase())).size;
      windows.push({ paragraph: index, start: windowStart, distinct, count: inside.length });
    }
  });
  // Stable sort: among equals, the earlier passage wins.
  windows.sort((a, b) => b.distinct - a.distinct || b.count - a.count);
  const chosen: typeof windows = [];
  for (const window of windows) {
    if (chosen.length >= count) break;
    if (chosen.some((other) => other.paragraph === window.paragraph && Math.abs(other.start - window.start) < length)) continue;
    chosen.push(window);
  }
  if (chosen.length === 0) {
    const paragraph = paragraphs.find((text) => text.trim().length > 0) ?? '';
    const index = Math.max(0, paragraphs.indexOf(paragraph));
    return [cutPassage(paragraph, 0, length, rangesOf[index] ?? [])];
  }
  return chosen.map((window) => cutPassage(paragraphs[window.paragraph]!, window.start, length, rangesOf[window.paragraph]!));
}

function cutPassage(paragraph: string, from: number, length: number, ranges: readonly Highlight[]): Snippet {
  let start = from;
  let end = Math.min(paragraph.length, start + length);
  // Widen to whole words so no word is cut in half.
  if (start > 0) {
    const space = paragraph.lastIndexOf(' ', start);
    start = space < 0 ? 0 : space + 1;
  }
  if (end < paragraph.length) {
    const space = paragraph.lastIndexOf(' ', end);
    if (space > start) end = space;
  }
  const prefix = start > 0 ? '… ' : '';
  const suffix = end < paragraph.length ? ' …' : '';
  const passage = paragraph.slice(start, end).trim();
  const text = `${prefix}${passage}${suffix}`;
  // Shift the paragraph's highlights into the passage (trim only removed spaces at its start).
  const shift = prefix.length - (start + (paragraph.slice(start, end).length - paragraph.slice(start, end).trimStart().length));
  const highlights = ranges
    .filter(([rangeStart, rangeEnd]) => rangeStart >= start && rangeEnd <= end)
    .map(([rangeStart, rangeEnd]): Highlight => [rangeStart + shift, rangeEnd + shift]);
  return { text, highlights };
}
