/**
 * The timeline's bars from the year facet: one bar per year from the first to the last (gaps shown as
 * empty years, so the axis is honest about time), and the helpers that turn a click or a drag into a
 * year filter. Pure, unit-tested.
 */
import type { FacetCount } from '../../archive/model/article';

export interface YearBar {
  readonly year: number;
  readonly count: number;
}

/** Bars wider than this many years would be too thin to click: the span is capped, newest kept. */
export const MAX_TIMELINE_YEARS = 120;

export function yearBars(facet: readonly FacetCount[]): YearBar[] {
  const counts = new Map<number, number>();
  for (const { value, count } of facet) {
    if (!/^\d{4}$/.test(value) || !Number.isFinite(count) || count < 0) continue;
    const year = Number(value);
    counts.set(year, (counts.get(year) ?? 0) + count);
  }
  if (counts.size === 0) return [];
  const years = [...counts.keys()];
  const last = Math.max(...years);
  const first = Math.max(Math.min(...years), last - MAX_TIMELINE_YEARS + 1);
  const bars: YearBar[] = [];
  for (let year = first; year <= last; year++) bars.push({ year, count: counts.get(year) ?? 0 });
  return bars;
}

/** Every year from a to b inclusive, in either order, as the filter values the core expects. */
export function yearRange(a: number, b: number): string[] {
  const [from, to] = a <= b ? [a, b] : [b, a];
  const years: string[] = [];
  for (let year = from; year <= to; year++) years.push(String(year));
  return years;
}

/** The chosen years as one contiguous span for the label, or null when none are chosen. */
export function selectedSpan(selected: readonly string[]): { readonly from: number; readonly to: number } | null {
  const years = selected.map(Number).filter(Number.isInteger);
  if (years.length === 0) return null;
  return { from: Math.min(...years), to: Math.max(...years) };
}

/** Bar height in percent of the tallest; a year with results is never drawn invisibly small. */
export function barHeight(count: number, max: number): number {
  if (count <= 0 || max <= 0) return 0;
  return Math.max(6, Math.round((count / max) * 100));
}
