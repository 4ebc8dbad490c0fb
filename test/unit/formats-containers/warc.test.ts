import { describe, expect, it } from 'vitest';
import { UnreadableFileError } from '../../../archive/formats/reader';
import { warcReader } from '../../../archive/formats/warc';
import { makeWarc, type WarcRecordSpec } from '../../fixtures/containers/warc-writer';

function page(title: string, extraHead = ''): string {
  const paragraphs = Array.from({ length: 5 }, (_, i) => `<p>${title}, paragraph ${i + 1}: the electoral tribunal confirmed the count in the highland departments on Monday.</p>`).join('');
  return `<!doctype html><html><head><title>${title}</title>${extraHead}</head><body><nav><a href="/">Home</a></nav><article><h1>${title}</h1>${paragraphs}</article></body></html>`;
}

const RECORDS: readonly WarcRecordSpec[] = [
  { url: 'https://news.example/first', body: page('First story'), date: '2019-11-12T13:14:15Z' },
  { url: 'https://news.example/logo.png', body: new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0]), contentType: 'image/png' },
  { url: 'https://news.example/second', type: 'request', body: '' },
  { url: 'https://news.example/second', body: page('Second story', '<link rel="canonical" href="https://news.example/canonical-second">'), date: '2019-11-12T13:20:00Z' },
  { url: 'https://news.example/missing', body: page('Not found'), status: 404 },
];

const read = (bytes: Uint8Array) => warcReader.read(bytes, { path: 'crawl/site.warc' });

describe('WARC reader', () => {
  it('turns HTML responses into articles with capture date and target URL, and ignores everything else', async () => {
    const result = await read(await makeWarc(RECORDS));
    expect(result.problems).toEqual([]);
    expect(result.articles.map((read) => read.article.title)).toEqual(['First story', 'Second story']);
    const [first, second] = result.articles;
    expect(first).toMatchObject({ format: 'warc', encoding: 'utf-8', entry: 'https://news.example/first' });
    expect(first?.article).toMatchObject({ url: 'https://news.example/first', capturedAt: '2019-11-12T13:14:15Z', date: null });
    expect(first?.article.body[0]).toMatch(/^First story, paragraph 1/);
    expect(first?.article.body.join(' ')).not.toContain('Home');
    // The page's own canonical URL wins over the capture URL; the entry stays the captured URI.
    expect(second).toMatchObject({ entry: 'https://news.example/second' });
    expect(second?.article.url).toBe('https://news.example/canonical-second');
  });

  it('reads WARC.gz with one gzip member per record', async () => {
    const result = await warcReader.read(await makeWarc(RECORDS, true), { path: 'crawl/site.warc.gz' });
    expect(result.problems).toEqual([]);
    expect(result.articles.map((read) => read.article.title)).toEqual(['First story', 'Second story']);
  });

  it('honours the charset of the HTTP header', async () => {
    const html = page('Información', '').replace('electoral', 'electoral (año)');
    const bytes = Buffer.from(html, 'latin1');
    const result = await read(await makeWarc([{ url: 'https://news.example/latin', body: bytes, contentType: 'text/html; charset=ISO-8859-1' }]));
    expect(result.articles[0]?.encoding).toBe('windows-1252');
    expect(result.articles[0]?.article.body[0]).toContain('(año)');
  });

  it('keeps the articles before the damage of a truncated WARC, and says where it stopped', async () => {
    const whole = await makeWarc(RECORDS);
    const cut = whole.subarray(0, whole.indexOf('Second story, paragraph 3'));
    const result = await read(cut);
    expect(result.articles.map((read) => read.article.title)).toEqual(['First story']);
    expect(result.problems).toEqual([{ reason: 'the web archive is truncated after 3 records' }]);
  });

  it('stops, rather than hangs, when a record it would skip is cut short', async () => {
    const whole = await makeWarc(RECORDS);
    const result = await read(whole.subarray(0, whole.indexOf('PNG') + 2));
    expect(result.articles.map((read) => read.article.title)).toEqual(['First story']);
    expect(result.problems).toEqual([{ reason: 'the web archive is truncated after 1 record' }]);
  });

  it('does the same for a truncated WARC.gz', async () => {
    const whole = await makeWarc(RECORDS, true);
    const result = await warcReader.read(whole.subarray(0, whole.length - 200), { path: 'crawl/site.warc.gz' });
    expect(result.articles.map((read) => read.article.title)).toEqual(['First story', 'Second story']);
    expect(result.problems).toEqual([{ reason: 'the web archive is truncated after 4 records' }]);
  });

  it('reports a page without an article as a problem of that entry only', async () => {
    const result = await read(await makeWarc([{ url: 'https://news.example/empty', body: '<html><body><nav>Menu</nav></body></html>' }, RECORDS[0]!]));
    expect(result.articles).toHaveLength(1);
    expect(result.problems).toEqual([{ entry: 'https://news.example/empty', reason: 'no article text found in this page' }]);
  });

  it('refuses files that are not web archives, in plain words', async () => {
    await expect(async () => read(Buffer.from('Headline\n\nJust a text file.\n'))).rejects.toBeInstanceOf(UnreadableFileError);
    await expect(async () => read(Buffer.alloc(0))).rejects.toThrow('the web archive holds no records');
    await expect(async () => read(Buffer.from([0x1f, 0x8b, 8, 0, 1, 2, 3]))).rejects.toBeInstanceOf(UnreadableFileError);
  });

  it('says so when a valid archive holds no HTML pages', async () => {
    const result = await read(await makeWarc([RECORDS[1]!]));
    expect(result).toEqual({ articles: [], problems: [{ reason: 'the web archive holds no HTML pages', problem: { kind: 'warc-no-pages' } }] });
  });
});
