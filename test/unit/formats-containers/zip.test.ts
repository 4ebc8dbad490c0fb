import { describe, expect, it } from 'vitest';
import { htmlPageReader } from '../../../archive/formats/html-page';
import { UnreadableFileError, type ReadContext, type ReadResult } from '../../../archive/formats/reader';
import { readZip, safeEntryName, zipReader, type ZipLimits } from '../../../archive/formats/zip';
import { makeZip } from '../../fixtures/containers/zip-writer';

const story = (title: string): string =>
  `<html><head><title>${title}</title></head><body><article>${`<p>${title}: the harbour workers voted to end the strike after nine days of talks with the port authority.</p>`.repeat(4)}</article></body></html>`;

/** What the loader does: dispatch by extension, with one more level of nesting allowed. */
function nestedContext(path: string, depth = 0): ReadContext {
  const readNested = async (entryPath: string, bytes: Uint8Array): Promise<ReadResult> => {
    try {
      if (/\.html?$/i.test(entryPath)) return await htmlPageReader.read(bytes, { path: entryPath });
      if (/\.zip$/i.test(entryPath)) return await zipReader.read(bytes, nestedContext(entryPath, depth + 1));
      if (/\.txt$/i.test(entryPath)) {
        const text = new TextDecoder().decode(bytes);
        const [title = '', ...body] = text.split('\n\n');
        return { articles: [{ format: 'plain-text', encoding: 'utf-8', article: { title, summary: null, author: null, date: null, dateRaw: null, source: null, url: null, copyright: null, language: null, body } }], problems: [] };
      }
      return { articles: [], problems: [{ reason: 'not a format Archivo reads' }] };
    } catch (error) {
      return { articles: [], problems: [{ reason: error instanceof Error ? error.message : String(error) }] };
    }
  };
  return depth < 2 ? { path, readNested } : { path };
}

const read = (bytes: Uint8Array, limits?: ZipLimits) => readZip(bytes, nestedContext('archive.zip'), limits);
const titles = (result: ReadResult) => result.articles.map((read) => read.article.title);

