/**
 * Publication dates as archives write them, in English, Spanish and Portuguese, turned into
 * YYYY-MM-DD. The rule that matters most: a date we are not sure of is null, never a guess.
 * "03/04/2015" is the 3rd of April in Bogotá and the 4th of March in Miami, so it stays null unless
 * the caller knows which convention the source follows.
 */
import { fold } from './fold';

export type DateOrder = 'dmy' | 'mdy';

export interface ParseDateOptions {
  /** Convention for all-numeric dates whose day and month could be swapped. */
  readonly prefer?: DateOrder;
}

/** Folded (accent-free, lower-case) month names and abbreviations in English, Spanish and Portuguese. */
const MONTHS: ReadonlyMap<string, number> = new Map(
  (
    [
      [1, 'january jan enero ene janeiro'],
      [2, 'february feb febrero fevereiro fev'],
      [3, 'march mar marzo marco'],
      [4, 'april apr abril abr'],
      [5, 'may mayo maio mai'],
      [6, 'june jun junio junho'],
      [7, 'july jul julio julho'],
      [8, 'august aug agosto ago'],
      [9, 'september sep sept septiembre setiembre setembro set'],
      [10, 'october oct octubre outubro out'],
      [11, 'november nov noviembre novembro'],
      [12, 'december dec diciembre dic dezembro dez'],
    ] as const
  ).flatMap(([month, names]) => names.split(' ').map((name) => [name, month] as const)),
);

/** Weekday names that may precede a date ("martes 5 de julio de 2011"); they carry no information we keep. */
const WEEKDAYS =
  'monday|tuesday|wednesday|thursday|friday|saturday|sunday|mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun|' +
  'lunes|martes|miercoles|jueves|viernes|sabado|domingo|' +
  'segunda-feira|terca-feira|quarta-feira|quinta-feira|sexta-feira|segunda|terca|quarta|quinta|sexta';

const WEEKDAY_PREFIX = new RegExp(`^(?:${WEEKDAYS})\\.?,?\\s+`);
/** A time after the date ("10:00", "10:00:00 GMT", "3:15 pm", "a las 10:00"): allowed, ignored. */
const TIME_SUFFIX = /(?:,?\s+(?:at|a las|as|às|-)?\s*\d{1,2}[:h]\d{2}(?::\d{2})?\s*(?:[ap]\.?m\.?)?\s*(?:gmt|utc|[a-z]{2,4}t|[+-]\d{2}:?\d{2})?)$/;

const ISO = /^(\d{4})-(\d{2})-(\d{2})(?:[t ]\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:z|[+-]\d{2}(?::?\d{2})?)?)?$/;
const YEAR_FIRST = /^(\d{4})[/.](\d{1,2})[/.](\d{1,2})$/;
const NUMERIC = /^(\d{1,2})([/.-])(\d{1,2})\2(\d{4})$/;
/** "17 February 2012", "5 de julio de 2011", "1 de mayo del 2010", "17-feb-2012", "3 mar. 2015". */
const DAY_MONTH_YEAR = /^(\d{1,2})(?:st|nd|rd|th|o)?\.?(?:\s+de\s+|[\s-]+)([a-z]+)\.?(?:,?\s+de\s+|,?\s+del\s+|,?\s+|-)(\d{4})$/;
/** "February 17, 2012", "Feb. 3, 2015", "March 3rd 2015". */
const MONTH_DAY_YEAR = /^([a-z]+)\.?\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+(\d{4})$/;

/** Lower-cases, drops accents and ordinal marks ("1º", "1.º", "1ª"), and tidies spaces. */
function simplify(raw: string): string {
  return fold(raw.replace(/\.?[º°ª]/g, ''))
    .replace(/[\u00a0\s]+/g, ' ')
    .trim();
}

