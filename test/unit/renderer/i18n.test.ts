import { describe, expect, it } from 'vitest';
import { effectiveLanguage, localeFor, systemLanguage } from '../../../renderer/i18n/language';
import { createTranslation, MESSAGE_TABLES } from '../../../renderer/i18n/messages';
import { createFormatters } from '../../../renderer/i18n/formatters';

const f = createFormatters('en-US');
/** Messages that take a structured argument, tested in files of their own (query-problems.test.ts). */
const TESTED_APART = new Set(['queryProblem']);

const tables = Object.fromEntries(
  Object.entries(MESSAGE_TABLES).map(([language, build]) => [language, Object.fromEntries(Object.entries(build(f)).filter(([key]) => !TESTED_APART.has(key)))]),
);

/** Calls every message with sample arguments, so functions are checked too; a table (the search syntax) is every cell, each one checked. */
function render(value: unknown): string {
  if (typeof value === 'string') return value;
  if (Array.isArray(value)) {
    const cells = value.map(render);
    if (cells.some((cell) => cell.trim() === '')) return '';
    return cells.join('\n');
  }
  if (typeof value === 'function') return String((value as (...args: unknown[]) => unknown)(3, 7, 9));
  throw new Error(`unexpected message type ${typeof value}`);
}

describe('message tables', () => {
  it('have exactly the same keys in English, Spanish and Portuguese (tsc enforces it; this guards casts)', () => {
    const english = Object.keys(tables['en']!).sort();
    for (const language of ['es', 'pt']) expect(Object.keys(tables[language]!).sort(), language).toEqual(english);
  });

  it('have no empty message in any language', () => {
    for (const [language, table] of Object.entries(tables)) {
      for (const [key, value] of Object.entries(table)) expect(render(value).trim(), `${language}.${key}`).not.toBe('');
    }
  });

  it('are really translated: most messages differ from English', () => {
    const english = tables['en']!;
    for (const language of ['es', 'pt']) {
      const table = tables[language]!;
      const same = Object.keys(english).filter((key) => render(english[key as keyof typeof english]) === render(table[key as keyof typeof table]));
      // Names and symbols stay the same (Archivo, SHA-256, Ctrl+P, the year range): a handful, not more.
      expect(same.length, `${language} shares ${same.join(', ')}`).toBeLessThan(8);
    }
  });

  it('use the locale for numbers and plurals', () => {
    expect(createTranslation('en', 'en-US').t.resultCount(1)).toBe('1 result');
    expect(createTranslation('en', 'en-US').t.resultCount(12345)).toBe('12,345 results');
    expect(createTranslation('es', 'es-ES').t.resultCount(12345)).toBe('12.345 resultados');
    expect(createTranslation('es', 'es-ES').t.resultCount(1)).toBe('1 resultado');
    expect(createTranslation('pt', 'pt-BR').t.articleCount(2500)).toBe('2.500 artigos');
    expect(createTranslation('pt', 'pt-BR').t.indexingTimeLeft(150_000)).toBe('faltam cerca de 3 min');
  });

  it('name languages in the UI language, capitalised', () => {
    expect(createFormatters('en-US').language('es')).toBe('Spanish');
    expect(createFormatters('es-ES').language('pt')).toBe('Portugués');
    expect(createFormatters('pt-BR').language('en')).toBe('Inglês');
  });
});

describe('choosing the UI language', () => {
  it('follows the first system language the UI speaks, else English', () => {
    expect(systemLanguage(['pt-BR', 'en-US'])).toBe('pt');
    expect(systemLanguage(['de-DE', 'es-MX', 'en'])).toBe('es');
    expect(systemLanguage(['fr-FR', 'de'])).toBe('en');
    expect(systemLanguage([])).toBe('en');
  });

  it('lets the user override the system', () => {
    expect(effectiveLanguage('es', ['en-US'])).toBe('es');
    expect(effectiveLanguage('system', ['pt-PT'])).toBe('pt');
  });

  it('keeps the system region for dates and numbers when it matches the language', () => {
    expect(localeFor('es', ['es-MX', 'en-US'])).toBe('es-MX');
    expect(localeFor('pt', ['pt_PT'])).toBe('pt-PT');
    expect(localeFor('es', ['en-US'])).toBe('es-ES');
    expect(localeFor('en', ['de-DE'])).toBe('en-US');
  });
});
