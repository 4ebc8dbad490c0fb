import { describe, expect, test } from 'vitest';
import { normalizeLocale, printLanguage } from '../../../archive/export/locale';
import { pageSizeForLocale } from '../../../archive/export/page-size';

describe('pageSizeForLocale', () => {
  test.each([
    ['en-US', 'Letter'],
    ['en', 'Letter'], // bare English is likely en-US
    ['en-CA', 'Letter'],
    ['fr-CA', 'Letter'],
    ['es-MX', 'Letter'],
    ['es-CO', 'Letter'],
    ['es-CL', 'Letter'],
    ['es-GT', 'Letter'],
    ['es-PR', 'Letter'],
    ['fil', 'Letter'],
    ['en-PH', 'Letter'],
    ['es_MX.UTF-8', 'Letter'],
    ['en-GB', 'A4'],
    ['es', 'A4'], // Spain
    ['es-ES', 'A4'],
    ['es-AR', 'A4'],
    ['pt', 'A4'], // Brazil
    ['pt-BR', 'A4'],
    ['pt-PT', 'A4'],
    ['de-DE', 'A4'],
    ['pt_BR.UTF-8', 'A4'],
  ] as const)('%s → %s', (locale, size) => {
    expect(pageSizeForLocale(locale)).toBe(size);
  });

  test('never throws on junk', () => {
    for (const junk of ['', 'C', 'POSIX', '!!', 'xx-', '12345678901']) {
      expect(['A4', 'Letter']).toContain(pageSizeForLocale(junk));
    }
  });
});

describe('normalizeLocale / printLanguage', () => {
  test.each([
    ['es_MX.UTF-8', 'es-MX'],
    ['pt_BR@euro', 'pt-BR'],
    ['en-us', 'en-US'],
    ['C', 'en-US'],
    ['', 'en-US'],
    ['not a locale', 'en-US'],
  ])('%j → %s', (input, expected) => {
    expect(normalizeLocale(input)).toBe(expected);
  });

  test.each([
    ['es-AR', 'es'],
    ['pt-PT', 'pt'],
    ['en-GB', 'en'],
    ['fr-FR', 'en'], // labels fall back to English
  ])('%s prints labels in %s', (locale, language) => {
    expect(printLanguage(locale)).toBe(language);
  });
});
