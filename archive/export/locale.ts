/** Locale handling for exports: callers may pass a POSIX locale (`es_MX.UTF-8` from `$LANG`) or BCP 47. */

export type PrintLanguage = 'en' | 'es' | 'pt';

/**
 * Turns `es_MX.UTF-8`, `pt_BR@euro` or `en-us` into a canonical BCP 47 tag (`es-MX`, `pt-BR`, `en-US`).
 * Returns `en-US` for anything Intl cannot parse (`C`, `POSIX`, empty), so formatting never throws.
 */
export function normalizeLocale(locale: string): string {
  const bcp47 = locale.trim().replace(/[.@].*$/, '').replace(/_/g, '-');
  if (bcp47 === '' || bcp47 === 'C' || bcp47 === 'POSIX') return 'en-US';
  try {
    return Intl.getCanonicalLocales(bcp47)[0] ?? 'en-US';
  } catch {
    return 'en-US';
  }
}

/** The language the PDF's own labels are written in: the UI languages Archivo speaks, else English. */
export function printLanguage(locale: string): PrintLanguage {
  const language = new Intl.Locale(normalizeLocale(locale)).language;
  switch (language) {
    case 'es':
    case 'pt':
      return language;
    default:
      return 'en';
  }
}