describe('ZIP reader', () => {
  it('reads every entry through the registry, labelled with its entry name', async () => {
    const zip = makeZip([
      { name: 'pages/one.html', data: story('One') },
      { name: 'notes/two.txt', data: 'Two\n\nFirst paragraph.\n\nSecond paragraph.', method: 'store' },
      { name: 'pages/', data: '' },
      { name: 'pages/one_files/logo.png', data: 'PNG' },
      { name: '__MACOSX/pages/._one.html', data: 'junk' },
    ]);
    const result = await zipReader.read(zip, nestedContext('archive.zip'));
    expect(result.problems).toEqual([]);
    expect(titles(result)).toEqual(['One', 'Two']);
    expect(result.articles.map((read) => [read.entry, read.format])).toEqual([['pages/one.html', 'html'], ['notes/two.txt', 'plain-text']]);
  });

  it('turns zip-slip names into harmless labels', async () => {
    expect(safeEntryName('../../../etc/evil.html')).toBe('etc/evil.html');
    expect(safeEntryName('C:\\Windows\\System32\\evil.html')).toBe('Windows/System32/evil.html');
    expect(safeEntryName('/absolute/evil.html')).toBe('absolute/evil.html');
    expect(safeEntryName('a/./b/../c.html')).toBe('a/b/c.html');
    expect(safeEntryName('..')).toBe('(unnamed entry)');
    const result = await read(makeZip([{ name: '../../outside.html', data: story('Slip') }, { name: '..\\..\\win.html', data: story('Win') }]));
    expect(result.articles.map((read) => read.entry)).toEqual(['outside.html', 'win.html']);
    for (const read of result.articles) expect(read.entry).not.toMatch(/\.\.|^\/|\\/);
  });

  it('refuses a zip bomb entry and keeps reading the others', async () => {
    const bomb = new Uint8Array(5 * 1024 * 1024); // 5 MB of zeros deflate to about 5 KB
    const result = await read(makeZip([{ name: 'bomb.html', data: bomb }, { name: 'fine.html', data: story('Fine') }]));
    expect(titles(result)).toEqual(['Fine']);
    expect(result.problems).toHaveLength(1);
    expect(result.problems[0]).toMatchObject({ entry: 'bomb.html' });
    expect(result.problems[0]?.reason).toMatch(/^zip bomb suspected: the entry expands \d+:1 \(limit 100:1\)$/);
  });

  it('refuses an entry that holds more than its header declares', async () => {
    const result = await read(makeZip([{ name: 'liar.html', data: story('Liar'), declaredSize: 10 }, { name: 'fine.html', data: story('Fine') }]));
    expect(titles(result)).toEqual(['Fine']);
    expect(result.problems).toEqual([{ entry: 'liar.html', reason: 'zip bomb suspected: the entry holds more data than its header declares' }]);
  });

  it('applies the entry-count and total-size limits', async () => {
    const entries = Array.from({ length: 5 }, (_, i) => ({ name: `p${i}.html`, data: story(`P${i}`) }));
    const base: ZipLimits = { maxEntries: 3, maxTotalBytes: 1e9, maxEntryBytes: 1e9, maxRatio: 100, ratioFloorBytes: 1e6 };
    const counted = await read(makeZip(entries), base);
    expect(titles(counted)).toEqual(['P0', 'P1', 'P2']);
    expect(counted.problems).toEqual([{ reason: 'zip bomb suspected: 5 entries (limit 3); only the first 3 were read' }]);
    const sized = await read(makeZip(entries), { ...base, maxEntries: 100, maxTotalBytes: story('P0').length * 2 + 10 });
    expect(titles(sized)).toEqual(['P0', 'P1']);
    expect(sized.problems[0]?.reason).toMatch(/^zip bomb suspected: the entries expand to more than/);
  });

  it('reads a ZIP inside a ZIP, but not a third level', async () => {
    const innermost = makeZip([{ name: 'deep.html', data: story('Deep') }]);
    const inner = makeZip([{ name: 'inner.html', data: story('Inner') }, { name: 'innermost.zip', data: innermost }]);
    const result = await read(makeZip([{ name: 'outer.html', data: story('Outer') }, { name: 'inner.zip', data: inner }]));
    expect(titles(result)).toEqual(['Outer', 'Inner']);
    expect(result.articles[1]?.entry).toBe('inner.zip › inner.html');
    expect(result.problems).toEqual([{ entry: 'inner.zip › innermost.zip', reason: 'containers nested this deeply are not read', problem: { kind: 'nested-too-deep' } }]);
  });

  it('keeps the entries before the damage of a truncated ZIP', async () => {
    const zip = makeZip([{ name: 'a.html', data: story('A') }, { name: 'b.html', data: story('B') }, { name: 'c.html', data: story('C') }]);
    const cut = zip.subarray(0, zip.indexOf('c.html') + 40);
    const result = await read(cut);
    expect(titles(result)).toEqual(['A', 'B']);
    expect(result.problems).toHaveLength(1);
    expect(result.problems[0]?.reason).toMatch(/^the ZIP file is damaged: .*the entries before the damage were read$/);
  });

  it('recovers entries written with data descriptors (streaming writers, macOS) from a truncated ZIP', async () => {
    const entries = ['a', 'b', 'c'].map((title) => ({ name: `${title}.html`, data: story(title.toUpperCase()), dataDescriptor: true }));
    const whole = makeZip(entries);
    expect(titles(await read(whole))).toEqual(['A', 'B', 'C']);
    const result = await read(whole.subarray(0, whole.indexOf('c.html') + 40));
    expect(titles(result)).toEqual(['A', 'B']);
    expect(result.problems).toHaveLength(1);
    expect(result.problems[0]?.reason).toMatch(/^the ZIP file is damaged: the file ends inside entry "c.html"; the entries before the damage were read$/);
  });

  it('reports a corrupt entry and reads the rest', async () => {
    const zip = makeZip([{ name: 'a.html', data: story('A'), method: 'store' }, { name: 'b.html', data: story('B') }]);
    const corrupt = Buffer.from(zip);
    corrupt[corrupt.indexOf('A: the harbour')] = 'Z'.charCodeAt(0);
    const result = await read(corrupt);
    expect(titles(result)).toEqual(['B']);
    expect(result.problems).toEqual([{ entry: 'a.html', reason: 'the ZIP file is damaged: the entry fails its checksum' }]);
  });

  it('passes on the problems of entries it could not read', async () => {
    const result = await read(makeZip([{ name: 'menu.html', data: '<html><body><nav>Menu</nav></body></html>' }, { name: 'data.bin', data: 'x' }]));
    expect(result.articles).toEqual([]);
    expect(result.problems).toEqual([
      { entry: 'menu.html', reason: 'no article text found in this page' },
      { entry: 'data.bin', reason: 'not a format Archivo reads' },
    ]);
  });

  it('refuses what is not a ZIP at all', async () => {
    await expect(async () => read(Buffer.from('not a zip file at all'))).rejects.toBeInstanceOf(UnreadableFileError);
    expect(zipReader.sniff?.('PK\u0003\u0004rest')).toBe(true);
  });
});
