/** Paper size by locale: the Americas' Letter countries use Letter, the rest of the world A4. */
import { normalizeLocale } from './locale';

export type PageSize = 'A4' | 'Letter';

/**
 * Territories whose default paper is US Letter, from CLDR's supplemental `paperSize` data
 * (`US-Letter`: BZ CA CL CO CR GT MX NI PA PH PR SV US VE).
 */
const LETTER_REGIONS: ReadonlySet<string> = new Set([
  'BZ', 'CA', 'CL', 'CO', 'CR', 'GT', 'MX', 'NI', 'PA', 'PH', 'PR', 'SV', 'US', 'VE',
]);

/**
 * `en-US` → Letter, `es-MX` → Letter, `pt-BR` → A4, `es` → A4 (Spain), `en` → Letter (the likely region
 * of bare English is the US, per CLDR likely-subtags). POSIX forms (`es_MX.UTF-8`) are
 * accepted; unparseable ones count as `en-US` (see `normalizeLocale`).
 */
export function pageSizeForLocale(locale: string): PageSize {
  const region = new Intl.Locale(normalizeLocale(locale)).maximize().region;
  return region !== undefined && LETTER_REGIONS.has(region) ? 'Letter' : 'A4';
}
