import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { UnreadableFileError } from '../../../archive/formats/reader';
import { articleUrl, authorName, parseByline, readScrapedText, scrapedTextReader } from '../../../archive/formats/scraped-text';
import { rightsHolder } from '../../../archive/formats/text-blocks';

const fixture = (name: string): Uint8Array =>
  readFileSync(fileURLToPath(new URL(`../../fixtures/text/${name}`, import.meta.url)));
const read = (name: string) => readScrapedText(fixture(name));

const TEASER =
  "Prosecutors in San Salvador charged eleven people with running an extortion network that collected weekly payments from bus companies, the attorney general's office said.";

describe('scraped-text variations', () => {
  it('keeps a named author, a US date and a real link', () => {
    const { article, format } = read('named-author-us-date.txt');
    expect(format).toBe('scraped-text');
    expect(article).toMatchObject({
      title: 'Extortion Network Dismantled in San Salvador',
      summary: TEASER,
      author: 'Maria Pérez',
      date: '2015-03-03',
      dateRaw: 'March 3, 2015',
      url: 'https://news.example/2015/03/extortion-network',
      source: 'Central News Desk',
      copyright: 'Copyright © 2015 Central News Desk. All Rights Reserved.',
    });
    expect(article.body).toHaveLength(3);
    expect(article.body[0]).toMatch(/^The suspects, detained in raids on Monday/);
    expect(article.body.join(' ')).not.toContain('CENTRAL NEWS DESK');
  });

  it('reads an article with no teaser: the byline right after the headline', () => {
    const { article } = read('no-teaser.txt');
    expect(article.summary).toBeNull();
    expect(article).toMatchObject({ author: 'John Smith', date: '2015-02-03', dateRaw: 'Feb. 3, 2015', url: null });
    expect(article.body[0]).toBe(TEASER);
    expect(article.body).toHaveLength(4);
  });

  it('reads a byline without a link and drops a leading "By"', () => {
    const { article } = read('byline-without-link.txt');
    expect(article).toMatchObject({ author: 'Maria Pérez', date: '2015-03-03', dateRaw: '3 March 2015', url: null });
    expect(article.copyright).toBeNull();
    expect(article.source).toBeNull();
    expect(article.body).not.toContain(TEASER);
  });

  it('reads Spanish dates and rights notices, and falls back to nothing it was not told', () => {
    const { article } = read('spanish.txt');
    expect(article).toMatchObject({
      title: 'Honduras despliega policías en barrios afectados por la extorsión',
      author: 'José Núñez',
      date: '2011-07-05',
      dateRaw: '5 julio 2011',
      source: 'El Periódico del Norte',
      copyright: 'Copyright © 2011 El Periódico del Norte. Todos los derechos reservados.',
      language: null,
    });
    expect(article.body).toHaveLength(2);
    expect(article.body.join(' ')).not.toContain('EL PERIÓDICO DEL NORTE');
  });

  it('reads "Derechos reservados" and ordinal Spanish dates', () => {
    const { article } = read('derechos-reservados.txt');
    expect(article).toMatchObject({
      author: 'Ana Gómez',
      date: '2010-05-01',
      dateRaw: '1º de mayo de 2010',
      copyright: 'Derechos reservados © 2010 Revista Istmo.',
      source: 'Revista Istmo',
    });
    expect(article.body).toHaveLength(1);
  });

  it('reads Portuguese dates and rights notices', () => {
    const { article } = read('portuguese.txt');
    expect(article).toMatchObject({
      author: null,
      date: '2016-10-30',
      dateRaw: '30 de outubro de 2016',
      source: 'Jornal das Gerais',
      copyright: 'Copyright © 2016 Jornal das Gerais. Todos os direitos reservados.',
    });
    expect(article.body).toHaveLength(2);
    const other = read('copyright-symbol-only.txt').article;
    expect(other).toMatchObject({
      author: 'Paulo Souza',
      date: '2014-03-01',
      source: 'Gazeta da Fronteira',
      copyright: '© 2014 Gazeta da Fronteira. Todos os direitos reservados.',
    });
  });

  it('reads the same article from CRLF, BOM and Windows-1252 files identically', () => {
    const reference = read('spanish.txt');
    for (const [name, encoding] of [
      ['crlf.txt', 'utf-8'],
      ['bom.txt', 'utf-8'],
      ['windows-1252.txt', 'windows-1252'],
    ] as const) {
      const other = read(name);
      expect(other.encoding, name).toBe(encoding);
      expect(other.article, name).toEqual(reference.article);
    }
  });

  it('reads UTF-16 with a byte-order mark', () => {
    const utf16 = read('utf-16le-bom.txt');
    expect(utf16.encoding).toBe('utf-16le');
    expect(utf16.article).toEqual(read('portuguese.txt').article);
  });

  it('ignores extra blank and whitespace-only lines, and joins a rights notice split by a blank line', () => {
    const { article } = read('extra-blank-lines.txt');
    expect(article).toMatchObject({
      title: 'Extortion Network Dismantled in San Salvador',
      summary: TEASER,
      author: null,
      date: '2012-02-17',
      copyright: 'Copyright © 2015 Central News Desk. All Rights Reserved.',
      source: 'Central News Desk',
    });
    expect(article.body).toHaveLength(3);
  });

  it('handles an article without sign-off or rights notice, keeping its last paragraph', () => {
    const { article } = read('no-signoff-no-copyright.txt');
    expect(article).toMatchObject({ author: null, copyright: null, source: null, date: '2012-02-17' });
    expect(article.body.at(-1)).toMatch(/^Transport owners said the arrests were welcome/);
    expect(article.body).toHaveLength(4);
  });

  it('never shows a paragraph twice, but keeps repeated separators', () => {
    const { article } = read('repeated-paragraph.txt');
    expect(article.author).toBeNull();
    expect(article.url).toBe('http://news.example/x');
    expect(article.date).toBe('2012-02-17');
    expect(article.body).toEqual([
      '“The drivers paid out of fear, and fear is what we want to end,” said a prosecutor who led the investigation.',
      'Transport owners said the arrests were welcome.',
      '* * *',
      'The trial is expected to begin next year.',
      '* * *',
    ]);
  });

  it('explains empty and binary files', () => {
    expect(() => read('empty.txt')).toThrow(new UnreadableFileError({ kind: 'empty' }));
    expect(() => read('whitespace.txt')).toThrow(new UnreadableFileError({ kind: 'empty' }));
    expect(() => read('binary.txt')).toThrow(new UnreadableFileError({ kind: 'binary' }));
  });

  it('is the reader for .txt files and recognises the format by its byline', async () => {
    expect(scrapedTextReader.format).toBe('scraped-text');
    expect(scrapedTextReader.extensions).toEqual(['txt']);
    expect(scrapedTextReader.sniff?.('Headline\r\n\r\nAUTHOR | [17 February 2012](#)\r\n\r\nBody')).toBe(true);
    expect(scrapedTextReader.sniff?.('Headline\n\nBody | with a bar but no date\n\nMore')).toBe(false);
    const result = await scrapedTextReader.read(fixture('spanish.txt'), { path: 'es/spanish.txt' });
    expect(result.articles[0]?.article.author).toBe('José Núñez');
  });
});

