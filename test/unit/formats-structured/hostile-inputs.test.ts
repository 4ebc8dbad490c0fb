import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { jsonArticlesReader } from '../../../archive/formats/json-articles';
import { markdownReader } from '../../../archive/formats/markdown';
import { type FormatReader, UnreadableFileError } from '../../../archive/formats/reader';
import { reutersSgmlReader } from '../../../archive/formats/reuters-sgml';
import { readWith, unreadableReason, utf8 } from './fixtures';

const READERS: readonly [string, FormatReader, string][] = [
  ['JSON', jsonArticlesReader, 'dump.json'],
  ['JSON Lines', jsonArticlesReader, 'dump.jsonl'],
  ['Markdown', markdownReader, 'note.md'],
  ['Reuters SGML', reutersSgmlReader, 'reut2-000.sgm'],
];

/** Runs a reader; anything thrown other than UnreadableFileError fails the property. */
async function readsOrExplains(reader: FormatReader, bytes: Uint8Array, path: string): Promise<boolean> {
  try {
    const result = await reader.read(bytes, { path });
    return Array.isArray(result.articles) && result.articles.every((a) => typeof a.article.title === 'string');
  } catch (error) {
    return error instanceof UnreadableFileError && error.message !== '';
  }
}

/** Token soups that reach deep into each parser, more often than uniformly random text would. */
const markdownish = fc
  .array(fc.constantFrom('---\n', '...\n', '# ', '## ', '=== \n', '*', '**', '_', '~~', '[', '](', ')', '![', '`', '```\n', '> ', '- ', '1. ', '| ', '|---|\n', '<b>', '</b>', '<!--', '-->', '&amp;', '&#', '\\', 'title: ', '{', '[a, b', ': ', 'word ', 'é', '\n', '\n\n', '  '), { maxLength: 80 })
  .map((parts) => parts.join(''));
const sgmlish = fc
  .array(fc.constantFrom('<REUTERS>', '</REUTERS>', '<REUTERS NEWID="1">', '<TEXT>', '<TEXT TYPE="UNPROC">', '</TEXT>', '<TITLE>', '</TITLE>', '<BODY>', '</BODY>', '<DATE>', '</DATE>', '26-FEB-1987 15:01:01.79', '<DATELINE>', '</DATELINE>', '<TOPICS><D>', '</D></TOPICS>', '&#3;', '&#5;', '&lt;', 'Reuter', ' REUTER\n', 'word ', '\n', '    '), { maxLength: 80 })
  .map((parts) => parts.join(''));
const jsonish = fc.oneof(
  fc.json().map((json) => utf8(json)),
  fc.array(fc.json({ maxDepth: 3 }), { maxLength: 5 }).map((lines) => utf8(lines.join('\n'))),
  fc.record({ title: fc.string(), text: fc.oneof(fc.string(), fc.array(fc.string())), date: fc.string(), authors: fc.anything() }).map((record) => utf8(JSON.stringify(record))),
);

describe('property: every reader terminates and throws nothing but UnreadableFileError', () => {
  it.each(READERS)('%s on arbitrary bytes', async (_name, reader, path) => {
    await fc.assert(fc.asyncProperty(fc.uint8Array({ maxLength: 3000 }), (bytes) => readsOrExplains(reader, bytes, path)), { numRuns: 300 });
  });

  it.each(READERS)('%s on arbitrary text', async (_name, reader, path) => {
    await fc.assert(fc.asyncProperty(fc.string({ unit: 'binary', maxLength: 2000 }), (text) => readsOrExplains(reader, utf8(text), path)), { numRuns: 300 });
  });

  it('JSON on JSON-shaped input', async () => {
    await fc.assert(fc.asyncProperty(jsonish, (bytes) => readsOrExplains(jsonArticlesReader, bytes, 'x.json')), { numRuns: 400 });
  });

  it('Markdown on Markdown-shaped input', async () => {
    await fc.assert(fc.asyncProperty(markdownish, (text) => readsOrExplains(markdownReader, utf8(text), 'x.md')), { numRuns: 400 });
  });

  it('Reuters on SGML-shaped input', async () => {
    await fc.assert(fc.asyncProperty(sgmlish, (text) => readsOrExplains(reutersSgmlReader, utf8(text), 'x.sgm')), { numRuns: 400 });
  });
});

