import { JSDOM } from 'jsdom';
import { describe, expect, test } from 'vitest';
import type { Article } from '../../../archive/model/article';
import { PRINT_CSP, formatArticleDate, renderPrintHtml } from '../../../archive/export/print-template';
import { namedArticle } from '../../fixtures/export/named-article';
import { seedArticle } from '../../fixtures/export/seed-article';

const exportedAt = new Date('2026-03-01T10:30:00Z');
const render = (article: Article, locale = 'en-US', pageSize?: 'A4' | 'Letter'): Document =>
  new JSDOM(renderPrintHtml(article, { locale, exportedAt, appVersion: '0.1.0', ...(pageSize ? { pageSize } : {}) }))
    .window.document;
const text = (doc: Document, selector: string): string[] =>
  [...doc.querySelectorAll(selector)].map((el) => (el.textContent ?? '').replace(/\s+/g, ' ').trim());
const css = (doc: Document): string => doc.querySelector('style')?.textContent ?? '';

describe('renderPrintHtml: the seed article', () => {
  const doc = render(seedArticle);

  test('is a standalone document: CSP first, no scripts, nothing that loads', () => {
    const first = doc.head.firstElementChild?.nextElementSibling; // after <meta charset>
    expect(first?.getAttribute('http-equiv')).toBe('Content-Security-Policy');
    expect(first?.getAttribute('content')).toBe("default-src 'none'; style-src 'unsafe-inline'; img-src data:");
    expect(PRINT_CSP).toContain("default-src 'none'");
    expect(doc.querySelectorAll('script, link, iframe, object, embed, img, [src], [href], [style]').length).toBe(0);
    expect(css(doc)).not.toMatch(/url\(|@import|@font-face/);
  });

  test('title, language and headline', () => {
    expect(doc.title).toBe('Guatemalan President Inaugurates Municipal Program against Violence');
    expect(doc.documentElement.lang).toBe('en');
    expect(text(doc, 'h1')).toEqual(['Guatemalan President Inaugurates Municipal Program against Violence']);
  });

  test('teaser, then the body paragraphs in order', () => {
    expect(text(doc, '.teaser')).toEqual([seedArticle.summary]);
    expect(text(doc, 'main p')).toEqual(seedArticle.body);
    expect(text(doc, 'main p')[0]).toMatch(/^The president launched the program in the municipality of Mixco/);
  });

  test('a body that repeats the teaser (as scraped files do) still prints it once', () => {
    const repeated = render({ ...seedArticle, body: [seedArticle.summary ?? '', ...seedArticle.body, seedArticle.body[0] ?? ''] });
    const all = repeated.body.textContent ?? '';
    expect(all.split('On February 14, Guatemalan President Otto Pérez inaugurated').length - 1).toBe(1);
    expect(text(repeated, 'main p')).toEqual(seedArticle.body);
  });

  test('no byline when the author is unknown; date in the locale, from the UTC day', () => {
    expect(doc.querySelector('.byline')).toBeNull();
    expect(text(doc, '.meta')[0]).toBe('February 17, 2012');
    expect(doc.querySelector('time')?.getAttribute('datetime')).toBe('2012-02-17');
    expect(doc.body.textContent).not.toContain('WRITER-ID');
  });

  test('provenance block: file, SHA-256, encoding, export date, version, copyright exactly', () => {
    const rows = Object.fromEntries(
      [...doc.querySelectorAll('.provenance dt')].map((dt) => [dt.textContent, dt.nextElementSibling?.textContent]),
    );
    expect(rows).toEqual({
      Source: 'Diálogo Americas',
      File: '000_3e153439dee5a9ac.txt',
      'SHA-256 of the text': seedArticle.sha256,
      Encoding: 'utf-8',
      Exported: 'March 1, 2026 at 10:30 AM UTC',
      'Exported with': 'Archivo 0.1.0',
    });
    expect(text(doc, '.copyright p')).toEqual(['Copyright © 2018 Diálogo Americas. All Rights Reserved.']);
    expect(text(doc, 'h2')).toEqual(['Provenance']);
  });

  test('page size by locale, overridable; localised page numbers; running header from page 2', () => {
    expect(css(doc)).toMatch(/size: Letter;/);
    expect(css(render(seedArticle, 'en-GB'))).toMatch(/size: A4;/);
    expect(css(render(seedArticle, 'en-US', 'A4'))).toMatch(/size: A4;/);
    expect(css(doc)).toContain('content: "Page " counter(page) " of " counter(pages);');
    expect(css(render(seedArticle, 'es-ES'))).toContain('content: "Página " counter(page) " de " counter(pages);');
    expect(css(render(seedArticle, 'pt-BR'))).toContain('content: "Página " counter(page) " de " counter(pages);');
    expect(css(doc)).toMatch(/@top-left \{\s*content: "Diálogo Americas {2}· {2}Guatemalan President Inaugurates Municipal Program against Violence";/);
    expect(css(doc)).toMatch(/@page :first \{\s*@top-left \{ content: none;/);
  });

  test('Spanish UI: labels and date in Spanish, the article keeps its own language', () => {
    const es = render(seedArticle, 'es_MX.UTF-8');
    expect(es.documentElement.lang).toBe('en');
    expect(text(es, '.meta')[0]).toBe('17 de febrero de 2012');
    expect(text(es, 'h2')).toEqual(['Procedencia']);
    expect(es.querySelector('h2')?.getAttribute('lang')).toBe('es');
    expect(text(es, '.provenance dt')).toContain('Codificación');
    expect(css(es)).toMatch(/size: Letter;/); // Mexico uses Letter
  });
});

describe('renderPrintHtml: a named author, URL and duplicates (Portuguese)', () => {
  const doc = render(namedArticle, 'pt-BR');

  test('byline, date, original URL as text', () => {
    expect(doc.documentElement.lang).toBe('pt');
    expect(text(doc, '.byline')).toEqual(['Por João Pedro Gonçalves']);
    expect(text(doc, '.meta p')[0]).toBe('Por João Pedro Gonçalves · 30 de outubro de 2016');
    expect(text(doc, '.url')).toEqual([`URL original ${namedArticle.url}`]);
    expect(doc.querySelector('a')).toBeNull();
  });

  test('a web-archive capture shows its capture time', () => {
    const captured = render({ ...namedArticle, capturedAt: '2016-10-30T14:05:00Z' }, 'en-US');
    expect(text(captured, '.meta p')).toContain('Captured October 30, 2016 at 02:05 PM UTC');
  });

  test('other locations of the same text are listed with their entry or position', () => {
    expect(text(doc, '.provenance li')).toEqual([
      'backup/jornal-do-vale.zip › entrada 2016/10/prefeitura.md',
      'dumps/vale.jsonl › artigo 42',
    ]);
    expect(text(doc, '.provenance dt')).toContain('Também em');
  });
});

describe('renderPrintHtml: hostile article text stays text', () => {
  const hostile: Article = {
    ...seedArticle,
    title: '</title><script>alert(1)</script><img src="https://tracker.example/p.gif">"; } @page { size: 1px }',
    summary: '<iframe src="https://evil.example"></iframe>',
    author: '<b onmouseover=alert(1)>Mallory</b>',
    source: '</style><link rel=stylesheet href=https://evil.example/x.css>',
    url: 'javascript:alert(1)',
    copyright: '&copy; <a href="https://evil.example">Evil</a>',
    language: 'en" onload="alert(1)',
    body: ['<script>fetch("https://evil.example")</script>', 'Normal & <safe>'],
    path: '<img src=x>.txt',
  };
  const html = renderPrintHtml(hostile, { locale: 'en-US', exportedAt, appVersion: '<svg onload=alert(1)>' });
  const doc = new JSDOM(html).window.document;

  test('creates no elements, attributes or stylesheets of its own', () => {
    expect(doc.querySelectorAll('script, img, iframe, link, a, b, svg').length).toBe(0);
    expect(doc.querySelectorAll('style')).toHaveLength(1);
    expect([...doc.querySelectorAll('*')].some((el) => [...el.attributes].some((a) => a.name.startsWith('on')))).toBe(false);
    expect(doc.documentElement.lang).toBe('und');
  });

  test('shows every hostile string literally', () => {
    expect(doc.title).toBe(hostile.title);
    expect(text(doc, 'h1')).toEqual([hostile.title]);
    expect(text(doc, '.byline')).toEqual(['By <b onmouseover=alert(1)>Mallory</b>']);
    expect(text(doc, 'main p')).toEqual(['<script>fetch("https://evil.example")</script>', 'Normal & <safe>']);
    expect(text(doc, '.copyright p')).toEqual(['&copy; <a href="https://evil.example">Evil</a>']);
    expect(doc.body.textContent).toContain('Archivo <svg onload=alert(1)>');
  });

  test('the stylesheet keeps its own page size: the headline cannot inject CSS', () => {
    const style = css(doc);
    expect(style).not.toContain('</style');
    // Outside CSS string literals, the only page size is the template's own.
    const code = style.replace(/"(?:[^"\\]|\\.)*"/g, '""');
    expect(code.match(/[^-]size:[^;]*;/g)).toEqual([' size: Letter;']);
    expect(code).not.toContain('1px');
  });
});

describe('formatArticleDate', () => {
  test.each([
    ['2012-02-17', 'en-US', 'February 17, 2012'],
    ['2012-02-17', 'en-GB', '17 February 2012'],
    ['2011-07-05', 'es', '5 de julio de 2011'],
    ['2016-10-30', 'pt-BR', '30 de outubro de 2016'],
    ['2000-01-01', 'en-US', 'January 1, 2000'], // midnight UTC must not slip to Dec 31 anywhere
  ])('%s in %s → %s', (date, locale, expected) => {
    expect(formatArticleDate(date, locale)).toBe(expected);
  });

  test('rejects what is not YYYY-MM-DD', () => {
    expect(formatArticleDate('17 February 2012', 'en')).toBeNull();
  });
});
