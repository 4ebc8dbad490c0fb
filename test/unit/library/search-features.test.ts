import { readdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { openArchive } from '../../../archive/library';
import { makeArchive, scrapedArticle, SEED_TEXT, temporaryDir, writeArchiveFile } from './archive-fixture';

function newsArchive(): string {
  return makeArchive({
    'seed.txt': SEED_TEXT,
    'frost.txt': scrapedArticle(
      'Coffee Growers Count Losses After Frost',
      ['Farmers in Huila said the frost destroyed a third of the harvest.', 'The cooperative asked the government for emergency credit after the frost.'],
      'Luis Pérez | [3 March 2015](#)',
    ),
    'floods.txt': scrapedArticle('Floods Cut Off Mixco Roads', ['Rain fell for three days and the violence of the storm surprised everyone.'], 'Ana Gómez | [9 June 2016](#)'),
  });
}

describe('search results', () => {
  it('explain why each article matched: exact, accent-folded, stem, prefix or fuzzy, and in which fields', async () => {
    const library = await openArchive(newsArchive(), { indexDir: temporaryDir() });
    const [hit] = library.search('perez').results.filter((result) => result.title.startsWith('Coffee'));
    expect(hit!.matches).toContainEqual({ query: 'perez', matched: 'Pérez', kind: 'accent-folded', fields: ['author'] });
    const frost = library.search('frosts').results[0]!;
    expect(frost.matches).toContainEqual(expect.objectContaining({ query: 'frosts', matched: 'Frost', kind: 'stem', fields: ['title', 'body'] }));
    expect(library.search('municip*').results[0]!.matches!.every((match) => match.kind === 'prefix')).toBe(true);
    expect(library.search('Guatemalaa~').results[0]!.matches).toContainEqual(expect.objectContaining({ kind: 'fuzzy', matched: 'Guatemala' }));
  });

  it('give several highlighted passages per article, the first being `snippet`', async () => {
    const library = await openArchive(newsArchive(), { indexDir: temporaryDir() });
    const hit = library.search('frost').results[0]!;
    expect(hit.snippets!.length).toBe(2);
    expect(hit.snippet).toEqual(hit.snippets![0]);
    for (const snippet of hit.snippets!) {
      expect(snippet.highlights.map(([start, end]) => snippet.text.slice(start, end).toLowerCase())).toContain('frost');
    }
  });

  it('sort by date, count facets over all results and filter by them', async () => {
    const library = await openArchive(newsArchive(), { indexDir: temporaryDir() });
    const newest = library.search('mixco OR frost', { sort: 'newest' });
    expect(newest.results.map((hit) => hit.date)).toEqual(['2016-06-09', '2015-03-03', '2012-02-17']);
    expect(library.search('mixco OR frost', { sort: 'oldest' }).results.map((hit) => hit.date)).toEqual(['2012-02-17', '2015-03-03', '2016-06-09']);
    const page = library.search('mixco OR frost', { limit: 1 });
    expect(page.total).toBe(3);
    expect(page.facets!.year).toEqual([
      { value: '2016', count: 1 },
      { value: '2015', count: 1 },
      { value: '2012', count: 1 },
    ]);
    expect(page.facets!.author.map((facet) => facet.value).sort()).toEqual(['Ana Gómez', 'Luis Pérez']);
    expect(library.search('mixco OR frost', { filters: { year: ['2015', '2016'], author: ['Ana Gómez'] } }).results.map((hit) => hit.title)).toEqual(['Floods Cut Off Mixco Roads']);
    expect(library.search('mixco date:2016-06').total).toBe(1);
    expect(library.search('mixco after:2013').total).toBe(1);
  });

  it('highlights every match inside an article for next/previous navigation', async () => {
    const library = await openArchive(newsArchive(), { indexDir: temporaryDir() });
    const id = library.search('frost').results[0]!.id;
    const article = library.getArticle(id)!;
    const marks = library.highlightArticle(id, 'frost OR harvest')!;
    expect(marks.title.map(([start, end]) => article.title.slice(start, end))).toEqual(['Frost']);
    expect(marks.body.map((ranges, i) => ranges.map(([start, end]) => article.body[i]!.slice(start, end)))).toEqual([['frost', 'harvest'], ['frost']]);
    expect(marks.total).toBe(4);
    expect(library.highlightArticle(id, '"unclosed')!.total).toBe(0);
  });

  it('suggests words as they are typed and finds articles like an open one', async () => {
    const library = await openArchive(newsArchive(), { indexDir: temporaryDir() });
    const words = library.suggest('coffee gro').map((suggestion) => suggestion.text);
    expect(words).toContain('growers');
    expect(words.every((word) => word.startsWith('gro'))).toBe(true);
    expect(library.suggest('MIX')[0]).toEqual({ text: 'mixco', articles: 2 });
    const seed = library.search('"Secure Municipality"').results[0]!;
    const like = library.moreLikeThis(seed.id, 5);
    expect(like.results.map((hit) => hit.id)).not.toContain(seed.id);
    expect(like.results[0]!.title).toBe('Floods Cut Off Mixco Roads');
  });
});

describe('the segmented index on disk', () => {
  it('adds a segment for new files instead of rewriting the index, and rebuilds when a segment is damaged', async () => {
    const root = newsArchive();
    const indexDir = temporaryDir();
    (await openArchive(root, { indexDir })).close();
    const segments = () => readdirSync(indexDir).filter((name) => name.endsWith('.archivo-segment')).sort();
    const first = segments();
    expect(first).toHaveLength(1);

    writeArchiveFile(root, 'late.txt', scrapedArticle('Late Frost Warning', ['Another frost is expected.']));
    const updated = await openArchive(root, { indexDir });
    expect(updated.search('frost').total).toBe(2);
    updated.close();
    expect(segments()).toHaveLength(2);
    expect(segments()).toEqual(expect.arrayContaining(first));

    writeFileSync(path.join(indexDir, first[0]!), 'ARCHIVO-SEGMENT 1 garbage');
    const rebuilt = await openArchive(root, { indexDir });
    expect(rebuilt.rebuildReason).toMatch(/saved index/);
    expect(rebuilt.search('frost').total).toBe(2);
    rebuilt.close();
  });
});
