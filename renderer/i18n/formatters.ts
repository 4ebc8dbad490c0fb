/**
 * Locale-aware formatting with the platform's Intl: numbers, plurals, dates, durations, language names.
 * One set per UI locale; pure apart from the locale, so it is unit-tested.
 */

export interface Formatters {
  /** BCP 47 tag used for dates, numbers and plurals; it follows the UI language, not the article's. */
  readonly locale: string;
  number(n: number): string;
  /** "1 result", "3 results": the number and the noun form Intl.PluralRules picks. */
  count(n: number, one: string, other: string): string;
  /** A date-only 'YYYY-MM-DD' value in long form; null for anything that is not a real calendar date. */
  date(isoDate: string): string | null;
  /** A date-only value as a short numeric date, for dense rows. */
  shortDate(isoDate: string): string | null;
  /** An ISO 8601 instant (a web archive's capture time) with date and time; null when unreadable. */
  dateTime(iso: string): string | null;
  /** "45 s", "3 min", "2 h": a rough figure is all a time-left estimate deserves. */
  duration(ms: number): string;
  /** "Spanish" / "español" for "es"; the code itself when Intl does not know it. */
  language(code: string): string;
  /** "a, b and c" in the UI language. */
  list(items: readonly string[]): string;
}

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/**
 * Reads 'YYYY-MM-DD' as midnight UTC: a calendar date has no time zone, and reading it in local time
 * would show the day before west of Greenwich. Null for dates that do not exist (2012-02-31).
 */
export function parseIsoDate(isoDate: string): Date | null {
  const match = ISO_DATE.exec(isoDate);
  if (!match) return null;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const date = new Date(Date.UTC(year, month - 1, day));
  if (date.getUTCFullYear() !== year || date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) return null;
  return date;
}

export function createFormatters(locale: string): Formatters {
  const numberFormat = new Intl.NumberFormat(locale);
  const plural = new Intl.PluralRules(locale);
  const longDate = new Intl.DateTimeFormat(locale, { dateStyle: 'long', timeZone: 'UTC' });
  const shortDate = new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeZone: 'UTC' });
  const dateTime = new Intl.DateTimeFormat(locale, { dateStyle: 'long', timeStyle: 'short', timeZone: 'UTC' });
  const unit = (name: 'second' | 'minute' | 'hour', digits = 0) =>
    new Intl.NumberFormat(locale, { style: 'unit', unit: name, unitDisplay: 'short', maximumFractionDigits: digits });
  const seconds = unit('second');
  const minutes = unit('minute');
  const hours = unit('hour', 1);
  const languageNames = new Intl.DisplayNames([locale], { type: 'language', fallback: 'code' });
  const listFormat = new Intl.ListFormat(locale, { style: 'long', type: 'conjunction' });

  return {
    locale,
    number: (n) => numberFormat.format(n),
    count: (n, one, other) => `${numberFormat.format(n)} ${plural.select(n) === 'one' ? one : other}`,
    date: (iso) => {
      const date = parseIsoDate(iso);
      return date === null ? null : longDate.format(date);
    },
    shortDate: (iso) => {
      const date = parseIsoDate(iso);
      return date === null ? null : shortDate.format(date);
    },
    dateTime: (iso) => {
      const time = Date.parse(iso);
      return Number.isNaN(time) ? null : `${dateTime.format(new Date(time))} UTC`;
    },
    duration: (ms) => {
      const total = Math.ceil(ms / 1000);
      if (total < 60) return seconds.format(total);
      if (total < 3600) return minutes.format(Math.round(total / 60));
      return hours.format(total / 3600);
    },
    language: (code) => {
      try {
        const name = languageNames.of(code) ?? code;
        // Intl gives "español" in Spanish: a label starts with a capital in every UI language.
        return name.charAt(0).toLocaleUpperCase(locale) + name.slice(1);
      } catch {
        return code;
      }
    },
    list: (items) => listFormat.format(items),
  };
}
