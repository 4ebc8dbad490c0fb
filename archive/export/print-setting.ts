import { normalizeLocale, printLanguage, type PrintLanguage } from './locale';
import { pageSizeForLocale, type PageSize } from './page-size';
import { printStrings, type PrintStrings } from './print-strings';

/** What a printed document takes from the locale it is printed for: labels, their language and the paper. */
export interface PrintSetting {
  /** Canonical BCP 47 (dates are formatted for it). */
  readonly locale: string;
  readonly language: PrintLanguage;
  readonly strings: PrintStrings;
  readonly pageSize: PageSize;
}

/** `locale` may be POSIX or BCP 47; `pageSize` overrides the locale's paper (A4, or Letter in the Americas). */
export function printSetting(locale: string, pageSize?: PageSize): PrintSetting {
  const canonical = normalizeLocale(locale);
  const language = printLanguage(canonical);
  return { locale: canonical, language, strings: printStrings(language), pageSize: pageSize ?? pageSizeForLocale(canonical) };
}
