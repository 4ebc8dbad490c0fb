import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { readScrapedText } from '../../../archive/formats/scraped-text';
import { fold } from '../../../archive/text/fold';
import { detectLanguage } from '../../../archive/text/language';

const ROOT = fileURLToPath(new URL('../../../archive/sample-archive/', import.meta.url));

function textFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return textFiles(path);
    return entry.name.endsWith('.txt') ? [path] : [];
  });
}

const files = textFiles(ROOT).sort();
const read = files.map((path) => ({ path: relative(ROOT, path).split('\\').join('/'), ...readScrapedText(readFileSync(path)) }));
const byPath = (path: string) => {
  const found = read.find((entry) => entry.path === path);
  if (found === undefined) throw new Error(`missing sample ${path}`);
  return found;
};

describe('the bundled sample archive', () => {
  it('holds the seed and the written samples in sub-folders', () => {
    expect(read.length).toBeGreaterThanOrEqual(7);
    expect(read.map((entry) => entry.path)).toContain('000_3e153439dee5a9ac.txt');
    expect(read.some((entry) => entry.path.includes('/'))).toBe(true);
  });

  it('reads every sample as scraped text with a title, a date, a source, a rights notice and a body', () => {
    for (const entry of read) {
      expect(entry.format, entry.path).toBe('scraped-text');
      expect(entry.article.title.length, entry.path).toBeGreaterThan(10);
      expect(entry.article.date, entry.path).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      expect(entry.article.source, entry.path).not.toBeNull();
      expect(entry.article.copyright, entry.path).not.toBeNull();
      expect(entry.article.body.length, entry.path).toBeGreaterThanOrEqual(3);
    }
  });

  it('never shows a paragraph twice, nor the teaser again in the body', () => {
    for (const { article, path } of read) {
      const all = [...(article.summary === null ? [] : [article.summary]), ...article.body];
      expect(new Set(all).size, path).toBe(all.length);
    }
  });

  it('covers English, Spanish and Portuguese, each detected as such', () => {
    const languages = read.map((entry) => detectLanguage(entry.article.body.join('\n\n')));
    expect(new Set(languages)).toEqual(new Set(['en', 'es', 'pt']));
    expect(detectLanguage(byPath('es/2011/mixco-comites-vecinales.txt').article.body.join('\n'))).toBe('es');
    expect(detectLanguage(byPath('pt/2016/para-operacao-serrarias.txt').article.body.join('\n'))).toBe('pt');
  });

  it('covers the encodings and line endings of real archives', () => {
    const cameras = readFileSync(join(ROOT, '2012/mixco-cameras-first-month.txt'));
    expect(cameras.includes('\r\n')).toBe(true);
    expect([...readFileSync(join(ROOT, 'es/2011/mixco-comites-vecinales.txt')).subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const olancho = byPath('es/2013/olancho-reforestacion-cuencas.txt');
    expect(olancho.encoding).toBe('windows-1252');
    expect(olancho.article.body.join('\n')).toContain('“Antes el río bajaba limpio todo el año; ahora en marzo ya está seco”');
    expect(olancho.article.dateRaw).toBe('1º de mayo de 2013');
  });

  it('has several articles about Mixco and violence, and a Pérez found as Perez', () => {
    const text = (entry: (typeof read)[number]) =>
      fold([entry.article.title, entry.article.summary ?? '', ...entry.article.body].join(' '));
    const mixco = read.filter((entry) => text(entry).includes('mixco'));
    expect(mixco.length).toBeGreaterThanOrEqual(3);
    expect(mixco.filter((entry) => /violen/.test(text(entry))).length).toBeGreaterThanOrEqual(3);
    expect(read.some((entry) => fold(entry.article.author ?? '').includes('perez'))).toBe(true);
  });

  it('keeps named authors, real links and placeholders apart', () => {
    expect(byPath('2012/mixco-cameras-first-month.txt').article).toMatchObject({
      author: 'Daniel Ortiz',
      date: '2012-03-03',
      dateRaw: 'March 3, 2012',
      url: 'https://www.hemisphere-security-review.example/2012/03/mixco-cameras-first-month',
      source: 'Hemisphere Security Review',
    });
    expect(byPath('es/2011/mixco-comites-vecinales.txt').article).toMatchObject({
      author: 'Ana Lucía Pérez',
      date: '2011-07-05',
      source: 'La Voz del Istmo S.A.',
      copyright: 'Copyright © 2011 La Voz del Istmo S.A. Todos los derechos reservados.',
    });
    expect(byPath('pt/2014/foz-do-iguacu-fiscalizacao.txt').article).toMatchObject({
      author: null,
      date: '2014-03-01',
      source: 'Gazeta da Fronteira',
    });
    expect(byPath('2015/san-pedro-sula-community-policing.txt').article.author).toBeNull();
  });
});