/** Returns YYYY-MM-DD for a real calendar date in a plausible range, otherwise null. */
function calendarDate(year: number, month: number, day: number): string | null {
  if (year < 1800 || year > 2200 || month < 1 || month > 12 || day < 1) return null;
  const date = new Date(Date.UTC(year, month - 1, day));
  if (date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) return null;
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

function numericDate(first: number, second: number, year: number, prefer: DateOrder | undefined): string | null {
  const asDmy = calendarDate(year, second, first);
  const asMdy = calendarDate(year, first, second);
  if (asDmy === asMdy) return asDmy; // same both ways (5/5/2012), or impossible both ways
  if (asDmy === null) return asMdy;
  if (asMdy === null) return asDmy;
  switch (prefer) {
    case 'dmy':
      return asDmy;
    case 'mdy':
      return asMdy;
    case undefined:
      return null;
  }
}

/**
 * The commonest ways a date is written, in plain ASCII with single spaces: "February 17, 2012",
 * "17 February 2012", "5 de julio de 2011", "2012-02-17". Read directly, they give what the
 * general path gives (none of its rewriting changes them but for case, and no month is a weekday),
 * at a fraction of its cost, which every article with a date paid.
 */
const PLAIN = /^(?:([A-Za-z]+) (\d{1,2}), (\d{4})|(\d{1,2}) (?:de )?([A-Za-z]+) (?:del? )?(\d{4})|(\d{4})-(\d{2})-(\d{2}))$/;

/** A date written in one of the PLAIN ways, as parseDate reads it; undefined when it is not written so. */
function plainDate(raw: string): string | null | undefined {
  const plain = PLAIN.exec(raw);
  if (plain === null) return undefined;
  if (plain[7] !== undefined) return calendarDate(Number(plain[7]), Number(plain[8]), Number(plain[9]));
  const month = MONTHS.get((plain[1] ?? plain[5])!.toLowerCase());
  return month === undefined ? null : calendarDate(Number(plain[3] ?? plain[6]), month, Number(plain[2] ?? plain[4]));
}

/**
 * Parses one date written on its own ("17 February 2012", "5 de julio de 2011", "March 3, 2015",
 * "2012-02-17T10:00:00Z", "17/02/2012"). Returns YYYY-MM-DD or null when the text is not exactly
 * one unambiguous, real date. ISO timestamps keep the calendar date as written, not shifted to UTC.
 */
export function parseDate(raw: string, options: ParseDateOptions = {}): string | null {
  if (raw.length > 80) return null;
  const plain = plainDate(raw);
  if (plain !== undefined) return plain;
  let text = simplify(raw).replace(WEEKDAY_PREFIX, '');
  const iso = ISO.exec(text);
  if (iso) return calendarDate(Number(iso[1]), Number(iso[2]), Number(iso[3]));
  text = text.replace(TIME_SUFFIX, '').trim();

  const yearFirst = YEAR_FIRST.exec(text);
  if (yearFirst) return calendarDate(Number(yearFirst[1]), Number(yearFirst[2]), Number(yearFirst[3]));

  const numeric = NUMERIC.exec(text);
  if (numeric) return numericDate(Number(numeric[1]), Number(numeric[3]), Number(numeric[4]), options.prefer);

  const dmy = DAY_MONTH_YEAR.exec(text);
  if (dmy) {
    const month = MONTHS.get(dmy[2] ?? '');
    return month === undefined ? null : calendarDate(Number(dmy[3]), month, Number(dmy[1]));
  }
  const mdy = MONTH_DAY_YEAR.exec(text);
  if (mdy) {
    const month = MONTHS.get(mdy[1] ?? '');
    return month === undefined ? null : calendarDate(Number(mdy[3]), month, Number(mdy[2]));
  }
  return null;
}

export interface FoundDate {
  /** YYYY-MM-DD. */
  readonly date: string;
  /** The date exactly as written in the text. */
  readonly raw: string;
  /** Offset of `raw` in the text. */
  readonly index: number;
}

/** Candidate spans: a textual date in either order, an ISO date, or a numeric one. Checked by `parseDate`. */
const CANDIDATE = new RegExp(
  [
    // optional weekday, day, optional "de", month word, optional "de"/"del", year
    String.raw`(?:\p{L}+(?:-feira)?,?\s+)?\d{1,2}(?:st|nd|rd|th|\.?[º°ª])?\.?(?:\s+de\s+|[\s-]+)\p{L}+\.?(?:,?\s+del?\s+|,?\s+|-)\d{4}`,
    String.raw`(?:\p{L}+,?\s+)?\p{L}+\.?\s+\d{1,2}(?:st|nd|rd|th)?,?\s+\d{4}`,
    String.raw`\d{4}-\d{2}-\d{2}(?:T\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}(?::?\d{2})?)?)?`,
    String.raw`\d{1,2}[/.-]\d{1,2}[/.-]\d{4}`,
  ].join('|'),
  'giu',
);

/**
 * Finds the first date inside a line of text, e.g. the date in "WRITER-ID | [17 February 2012](#)".
 * A leading word that is not a weekday is dropped from the match rather than spoiling it.
 */
export function findDate(text: string, options: ParseDateOptions = {}): FoundDate | null {
  // Most bylines hold a date and nothing else: the first span found would be the whole text.
  const plain = plainDate(text);
  if (plain) return { date: plain, raw: text, index: 0 };
  for (const match of text.slice(0, 10_000).matchAll(CANDIDATE)) {
    const found = bestSpan(match[0], match.index, options);
    if (found) return found;
  }
  return null;
}

/** Tries the matched span, then the span without its first word ("on 17 February 2012" → "17 February 2012"). */
function bestSpan(span: string, index: number, options: ParseDateOptions): FoundDate | null {
  const date = parseDate(span, options);
  if (date) return { date, raw: span, index };
  const space = /^\S+,?\s+/.exec(span);
  if (space === null) return null;
  const rest = span.slice(space[0].length);
  const restDate = parseDate(rest, options);
  return restDate ? { date: restDate, raw: rest, index: index + space[0].length } : null;
}
