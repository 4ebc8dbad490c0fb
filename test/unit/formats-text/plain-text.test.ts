import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { plainTextReader, readPlainText } from '../../../archive/formats/plain-text';
import { readScrapedText } from '../../../archive/formats/scraped-text';

const fixture = (name: string): Uint8Array =>
  readFileSync(fileURLToPath(new URL(`../../fixtures/text/${name}`, import.meta.url)));
const utf8 = (text: string): Uint8Array => new TextEncoder().encode(text);

describe('plain text (a .txt file without a byline)', () => {
  it('reads a BBC-style Latin-1 file: first line headline, then paragraphs, never twice', () => {
    const read = readScrapedText(fixture('plain-latin1.txt'));
    expect(read.format).toBe('plain-text');
    expect(read.encoding).toBe('windows-1252');
    expect(read.article).toEqual({
      title: 'Chelsea write off Mutu transfer fee',
      summary: null,
      author: null,
      date: null,
      dateRaw: null,
      source: null,
      url: null,
      copyright: null,
      language: null,
      body: [
        'Chelsea have decided to write off a possible transfer fee for the striker, a £15.8m signing, after he was sacked by the club.',
        'The 25-year-old tested positive for a banned substance in October and was banned for seven months.',
      ],
    });
  });

  it('takes a date standing alone under the headline, and a rights notice at the end', () => {
    const { article } = readPlainText(fixture('plain-with-date.txt'));
    expect(article).toMatchObject({
      title: 'Municipal elections postponed in three provinces',
      date: '2013-09-12',
      dateRaw: '12 de septiembre de 2013',
      copyright: 'Copyright © 2013 Noticias del Valle. All Rights Reserved.',
      source: 'Noticias del Valle',
      body: ['Las autoridades electorales aplazaron los comicios por falta de material.'],
    });
  });

  it('does not take a date that is part of a sentence', () => {
    const { article } = readPlainText(utf8('Headline\n\nOn 17 February 2012 the program began.\n'));
    expect(article.date).toBeNull();
    expect(article.body).toEqual(['On 17 February 2012 the program began.']);
  });

  it('joins hand-wrapped lines and keeps one-paragraph-per-line text apart', () => {
    const wrapped = readPlainText(utf8('Headline\n\nThe program, which involves the police,\nis inspired by plans from Colombia.\n'));
    expect(wrapped.article.body).toEqual(['The program, which involves the police, is inspired by plans from Colombia.']);
    const long = 'x'.repeat(60);
    const perLine = readPlainText(utf8(`Headline\n${long} one ${long}.\n${long} two ${long}.\n`));
    expect(perLine.article.body).toHaveLength(2);
  });

  it('shortens a headline that is really a whole paragraph, keeping the paragraph in the body', () => {
    const paragraph = `${'The president launched the program in the municipality of Mixco. '.repeat(4)}End`;
    const { article } = readPlainText(utf8(paragraph));
    expect(article.title).toBe('The president launched the program in the municipality of Mixco.');
    expect(article.body).toEqual([paragraph]);
  });

  it('reads a one-line file as a headline with no body', () => {
    expect(readPlainText(utf8('Only a headline\n')).article).toMatchObject({ title: 'Only a headline', body: [] });
  });

  it('rejects empty files and binary files with plain reasons', async () => {
    expect(() => readPlainText(fixture('empty.txt'))).toThrow('the file is empty');
    expect(() => readPlainText(fixture('whitespace.txt'))).toThrow('the file is empty');
    expect(() => readPlainText(fixture('binary.txt'))).toThrow('looks like a binary file, not text');
    const result = await plainTextReader.read(utf8('Title\n\nBody'), { path: 'a.txt' });
    expect(result.articles[0]?.format).toBe('plain-text');
  });
});