describe('deep nesting', () => {
  const depth = 100_000;

  it('answers 100,000 nested arrays with a reason, not a stack overflow', async () => {
    const reason = await unreadableReason(jsonArticlesReader, utf8('['.repeat(depth) + ']'.repeat(depth)), 'deep.json');
    expect(reason).toBe('no articles found: expected objects with a title and text');
  });

  it('locates the error in 100,000 unclosed objects', async () => {
    const reason = await unreadableReason(jsonArticlesReader, utf8('{"a":'.repeat(depth)), 'deep.json');
    expect(reason).toBe(`not valid JSON: the text ends too early at line 1, column ${5 * depth + 1}`);
  });

  it('handles deep nesting inside one JSON Lines line', async () => {
    const lines = `{"title":"Fine","text":"Body."}\n${'['.repeat(depth)}\n`;
    const { articles, problems } = await readWith(jsonArticlesReader, utf8(lines), 'deep.jsonl');
    expect(articles).toHaveLength(1);
    expect(problems[0]?.reason).toMatch(/^line 2: not valid JSON/);
  });

  it('refuses deeply nested front matter but keeps the article', async () => {
    const text = `---\ntitle: ${'['.repeat(depth)}\n---\nBody survives.\n`;
    const { articles, problems } = await readWith(markdownReader, utf8(text), 'deep.md');
    expect(articles[0]?.article.body).toEqual(['Body survives.']);
    expect(problems[0]?.reason).toMatch(/^front matter is not valid YAML/);
  });
});

describe('prototype pollution', () => {
  it('a "__proto__" key in JSON neither pollutes Object.prototype nor supplies fields', async () => {
    const json = '[{"__proto__": {"polluted": "yes", "title": "Inherited"}, "constructor": {"prototype": {"polluted": "yes"}}, "text": "Own text."}]';
    const { articles } = await readWith(jsonArticlesReader, utf8(json), 'proto.json');
    expect(({} as Record<string, unknown>)['polluted']).toBeUndefined();
    expect(articles[0]?.article.title).toBe('Own text.');
  });

  it('a "__proto__" key in front matter neither pollutes Object.prototype nor supplies fields', async () => {
    const text = '---\n__proto__:\n  polluted: yes\n  title: Inherited\n---\n# Own title\n\nText.\n';
    const { articles } = await readWith(markdownReader, utf8(text), 'proto.md');
    expect(({} as Record<string, unknown>)['polluted']).toBeUndefined();
    expect(articles[0]?.article.title).toBe('Own title');
  });
});

describe('large single-line files', () => {
  const THREE_MB = 3 * 1024 * 1024;
  // Every tag key at the most a record is read for: 200 items of 2,000 characters, here ~330,000 distinct tags in all.
  const manyTags = (): Record<string, string[]> =>
    Object.fromEntries(['tags', 'keywords', 'categories', 'topics', 'subjects'].map((key) => [key, Array.from({ length: 200 }, (_, item) => Array.from({ length: 330 }, (_, n) => `${key[0]}${item}x${n}`).join(',').slice(0, 2000))]));
  const words = (size: number): string => 'Mixco violence report word '.repeat(Math.ceil(size / 27)).slice(0, size);

  it.each([
    ['a JSON article', jsonArticlesReader, 'big.json', () => JSON.stringify({ title: 'Big', text: words(THREE_MB) })],
    ['a JSON article with every tag key full of distinct names', jsonArticlesReader, 'tags.json', () => JSON.stringify({ title: 'Tags', text: 'Body.', ...manyTags() })],
    ['a JSON article whose text is lines of one length (a fixed-width table)', jsonArticlesReader, 'table.json', () => JSON.stringify({ title: 'Table', text: Array.from({ length: THREE_MB / 48 }, (_, n) => `Row ${String(n).padStart(8, '0')} of a fixed-width table.`).join('\n') })],
    ['a Markdown paragraph', markdownReader, 'big.md', () => `# Big\n\n${words(THREE_MB)}`],
    ['Markdown made of brackets and stars', markdownReader, 'brackets.md', () => '[*_`<'.repeat(THREE_MB / 5)],
    ['a Reuters body', reutersSgmlReader, 'big.sgm', () => `<REUTERS><TEXT><TITLE>BIG</TITLE><BODY>${words(THREE_MB)}</BODY></TEXT></REUTERS>`],
    ['Reuters records without close tags', reutersSgmlReader, 'open.sgm', () => '<REUTERS><TEXT><TITLE>T</TITLE>'.repeat(THREE_MB / 31)],
  ])('reads %s of up to 3 MB in linear time', async (_name, reader, path, make) => {
    const bytes = utf8(make());
    const started = performance.now();
    const ok = await readsOrExplains(reader, bytes, path);
    const seconds = (performance.now() - started) / 1000;
    expect(ok).toBe(true);
    // Generous for a shared 2-core machine; a quadratic pass over 3 MB would take minutes.
    expect(seconds).toBeLessThan(10);
  });
});
