/**
 * Query hits marked in the printed article. Highlights arrive as plain [start, end) ranges on the
 * article's own text (title, summary, each body paragraph), so this file depends on no search engine:
 * whoever found the hits (the engine, a test, a future highlighter) only has to say where they are.
 */
import type { Highlight } from '../model/article';
import { escapeHtml } from './escape';

/** Hits inside one article, by field; `body[i]` belongs to `article.body[i]`. Missing parts mean none. */
export interface PrintHighlights {
  readonly title?: readonly Highlight[];
  readonly summary?: readonly Highlight[];
  readonly body?: readonly (readonly Highlight[])[];
}

export interface CollapsedText {
  readonly text: string;
  readonly ranges: readonly Highlight[];
}

/**
 * Collapses runs of whitespace to one space and trims (as the template prints text), moving the
 * ranges along so they still cover the same characters. Ranges are clamped, sorted and merged.
 */
export function collapseWithRanges(text: string, ranges: readonly Highlight[] = []): CollapsedText {
  const map = new Int32Array(text.length + 1);
  let out = '';
  let pendingSpace = false;
  for (let i = 0; i < text.length; i++) {
    const char = text[i] ?? '';
    if (/\s/.test(char)) {
      map[i] = out.length;
      pendingSpace = out.length > 0;
      continue;
    }
    if (pendingSpace) {
      out += ' ';
      pendingSpace = false;
    }
    map[i] = out.length;
    out += char;
  }
  map[text.length] = out.length;
  const moved: Highlight[] = [];
  for (const [start, end] of ranges) {
    const s = map[clamp(start, 0, text.length)] ?? 0;
    const e = Math.min(map[clamp(end, 0, text.length)] ?? 0, out.length);
    if (e > s) moved.push([s, e]);
  }
  return { text: out, ranges: mergeRanges(moved) };
}

/** Escaped HTML of `text` with each range wrapped in `<mark>`. */
export function markedHtml(text: string, ranges: readonly Highlight[]): string {
  let html = '';
  let at = 0;
  for (const [start, end] of mergeRanges(ranges)) {
    if (start < at || end > text.length) continue;
    html += `${escapeHtml(text.slice(at, start))}<mark>${escapeHtml(text.slice(start, end))}</mark>`;
    at = end;
  }
  return html + escapeHtml(text.slice(at));
}

function mergeRanges(ranges: readonly Highlight[]): Highlight[] {
  const sorted = [...ranges].filter(([s, e]) => Number.isInteger(s) && Number.isInteger(e) && e > s).sort((a, b) => a[0] - b[0] || a[1] - b[1]);
  const merged: [number, number][] = [];
  for (const [start, end] of sorted) {
    const last = merged.at(-1);
    if (last && start <= last[1]) last[1] = Math.max(last[1], end);
    else merged.push([start, end]);
  }
  return merged;
}

function clamp(value: number, min: number, max: number): number {
  return Number.isFinite(value) ? Math.min(Math.max(Math.trunc(value), min), max) : min;
}
