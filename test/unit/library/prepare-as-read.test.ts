import { describe, expect, it } from 'vitest';
import { prepareFile, type PreparedFile } from '../../../archive/catalog';
import { allReaders } from '../../../archive/formats/all-readers';
import { jsonArticlesReader } from '../../../archive/formats/json-articles';
import { createFormatRegistry } from '../../../archive/formats/registry';
import type { ReadArticle } from '../../../archive/formats/reader';
import { readPreparedFile } from '../../../archive/index/read-archive-file';
import { fixtureBytes, utf8 } from '../formats-structured/fixtures';

const registry = createFormatRegistry(allReaders);

/** What indexing reads from a file, article by article as they are read. */
function preparedAsRead(path: string, bytes: Uint8Array): Promise<PreparedFile> {
  return readPreparedFile({ path, absolutePath: `/archive/${path}`, size: bytes.length, mtimeMs: 0 }, registry, Promise.resolve({ bytes }));
}

/** The same file read whole, then prepared. */
async function preparedWhole(path: string, bytes: Uint8Array): Promise<PreparedFile> {
  return prepareFile(path, await registry.readFile(path, bytes));
}

const comparable = (prepared: PreparedFile) => ({
  articles: prepared.articles.map(({ id, location, document }) => ({ id, location, stored: Buffer.from(document.stored).toString('base64'), parts: document.parts })),
  problems: prepared.problems,
});

describe('articles prepared as they are read', () => {
  it('a JSON Lines reader hands each article over as it reads it, in file order, and returns none itself', async () => {
    const lines = ['{"title":"One","text":"First."}', 'not json', '{"title":"Two","text":"Second."}', '{"url":"https://example.org/empty"}', '{"title":"Three","text":"Third."}'];
    const handed: string[] = [];
    const result = await jsonArticlesReader.read(utf8(lines.join('\n')), { path: 'feed.jsonl', onArticle: (read) => handed.push(read.article.title) });
    expect(handed).toEqual(['One', 'Two', 'Three']);
    expect(result.articles).toEqual([]);
    expect(result.problems.map((problem) => problem.reason)).toEqual([expect.stringMatching(/^line 2: not valid JSON/), 'line 4: no title or text, skipped']);
  });

  it('still tells a file with no article in it apart: the reason is the same as when reading it whole', async () => {
    const handed: ReadArticle[] = [];
    const problems = await registry.readEach('notes.jsonl', utf8('hello\nworld\n'), (read) => handed.push(read));
    expect(handed).toEqual([]);
    expect(problems).toEqual((await registry.readFile('notes.jsonl', utf8('hello\nworld\n'))).problems);
    expect(problems[0]?.reason).toMatch(/^not valid JSON Lines: line 1/);
  });

  it('hands on the articles of readers that return them whole (one story a text file)', async () => {
    const handed: string[] = [];
    const problems = await registry.readEach('story.txt', utf8('Floods close the port\n\nThe port of Santos closed on Monday after the floods.\n'), (read) => handed.push(read.article.title));
    expect(handed).toEqual(['Floods close the port']);
    expect(problems).toEqual([]);
  });

  it('prepares exactly what reading the whole file and then preparing it gives: ids, locations, stored bytes, problems', async () => {
    for (const [path, bytes] of [
      ['dumps/dump.jsonl', fixtureBytes('dump.jsonl')],
      ['dumps/news-please.json', fixtureBytes('news-please.json')],
      ['dumps/feed.jsonl', utf8('{"title":"Only one","text":"A file of a single article."}\n')],
    ] as const) {
      const asRead = await preparedAsRead(path, bytes);
      expect(comparable(asRead), path).toEqual(comparable(await preparedWhole(path, bytes)));
      expect(asRead.articles.length, path).toBeGreaterThan(0);
    }
  });

  it('numbers articles within their file only when it holds more than one', async () => {
    const one = await preparedAsRead('one.jsonl', utf8('{"title":"Alone","text":"Only article."}\n'));
    expect(one.articles.map((article) => article.location)).toEqual([{ path: 'one.jsonl' }]);
    const three = await preparedAsRead('three.jsonl', utf8(['A', 'B', 'C'].map((title) => JSON.stringify({ title, text: `Story ${title}.` })).join('\n')));
    expect(three.articles.map((article) => article.location)).toEqual([0, 1, 2].map((index) => ({ path: 'three.jsonl', index })));
  });

  it('reports a file that could not be loaded as a problem of that file, with no articles', async () => {
    const prepared = await readPreparedFile({ path: 'gone.jsonl', absolutePath: '/archive/gone.jsonl', size: 10, mtimeMs: 0 }, registry, Promise.resolve({ notLoaded: { reason: 'the file disappeared' } }));
    expect(prepared).toEqual({ articles: [], problems: [{ path: 'gone.jsonl', reason: 'the file disappeared' }] });
  });
});
