/**
 * Property tests at the text boundaries: the query parser and search on arbitrary strings, and the
 * sanitiser on arbitrary markup-ish strings. They terminate quickly, never throw past their boundary
 * (the parser throws only QuerySyntaxError, search never throws), and sanitising is idempotent.
 * (Structured HTML trees for the sanitiser are covered in test/unit/formats-containers/sanitize.test.ts.)
 */
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sanitizeArticleHtml } from '../../../archive/html/sanitize';
import { openArchive, type LiveArchive } from '../../../archive/library';
import { parseQuery, QuerySyntaxError, type QueryNode } from '../../../archive/query/parse-query';
import { tokenize } from '../../../archive/text/tokens';

const QUERY_PIECES = ['"', '“', '”', '„', '«', '»', '(', ')', '-', '*', ' ', 'OR', 'AND', 'NOT', 'or', ':', 'title:', 'author:', 'date:', 'before:', 'after:', 'lang:', 'tag:', '2012', '2012-02', '..', 'Mixco', 'Pérez', 'ñ', '\u0301', '\t', '\n', '’', "'", '_', '.', 'ab'];
const queryString = fc.oneof(
  fc.string({ maxLength: 200 }),
  fc.string({ unit: 'binary', maxLength: 200 }),
  fc.array(fc.constantFrom(...QUERY_PIECES), { maxLength: 60 }).map((pieces) => pieces.join('')),
  fc.array(fc.constantFrom('(', ')', '"', '-', 'NOT ', 'a '), { maxLength: 400 }).map((pieces) => pieces.join('')),
);

const KINDS = new Set(['term', 'phrase', 'date', 'lang', 'and', 'or', 'not']);

function checkNode(node: QueryNode, depth = 0): void {
  expect(depth).toBeLessThan(10_000);
  expect(KINDS.has(node.kind), node.kind).toBe(true);
  if (node.kind === 'and' || node.kind === 'or') {
    expect(node.children.length).toBeGreaterThan(0);
    for (const child of node.children) checkNode(child, depth + 1);
  }
  if (node.kind === 'not') checkNode(node.child, depth + 1);
}

describe('parseQuery on arbitrary strings', () => {
  it('returns a well-formed node or null, or throws a QuerySyntaxError pointing inside the query', () => {
    fc.assert(
      fc.property(queryString, (query) => {
        const started = performance.now();
        try {
          const node = parseQuery(query, tokenize);
          if (node !== null) checkNode(node);
        } catch (error) {
          expect(error).toBeInstanceOf(QuerySyntaxError);
          const { position, message } = error as QuerySyntaxError;
          expect(position).toBeGreaterThanOrEqual(0);
          expect(position).toBeLessThanOrEqual(query.length);
          expect(message.length).toBeGreaterThan(0);
        }
        expect(performance.now() - started, 'parse time (ms)').toBeLessThan(500);
      }),
      { numRuns: 3000 },
    );
  });

  function parsesOrRefuses(query: string): void {
    const started = performance.now();
    try {
      parseQuery(query, tokenize);
    } catch (error) {
      expect(error, query.slice(0, 20)).toBeInstanceOf(QuerySyntaxError);
    }
    expect(performance.now() - started, query.slice(0, 20)).toBeLessThan(2000);
  }

  it('terminates quickly on long and nested queries up to the IPC limit (1000 characters)', () => {
    for (const query of ['('.repeat(1000), `${'('.repeat(499)}a${')'.repeat(499)}`, '"'.repeat(1000), 'a OR '.repeat(200), '-'.repeat(1000), `${'NOT '.repeat(249)}a`, 'x'.repeat(100_000), '"a '.repeat(3000)]) {
      parsesOrRefuses(query);
    }
  });

  // Nesting is parsed recursively: without a limit ~2000 nested parentheses would overflow the stack and
  // search() would throw past its boundary (the CLI has no IPC length limit in front of it).
  it('refuses absurdly deep nesting with a QuerySyntaxError instead of a stack overflow', () => {
    for (const query of ['('.repeat(5000), `${'('.repeat(2000)}a${')'.repeat(2000)}`, `${'(-'.repeat(3000)}a`, `${'title:('.repeat(3000)}a`, `${'-'.repeat(5000)}a`]) {
      parsesOrRefuses(query);
      expect(() => parseQuery(query, tokenize)).toThrow(QuerySyntaxError);
    }
  });
});

describe('search on arbitrary strings', () => {
  let work: string;
  let archive: LiveArchive;
  beforeAll(async () => {
    work = await mkdtemp(path.join(os.tmpdir(), 'archivo-query-prop-'));
    archive = await openArchive(path.resolve(__dirname, '../../../archive/sample-archive'), { indexDir: work });
  });
  afterAll(async () => {
    await rm(work, { recursive: true, force: true });
  });

  it('never throws: a bad query comes back as an error message with no results', async () => {
    await fc.assert(
      fc.asyncProperty(queryString, async (query) => {
        const response = await archive.search(query, { limit: 20 });
        expect(response.results.length).toBeLessThanOrEqual(20);
        expect(response.total).toBeGreaterThanOrEqual(response.results.length);
        if (response.error) expect(response.results).toEqual([]);
      }),
      { numRuns: 500 },
    );
  });
});

const markupString = fc.oneof(
  fc.string({ maxLength: 300 }),
  fc
    .array(
      fc.constantFrom('<', '>', '/', '"', "'", '=', '&', ';', '#', '!--', '-->', 'p', 'a', 'script', 'svg', 'math', 'style', 'img', 'noscript', 'template', 'table', 'td', 'form', 'select', 'option', 'textarea', 'title', 'iframe', 'href', 'src', 'onerror', 'javascript:', 'data:', 'x', ' ', '\n', '\u0000', 'ñ', '<![CDATA[', ']]>', '<!doctype html>', 'foreignObject', 'mglyph', 'annotation-xml', 'encoding="text/html"'),
      { maxLength: 80 },
    )
    .map((pieces) => pieces.join('')),
);

describe('sanitizeArticleHtml on arbitrary markup-ish strings', () => {
  it('never throws, terminates, is idempotent and leaves nothing that runs or loads', () => {
    // The first call sets up the sanitiser's document: not what the bound below is about.
    sanitizeArticleHtml('<p>warm-up</p>');
    let slowest = 0;
    fc.assert(
      fc.property(markupString, (html) => {
        const started = performance.now();
        const once = sanitizeArticleHtml(html);
        slowest = Math.max(slowest, performance.now() - started);
        expect(sanitizeArticleHtml(once)).toBe(once);
        expect(once).not.toMatch(/<(script|svg|math|style|img|iframe|form|template|noscript|textarea|select|base|meta|link|object|embed)\b|<[^>]*\s(on\w+|src|style|srcdoc)\s*=/i);
        for (const match of once.matchAll(/\shref="([^"]*)"/gi)) expect(match[1]).toMatch(/^(https?:|mailto:)/i);
      }),
      { numRuns: 300 },
    );
    // Each input is at most a few hundred characters: even the slowest must be quick.
    expect(slowest, 'slowest sanitise (ms)').toBeLessThan(1000);
  });
});
