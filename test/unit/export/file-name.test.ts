import { describe, expect, test } from 'vitest';
import { MAX_FILE_NAME_LENGTH, suggestPdfFileName } from '../../../archive/export/file-name';
import { seedArticle } from '../../fixtures/export/seed-article';

const name = (title: string, date: string | null = '2012-02-17', id = '3e153439dee5a9ac'): string =>
  suggestPdfFileName({ title, date, id });

/** What Windows, macOS and Linux all accept, checked independently of the implementation. */
function assertPortable(fileName: string): void {
  expect(fileName.endsWith('.pdf')).toBe(true);
  expect(fileName).not.toMatch(/[<>:"/\\|?*\u0000-\u001f\u007f]/);
  expect(fileName).not.toMatch(/[\u200b-\u200f\u202a-\u202e\u2066-\u2069\ufeff]/);
  expect(fileName).not.toMatch(/^[.\s-]/);
  expect(fileName.slice(0, -4)).not.toMatch(/[.\s]$/);
  // Windows reserves these device names whatever follows the first dot ("nul.txt.pdf" included).
  expect(fileName).not.toMatch(/^(con|prn|aux|nul|com\d|lpt\d)\s*\./i);
  expect([...fileName].length).toBeLessThanOrEqual(MAX_FILE_NAME_LENGTH);
  expect(Buffer.byteLength(fileName)).toBeLessThanOrEqual(255);
  expect(fileName).not.toMatch(/\p{Cs}/u); // no lone surrogates
}

describe('suggestPdfFileName', () => {
  test('the seed article: date then headline', () => {
    expect(suggestPdfFileName(seedArticle)).toBe(
      '2012-02-17 Guatemalan President Inaugurates Municipal Program against Violence.pdf',
    );
  });

  test('keeps accents, in NFC', () => {
    const decomposed = 'Diálogo com São Paulo e Pérez'.normalize('NFD');
    expect(name(decomposed)).toBe('2012-02-17 Diálogo com São Paulo e Pérez.pdf');
  });

  test.each([
    ['Brazil: Police "act" now', '2012-02-17 Brazil - Police \'act\' now.pdf'],
    ['AC/DC \\ 50|50', '2012-02-17 AC-DC - 50-50.pdf'],
    ['Why? <Because*>', '2012-02-17 Why Because.pdf'],
    ['Line\nbreak\tand\u0000nul', '2012-02-17 Line break andnul.pdf'],
    ['Trailing dots...   ', '2012-02-17 Trailing dots.pdf'],
  ])('%j → %j', (title, expected) => {
    expect(name(title)).toBe(expected);
    assertPortable(name(title));
  });

  test.each([
    '../../etc/passwd',
    '..',
    '.hidden',
    '-rf --no-preserve-root',
    'CON',
    'nul.txt',
    'COM1',
    'lpt9',
    'invoice\u202Efdp.exe', // right-to-left override: would display as "invoiceexe.pdf"
    'zero\u200Bwidth\uFEFFjoiners',
    '\uD800 lone surrogate',
    '   ',
    '',
    '😀'.repeat(200),
    'Ñandú '.repeat(60),
    '新闻'.repeat(200),
    'x'.repeat(500),
  ])('hostile title %j gives a portable name', (title) => {
    assertPortable(name(title));
    assertPortable(name(title, null));
  });

  test('reserved device names are changed even without a date', () => {
    expect(name('CON', null)).toBe('CON_.pdf');
    expect(name('aux.log', null)).toBe('aux_.log.pdf');
    expect(name('Con: the story', null)).toBe('Con - the story.pdf');
  });

  test('an empty title without date falls back to the id', () => {
    expect(name('', null)).toBe('Article 3e153439dee5a9ac.pdf');
    expect(name('', '2012-02-17')).toBe('2012-02-17.pdf');
  });

  test('long headlines are cut at a word boundary with an ellipsis', () => {
    const long = 'Guatemalan President Inaugurates Municipal Program against Violence in the Department of Guatemala and Announces More Plans';
    const result = name(long);
    expect([...result].length).toBeLessThanOrEqual(MAX_FILE_NAME_LENGTH);
    expect(result).toMatch(/^2012-02-17 Guatemalan President .* [A-Za-z]+…\.pdf$/);
    expect(long).toContain(result.slice(11, -5));
  });

  test('an invalid date is left out rather than printed', () => {
    expect(name('Headline', '2012-2-17')).toBe('Headline.pdf');
  });
});