describe('byline parts', () => {
  it.each([
    ['WRITER-ID', null],
    ['AUTHOR-ID', null],
    ['writer_id', null],
    ['N/A', null],
    ['Unknown', null],
    ['{{author}}', null],
    ['', null],
    ['By Maria Pérez', 'Maria Pérez'],
    ['Por José Núñez', 'José Núñez'],
    ['Redacción Central', 'Redacción Central'],
  ])('author %j → %j', (raw, expected) => {
    expect(authorName(raw)).toBe(expected);
  });

  it.each([
    ['#', null],
    ['', null],
    ['/relative/path', null],
    ['javascript:alert(1)', null],
    ['https://', null],
    ['http://news example/x', null],
    ['https://news.example/a?b=1', 'https://news.example/a?b=1'],
    ['http://news.example/x', 'http://news.example/x'],
  ])('url %j → %j', (raw, expected) => {
    expect(articleUrl(raw)).toBe(expected);
  });

  it('requires a date after the bar', () => {
    expect(parseByline('Sports | Football')).toBeNull();
    expect(parseByline('WRITER-ID | [17 February 2012](#)')).toEqual({
      author: null,
      date: '2012-02-17',
      dateRaw: '17 February 2012',
      url: null,
    });
    expect(parseByline('Maria Pérez | 3 March 2015 | https://news.example/a')).toEqual({
      author: 'Maria Pérez',
      date: '2015-03-03',
      dateRaw: '3 March 2015',
      url: 'https://news.example/a',
    });
  });

  it.each([
    ['Copyright © 2018 Diálogo Americas. All Rights Reserved.', 'Diálogo Americas'],
    ['Copyright © 2011 La Voz del Istmo S.A. Todos los derechos reservados.', 'La Voz del Istmo S.A.'],
    ['© 2012-2016 Gazeta da Fronteira. Todos os direitos reservados.', 'Gazeta da Fronteira'],
    ['Derechos reservados © 2013 Revista Cuenca Verde.', 'Revista Cuenca Verde'],
    ['(c) Noticias del Valle, 2013', 'Noticias del Valle'],
    ['All Rights Reserved.', null],
  ])('rights holder of %j → %j', (notice, expected) => {
    expect(rightsHolder(notice)).toBe(expected);
  });
});

describe('article tail', () => {
  it('finds the sign-off and the rights notice in either order', () => {
    const text = (tail: string) =>
      new TextEncoder().encode(`Headline\n\nAna Gómez | 3 March 2015\n\nFirst paragraph of the body.\n\n${tail}\n`);
    for (const tail of ['DIÁLOGO\n\nCopyright © 2018 Diálogo Americas.\nAll Rights Reserved.', 'Copyright © 2018 Diálogo Americas.\nAll Rights Reserved.\n\nDIÁLOGO']) {
      const { article } = readScrapedText(text(tail));
      expect(article.body).toEqual(['First paragraph of the body.']);
      expect(article.copyright).toBe('Copyright © 2018 Diálogo Americas. All Rights Reserved.');
      expect(article.source).toBe('Diálogo Americas');
    }
  });

  it('falls back to the sign-off as the source when there is no rights notice', () => {
    const { article } = readScrapedText(
      new TextEncoder().encode('Headline\n\nAna Gómez | 3 March 2015\n\nFirst paragraph of the body.\n\nEFE\n'),
    );
    expect(article.source).toBe('EFE');
    expect(article.copyright).toBeNull();
    expect(article.body).toEqual(['First paragraph of the body.']);
  });
});
