/**
 * One archive holding every format Archivo reads, through the real loader: each file yields its
 * articles, broken files become problems, and nothing stops the rest.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { openArchive } from '../../../archive/library';
import { makeWarc } from '../../fixtures/containers/warc-writer';
import { makeZip } from '../../fixtures/containers/zip-writer';
import { makeArchive, scrapedArticle, SEED_TEXT, temporaryDir } from './archive-fixture';

const fixture = (...parts: string[]) => readFileSync(path.resolve(__dirname, '../../fixtures', ...parts));
const NEWS_PAGE = fixture('containers', 'news-page.html');

describe('an archive of every supported format', () => {
  it('reads them all and reports the broken ones', async () => {
    const root = makeArchive({
      'text/seed.txt': SEED_TEXT,
      'notes/front-matter.md': fixture('structured', 'with-front-matter.md'),
      'dumps/news-please.json': fixture('structured', 'news-please.json'),
      'dumps/dump.jsonl': fixture('structured', 'dump.jsonl'),
      'wire/reuters.sgm': fixture('structured', 'reuters-sample.sgm'),
      'web/page.html': NEWS_PAGE,
      'web/crawl.warc.gz': await makeWarc([{ url: 'https://news.example/a', body: NEWS_PAGE.toString('utf8') }], true),
      'bundles/articles.zip': makeZip([
        { name: 'inside/flood.txt', data: scrapedArticle('Floods Cut Off Mixco Roads', ['Rain fell for three days.']), method: 'deflate' },
        { name: '../../escape.txt', data: scrapedArticle('Named To Escape', ['A zip-slip name is only a label.']) },
      ]),
      'broken/truncated.json': '{"title": "Cut off", "text": "no end',
      'broken/empty.md': '',
    });
    const indexDir = temporaryDir();
    const library = await openArchive(root, { indexDir });
    const found = (query: string) => {
      const hit = library.search(query).results[0];
      expect(hit, `nothing found for ${query}`).toBeDefined();
      return library.getArticle(hit!.id)!;
    };

    expect(found('"Guatemalan President Inaugurates"').format).toBe('scraped-text');
    expect(found('"what the numbers say"').format).toBe('markdown');
    expect(found('"plan de seguridad municipal" Rodríguez').format).toBe('json');
    expect(found('"First line article"').format).toBe('json');
    expect(found('"Colombia coffee exports"').format).toBe('reuters-sgml');

    // The saved page and the same page inside a web archive are one article with two locations.
    const page = found('"Mixco refuerza la seguridad municipal"');
    expect(page.format === 'html' || page.format === 'warc').toBe(true);
    expect(page.locations.map((location) => location.path).sort()).toEqual(['web/crawl.warc.gz', 'web/page.html']);

    const zipped = found('floods');
    expect(zipped.locations[0]).toMatchObject({ path: 'bundles/articles.zip', entry: 'inside/flood.txt' });
    expect(library.search('"zip-slip name"').total).toBe(1);

    const problems = library.summary.problems.map((problem) => problem.path);
    expect(problems).toEqual(expect.arrayContaining(['broken/truncated.json', 'broken/empty.md', 'dumps/dump.jsonl']));
    for (const problem of library.summary.problems) expect(problem.reason).not.toMatch(/Archivo could not read this file/);

    // Opened again from the saved index: every article keeps every place it was found (container
    // entries, places in a multi-article file, exact duplicates), and every file its problems.
    const reopened = await openArchive(root, { indexDir });
    expect(reopened.rebuildReason).toBeNull();
    expect(reopened.summary).toMatchObject({ fromCache: true, articles: library.summary.articles, files: library.summary.files });
    expect(reopened.summary.problems).toEqual(library.summary.problems);
    for (const query of ['"First line article"', 'floods', '"Mixco refuerza la seguridad municipal"', '"zip-slip name"', 'coffee']) {
      const hits = library.search(query).results;
      expect(reopened.search(query).results.map((hit) => hit.id), query).toEqual(hits.map((hit) => hit.id));
      for (const hit of hits) expect(reopened.getArticle(hit.id)!.locations, query).toEqual(library.getArticle(hit.id)!.locations);
    }
  });
});
