/**
 * Dates in queries: `date:2012`, `date:2012-02`, `date:2012-02-01..2012-06-30`, `before:2012-03`,
 * `after:2011`. Dates compare as yyyymmdd numbers, the form the index keeps them in.
 */
export interface DateRange {
  /** Inclusive yyyymmdd bounds; articles without a date never match. */
  readonly from: number;
  readonly to: number;
}

export const LAST_DATE = 99991231;

const DATE = /^(\d{4})(?:-(\d{1,2})(?:-(\d{1,2}))?)?$/;

/** The first and last day a written date covers, or null when it is not a date we read. */
export function dateSpan(text: string): DateRange | null {
  const match = DATE.exec(text);
  if (!match) return null;
  const year = Number(match[1]);
  if (match[2] === undefined) return { from: year * 10000 + 101, to: year * 10000 + 1231 };
  const month = Number(match[2]);
  if (month < 1 || month > 12) return null;
  const lastDay = new Date(Date.UTC(year, month, 0)).getUTCDate();
  if (match[3] === undefined) return { from: year * 10000 + month * 100 + 1, to: year * 10000 + month * 100 + lastDay };
  const day = Number(match[3]);
  if (day < 1 || day > lastDay) return null;
  const exact = year * 10000 + month * 100 + day;
  return { from: exact, to: exact };
}

/** The two ends of a range "a..b" as written (either may be empty), or null when `text` is one date. */
function rangeEnds(text: string): readonly [start: string, end: string] | null {
  const dots = text.indexOf('..');
  return dots < 0 ? null : [text.slice(0, dots), text.slice(dots + 2)];
}

/** A range of two dates written end first ("2013..2012"), the right way round ("2012..2013"); null for any other text. */
export function swappedRange(text: string): string | null {
  const ends = rangeEnds(text);
  if (!ends) return null;
  const [start, end] = ends;
  const from = dateSpan(start);
  const to = dateSpan(end);
  return from !== null && to !== null && from.from > to.to ? `${end}..${start}` : null;
}

/** Reads the value of a `date:` field: one date, or a range `a..b` (either side may be left open). */
export function parseDateValue(text: string): DateRange | null {
  const ends = rangeEnds(text);
  if (!ends) return dateSpan(text);
  const [start, end] = ends;
  if (start === '' && end === '') return null;
  const from = start === '' ? { from: 1, to: 1 } : dateSpan(start);
  const to = end === '' ? { from: LAST_DATE, to: LAST_DATE } : dateSpan(end);
  if (!from || !to || from.from > to.to) return null;
  return { from: from.from, to: to.to };
}
