import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { articleTextHash } from '../../../archive/article-hash';
import { newArticle } from '../../../archive/build-article';
import { allReaders } from '../../../archive/formats/all-readers';
import { createFormatRegistry } from '../../../archive/formats/registry';
import type { Article } from '../../../archive/model/article';
import { articleId, decodeStoredArticle, encodeNewArticle, type NewArticle, type StoredArticle } from '../../../archive/stored-article';
import { SAMPLE_ARCHIVE } from '../library/archive-fixture';

const FIXTURES = path.resolve(__dirname, '../../fixtures');

function filesUnder(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile() && entry.name !== 'README.md')
    .map((entry) => path.join(entry.parentPath, entry.name));
}

/** A new article with the identity its text's digest gives it, fields in the stored order. */
function identified(article: NewArticle): StoredArticle {
  const { format, encoding, ...text } = article;
  const sha256 = articleTextHash(article);
  return { ...text, id: articleId(sha256), sha256, format, encoding };
}

/** Every article the readers find in these files, as indexing reads them, with where each was found. */
async function articlesIn(files: readonly string[]): Promise<Article[]> {
  const registry = createFormatRegistry(allReaders);
  const articles: Article[] = [];
  for (const file of files) {
    const result = await registry.readFile(file, readFileSync(file));
    result.articles.forEach((read, index) => articles.push({ ...identified(newArticle(read)), path: file, locations: [{ path: file, index }] }));
  }
  return articles;
}

/** What the previous, JSON stored form gave back for an article. */
function throughJson(article: StoredArticle): unknown {
  const { path: _path, locations: _locations, ...stored } = article as Article;
  return JSON.parse(JSON.stringify(stored));
}

const roundTrip = (article: NewArticle): StoredArticle => decodeStoredArticle(encodeNewArticle(article).bytes);

/** An article as stored, identified by its text as indexing identifies it. */
function article(fields: Partial<NewArticle> = {}): StoredArticle {
  return identified({
    title: 'Frost destroys the harvest',
    summary: null,
    author: null,
    date: '2015-03-03',
    dateRaw: '3 March 2015',
    source: 'Agro News',
    url: null,
    copyright: null,
    language: 'en',
    body: ['A third of the coffee harvest was lost.'],
    format: 'plain-text',
    encoding: 'utf-8',
    ...fields,
  });
}

