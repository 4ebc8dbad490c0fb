/**
 * Keyword-in-context snippets and highlight ranges. Highlights are computed on the original text with
 * the index's own tokenizer and term processing, so exactly the words that matched are marked,
 * whatever their accents or case.
 */
import type { Highlight, Snippet } from '../model/article';
import { processTerm } from '../index/search-index';
import { tokenSpans } from '../text/tokens';

/** Decides whether a processed (folded) token counts as a hit. */
export type TermMatcher = (processedToken: string) => boolean;

export function termMatcher(matchedTerms: ReadonlySet<string>): TermMatcher {
  return (token) => matchedTerms.has(token);
}

export function highlightRanges(text: string, isHit: TermMatcher): Highlight[] {
  const ranges: Highlight[] = [];
  for (const span of tokenSpans(text)) {
    const term = processTerm(span.text);
    if (term !== null && isHit(term)) ranges.push([span.start, span.end]);
  }
  return ranges;
}

const SNIPPET_LENGTH = 240;
/** Context kept before the first hit: enough to read it in, at most a quarter of the snippet. */
const leadIn = (length: number): number => Math.min(60, Math.floor(length / 4));

/**
 * Picks the passage of `paragraphs` with the most distinct matched words (then the most matches) and
 * returns it with its highlights. Without any match, returns the opening of the first paragraph.
 */
export function makeSnippet(paragraphs: readonly string[], isHit: TermMatcher, length = SNIPPET_LENGTH): Snippet {
  let best: { paragraph: string; start: number; distinct: number; count: number } | null = null;
  for (const paragraph of paragraphs) {
    const hits = highlightRanges(paragraph, isHit);
    for (let i = 0; i < hits.length && i < 200; i++) {
      const windowStart = Math.max(0, hits[i]![0] - leadIn(length));
      const inside = hits.filter(([start, end]) => start >= windowStart && end <= windowStart + length);
      const distinct = new Set(inside.map(([start, end]) => paragraph.slice(start, end).toLowerCase())).size;
      if (!best || distinct > best.distinct || (distinct === best.distinct && inside.length > best.count)) {
        best = { paragraph, start: windowStart, distinct, count: inside.length };
      }
    }
  }
  const paragraph = best?.paragraph ?? paragraphs.find((text) => text.trim().length > 0) ?? '';
  return cutPassage(paragraph, best?.start ?? 0, length, isHit);
}

function cutPassage(paragraph: string, from: number, length: number, isHit: TermMatcher): Snippet {
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
  return { text, highlights: highlightRanges(text, isHit) };
}
