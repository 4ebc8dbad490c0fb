/** Publication dates as each style writes them. Dates are YYYY-MM-DD, read in UTC so they never shift. */

export interface DateParts {
  readonly year: number;
  readonly month: number;
  readonly day: number;
}

export function dateParts(date: string | null): DateParts | null {
  const match = date ? /^(\d{4})-(\d{2})-(\d{2})$/.exec(date) : null;
  if (!match) return null;
  return { year: Number(match[1]), month: Number(match[2]), day: Number(match[3]) };
}

function monthName(month: number, language: string): string {
  return new Intl.DateTimeFormat(language, { month: 'long', timeZone: 'UTC' }).format(Date.UTC(2000, month - 1, 1));
}

/** APA 9.14: "2019, March 22"; in Spanish and Portuguese "2019, 22 de marzo" / "2019, 22 de março". */
export function apaDate(parts: DateParts, language: 'en' | 'es' | 'pt'): string {
  const month = monthName(parts.month, language);
  return language === 'en' ? `${parts.year}, ${month} ${parts.day}` : `${parts.year}, ${parts.day} de ${month}`;
}

/** MLA 9 abbreviates months longer than four letters: "4 May 2016", "8 Oct. 2020", "9 Sept. 2014". */
const MLA_MONTHS = ['Jan.', 'Feb.', 'Mar.', 'Apr.', 'May', 'June', 'July', 'Aug.', 'Sept.', 'Oct.', 'Nov.', 'Dec.'];
export function mlaDate(parts: DateParts): string {
  return `${parts.day} ${MLA_MONTHS[parts.month - 1]} ${parts.year}`;
}

/** Chicago 17: "March 8, 2017". */
export function chicagoDate(parts: DateParts): string {
  return `${monthName(parts.month, 'en')} ${parts.day}, ${parts.year}`;
}
