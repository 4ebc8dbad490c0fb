import { describe, expect, it } from 'vitest';
import { Catalog, prepareFile } from '../../../archive/catalog';
import type { ReadResult } from '../../../archive/formats/reader';
import type { ParsedArticle } from '../../../archive/model/article';
import { decodeStoredArticle } from '../../../archive/stored-article';

function fileWith(author: string): ReadResult {
  const article: ParsedArticle = {
    title: 'Frost destroys the harvest',
    summary: null,
    author,
    date: '2015-03-03',
    dateRaw: null,
    source: 'Agro News',
    url: null,
    copyright: null,
    language: 'en',
    body: ['A third of the coffee harvest was lost.'],
  };
  return { articles: [{ article, format: 'plain-text', encoding: 'utf-8' }], problems: [] };
}

describe('Catalog article reads', () => {
  it('returns the article as it is now after its file changed, even when it was just read', () => {
    const catalog = Catalog.empty();
    catalog.putFile({ path: 'a.txt', size: 1, mtimeMs: 1 }, fileWith('Ana Gómez'));
    const [id] = catalog.allFiles().next().value!.ids;
    expect(catalog.getArticle(id)?.author).toBe('Ana Gómez');
    // Same headline and body (so the same id), corrected byline.
    catalog.putFile({ path: 'a.txt', size: 2, mtimeMs: 2 }, fileWith('Ana Gómez Pérez'));
    expect(catalog.getArticle(id)?.author).toBe('Ana Gómez Pérez');
    catalog.removeFile('a.txt');
    expect(catalog.getArticle(id)).toBeUndefined();
  });
});

describe('Catalog stored articles', () => {
  it.each([
    ['cut short', (bytes: Buffer) => bytes.subarray(0, bytes.length - 3)],
    ['changed in its text', (bytes: Buffer) => Buffer.from(bytes.toString('latin1').replace('harvest', 'harvast'), 'latin1')],
    ['in the JSON form of the previous version', (bytes: Buffer) => Buffer.from(JSON.stringify(decodeStoredArticle(bytes)))],
  ])('mark the index damaged when one read back is %s, and do not return it', (_name, damage) => {
    const stamp = { path: 'a.txt', size: 1, mtimeMs: 1 };
    const prepared = prepareFile(stamp.path, fileWith('Ana Gómez'));
    const [article] = prepared.articles;
    const catalog = Catalog.empty();
    catalog.putPrepared(stamp, { ...prepared, articles: [{ ...article!, document: { ...article!.document, stored: damage(Buffer.from(article!.document.stored)) } }] });
    expect(catalog.getArticle(article!.id)).toBeUndefined();
    expect(catalog.damaged).toBe(true);
  });

  it('return an intact article whole, with where it was found', () => {
    const catalog = Catalog.empty();
    catalog.putFile({ path: 'a.txt', size: 1, mtimeMs: 1 }, fileWith('Ana Gómez'));
    const [id] = catalog.allFiles().next().value!.ids;
    expect(catalog.getArticle(id)).toMatchObject({ title: 'Frost destroys the harvest', author: 'Ana Gómez', body: ['A third of the coffee harvest was lost.'], path: 'a.txt' });
    expect(catalog.damaged).toBe(false);
  });
});
