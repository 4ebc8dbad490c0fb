import { describe, expect, it } from 'vitest';
import { Catalog } from '../../../archive/catalog';
import type { ReadResult } from '../../../archive/formats/reader';
import type { ParsedArticle } from '../../../archive/model/article';

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
