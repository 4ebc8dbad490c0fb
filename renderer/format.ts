/** Formatting of values that come from the archive: dates, folder names. Pure and locale-aware. */
import { LOCALE } from './strings';

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

const dateFormat = new Intl.DateTimeFormat(LOCALE, { dateStyle: 'long', timeZone: 'UTC' });

/**
 * Formats a date-only 'YYYY-MM-DD' value. It is read as midnight UTC and printed in UTC: a calendar date
 * has no time zone, and reading it in local time would show the day before west of Greenwich.
 * Returns null for anything that is not a real calendar date.
 */
export function formatDate(isoDate: string): string | null {
  const match = ISO_DATE.exec(isoDate);
  if (!match) return null;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const date = new Date(Date.UTC(year, month - 1, day));
  // Date.UTC rolls 2012-02-31 over into March: reject dates that do not exist.
  if (date.getUTCFullYear() !== year || date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) {
    return null;
  }
  return dateFormat.format(date);
}

/** The last segment of an absolute path, for either separator; the path itself when it has none. */
export function folderName(path: string): string {
  const trimmed = path.replace(/[\\/]+$/, '');
  const last = trimmed.split(/[\\/]/).pop();
  return last !== undefined && last !== '' ? last : path;
}