describe('stored articles', () => {
  it('read back every article of the sample archive and of the format fixtures as the JSON form did', async () => {
    const samples = await articlesIn(filesUnder(SAMPLE_ARCHIVE));
    const fixtures = await articlesIn([
      ...filesUnder(path.join(FIXTURES, 'structured')),
      path.join(FIXTURES, 'containers/news-page.html'),
      path.join(FIXTURES, 'hostile-archive/scripts-and-handlers.html'),
    ]);
    expect(samples.length).toBeGreaterThanOrEqual(8);
    // Between them: saved HTML, tags, and optional fields both null and left out.
    expect(fixtures.some((found) => typeof found.html === 'string' && found.tags!.length > 0)).toBe(true);
    expect(fixtures.some((found) => found.html === null)).toBe(true);
    expect(samples.every((found) => found.html === undefined && found.tags === undefined)).toBe(true);
    for (const found of [...samples, ...fixtures]) {
      const back = roundTrip(found);
      expect(back, found.path).toEqual(throughJson(found));
      expect(JSON.stringify(back), found.path).toBe(JSON.stringify(throughJson(found)));
    }
  });

  it('of new articles get the id and checksum of their text, hashed from the bytes written as from the strings', async () => {
    const found = await articlesIn([...filesUnder(SAMPLE_ARCHIVE), ...filesUnder(path.join(FIXTURES, 'structured'))]);
    const { id: _id, sha256: _sha256, ...fixture } = article();
    const odd: NewArticle[] = [
      // Untrimmed title and paragraphs (the digest is of trimmed text), in every kind of white space.
      { ...fixture, title: '  Frost destroys the harvest\t', body: [' A third was lost. ', '\u00a0Prices rose.\u2003', '\n'] },
      { ...fixture, title: '', body: [] },
      { ...fixture, body: ['', 'Between two empty paragraphs.', ''] },
      { ...fixture, title: '📰 Cosecha — “perdida”', body: ['咖啡 𝔄 ∑ عربى', 'replacement \ufffd kept'], summary: 'Not hashed.', author: 'Ana', tags: ['café'] },
      // Stored as UTF-16: a lone surrogate, which UTF-8 cannot hold.
      { ...fixture, title: 'Lone \ud83d surrogate', body: ['Text \udc00.'] },
    ];
    expect(found.length).toBeGreaterThanOrEqual(8);
    for (const each of [...found.map(({ path: _path, locations: _locations, id: _i, sha256: _s, ...fields }) => fields), ...odd]) {
      const encoded = encodeNewArticle(each);
      const expected = identified(each);
      expect(encoded.sha256, each.title).toBe(expected.sha256);
      expect(encoded.id, each.title).toBe(expected.id);
      expect(decodeStoredArticle(encoded.bytes), each.title).toEqual(expected);
    }
    // Telling apart what the digest must: the same words in other paragraphs, or a paragraph more.
    const split = encodeNewArticle({ ...fixture, body: ['A third of the coffee', 'harvest was lost.'] });
    expect(split.sha256).not.toBe(encodeNewArticle(fixture).sha256);
    expect(encodeNewArticle({ ...fixture, body: [...fixture.body, ''] }).sha256).not.toBe(encodeNewArticle(fixture).sha256);
  });

  it('keep null and left-out optional fields apart', () => {
    const nulls = roundTrip(article({ html: null, capturedAt: null, tags: [] }));
    expect(nulls.html).toBeNull();
    expect(nulls.capturedAt).toBeNull();
    expect(nulls.tags).toEqual([]);
    const absent = roundTrip(article());
    expect(absent.html).toBeUndefined();
    expect(absent.capturedAt).toBeUndefined();
    expect(absent.tags).toBeUndefined();
    expect(JSON.stringify(absent)).toBe(JSON.stringify(article()));
    const filled = article({ html: '<p>A third of the coffee harvest was lost.</p>', capturedAt: '2015-03-04T10:00:00Z', tags: ['coffee'] });
    expect(roundTrip(filled)).toEqual(filled);
  });

  it('keep empty strings, an empty body and many tags', () => {
    const empty = article({ title: '', summary: '', author: '', dateRaw: '', url: '', copyright: '', body: [], tags: [''], encoding: '' });
    expect(roundTrip(empty)).toEqual(empty);
    const tagged = article({ body: ['', 'A paragraph.', ''], tags: Array.from({ length: 5000 }, (_, n) => `tag ${n}`) });
    expect(roundTrip(tagged)).toEqual(tagged);
  });

  it('keep characters outside the BMP, a U+FFFD and lone surrogates exactly as the JSON form did', () => {
    const wide = article({
      title: '📰 Cosecha perdida 𝔄 — 咖啡 ∑ عربى',
      summary: 'replacement \ufffd kept',
      body: ['cut emoji \ud83d', '\udc00 lone low first', 'a pair 😀 then a lone \ud83d', 'plain ascii'],
      tags: ['\ud800'],
    });
    const back = roundTrip(wide);
    expect(back).toEqual(wide);
    expect(back).toEqual(throughJson(wide));
    expect(back.body[0]).toBe('cut emoji \ud83d');
    expect(back.summary).toBe('replacement \ufffd kept');
  });

  it('keep strings of every size, up to one that outgrows the buffer they are written in', () => {
    // Lengths around where the size before a string takes one more byte.
    const sizes = [1, 40, 41, 42, 63, 64, 127, 128, 5461, 5462, 8191, 8192, 100_000, 3_000_000];
    const long = article({ body: sizes.map((size) => 'ñ'.repeat(size)), tags: sizes.map((size) => 'a'.repeat(size)) });
    const { bytes } = encodeNewArticle(long);
    expect(decodeStoredArticle(bytes)).toEqual(long);
    // It holds only its own bytes, not the room made for it while it was written (three per character, doubled).
    expect(bytes.buffer.byteLength).toBe(bytes.length);
    // The next, small article is written as well after it.
    expect(roundTrip(article())).toEqual(article());
  });

  it('belong to their caller: encoding the next article does not change them', () => {
    const first = encodeNewArticle(article({ title: 'First' })).bytes;
    const copy = Buffer.from(first);
    encodeNewArticle(article({ title: 'Second', body: ['Another text of another length.'] }));
    expect(copy.equals(first)).toBe(true);
    expect(decodeStoredArticle(first).title).toBe('First');
  });

  it('stay intact, and their parts point at their fields, however many articles come after them', () => {
    // Thousands of articles of many sizes fill several slabs; one outgrows a slab, one is written twice (a lone surrogate).
    const articles = Array.from({ length: 3000 }, (_, n) =>
      article({
        title: `Title ${n}`,
        author: n % 3 === 0 ? `Autora ${n}` : null,
        body: Array.from({ length: 1 + (n % 9) }, (_, p) => `Párrafo ${p} del artículo ${n}. `.repeat(1 + ((n * 31 + p) % 60))),
        tags: n % 5 === 0 ? [`tag ${n}`] : undefined,
      }),
    );
    articles[1234] = article({ title: 'Huge', body: ['x'.repeat(3_000_000)] });
    articles[2345] = article({ title: 'Lone \ud83d surrogate', body: ['Text.'] });
    const encoded = articles.map((each) => encodeNewArticle(each));
    const copies = encoded.map(({ bytes }) => Buffer.from(bytes));
    encoded.forEach(({ bytes, parts }, n) => {
      expect(copies[n]!.equals(bytes), `article ${n}`).toBe(true);
      expect(decodeStoredArticle(bytes), `article ${n}`).toEqual(articles[n]);
      if (n === 2345) return expect(parts).toBeNull();
      const texts = [];
      for (let at = 0; at < parts!.length; at += 3) texts.push(Buffer.from(bytes.subarray(parts![at + 1], parts![at + 2])).toString('utf8'));
      const { title, author, body, source, tags } = articles[n]!;
      expect(texts, `article ${n}`).toEqual([title, ...(author === null ? [] : [author]), ...(source === null ? [] : [source]), ...body, ...(tags ?? [])]);
    });
  });

  it('are refused when truncated anywhere, from another format, or followed by other bytes', async () => {
    const [seed] = await articlesIn([path.join(SAMPLE_ARCHIVE, '000_3e153439dee5a9ac.txt')]);
    const bytes = encodeNewArticle(seed!).bytes;
    for (let length = 0; length < bytes.length; length++) {
      expect(() => decodeStoredArticle(bytes.subarray(0, length)), `first ${length} bytes`).toThrow();
    }
    const otherFormat = Uint8Array.from(bytes);
    otherFormat[0] = 2;
    expect(() => decodeStoredArticle(otherFormat)).toThrow(/format 2/);
    // What an index saved by the previous version holds.
    expect(() => decodeStoredArticle(Buffer.from(JSON.stringify(throughJson(seed!))))).toThrow(/format/);
    expect(() => decodeStoredArticle(Buffer.concat([bytes, Buffer.from([0])]))).toThrow(/after its last field/);
  });
});
