/** Turns [start, end) highlight ranges into plain-text segments the UI renders as text and <mark>. */
import type { Highlight } from '../archive/model/article';

export interface Segment {
  readonly text: string;
  readonly marked: boolean;
}

/**
 * Splits `text` into alternating plain and marked segments. Ranges may arrive unsorted, overlapping or
 * out of bounds (they come from another process); they are clamped and merged rather than trusted.
 */
export function highlightSegments(text: string, highlights: readonly Highlight[]): Segment[] {
  const ranges = highlights
    .map(([start, end]) => [Math.max(0, Math.min(start, text.length)), Math.max(0, Math.min(end, text.length))] as const)
    .filter(([start, end]) => Number.isInteger(start) && Number.isInteger(end) && end > start)
    .sort((a, b) => a[0] - b[0]);

  const segments: Segment[] = [];
  let cursor = 0;
  for (const [start, end] of ranges) {
    if (end <= cursor) continue;
    const from = Math.max(start, cursor);
    if (from > cursor) segments.push({ text: text.slice(cursor, from), marked: false });
    const last = segments.at(-1);
    if (last?.marked && from === cursor) {
      segments[segments.length - 1] = { text: last.text + text.slice(from, end), marked: true };
    } else {
      segments.push({ text: text.slice(from, end), marked: true });
    }
    cursor = end;
  }
  if (cursor < text.length) segments.push({ text: text.slice(cursor), marked: false });
  return segments;
}
