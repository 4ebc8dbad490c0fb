/**
 * The hostile archive through the real pipeline (openArchive: walk, readers, Readability, sanitiser,
 * index): every article is found, and nothing stored for it (HTML, plain text, metadata) carries a way
 * to run script, navigate, submit, embed or fetch. The UI-level proof (no request, no navigation, no
 * window while reading) is test/e2e-renderer/hostile-archive.spec.ts.
 */
import { existsSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openArchive, type LiveArchive } from '../../../archive/library';
import type { Article } from '../../../archive/model/article';
import { buildHostileArchive, EXPECTED_ARTICLE_FILES, HOSTILE_MARKER_WORD } from '../../fixtures/hostile-archive/build-archive';

/** Never in stored article HTML: elements and attributes that run, load, navigate or submit. */
const FORBIDDEN_IN_HTML = [
  '<script', '<style', '<svg', '<math', '<img', '<picture', '<source', '<video', '<audio', '<iframe', '<frame', '<object', '<embed',
  '<form', '<input', '<button', '<select', '<textarea', '<base', '<meta', '<link', '<template', '<noscript', '<x-widget', '<details',
  '<isindex', '<foreignobject', '<animate', '<set', 'javascript:', 'vbscript:', 'data:', 'file:', 'ms-msdt:', 'search-ms:', 'smb:',
  'xlink', 'srcdoc', 'srcset', 'src=', 'style=', 'poster=', 'ping=', 'target=', 'formaction', 'action=', 'autofocus', 'evil.example',
  'track.example', 'http-equiv', 'title=', 'class=', 'data-x',
];
/** Any event-handler attribute (the fixtures' visible text says "onerror" and "onload" as words). */
const EVENT_HANDLER_ATTRIBUTE = /<[^>]*\son[a-z]+\s*=/i;
/** Never in the text of a web page's article: script bodies and trackers must not survive even as text. */
const FORBIDDEN_IN_TEXT = ['<script', 'onerror=', 'javascript:', 'vbscript:', 'alert(', 'document.cookie', 'evil.example', 'track.example'];

let parent: string;
let root: string;
let archive: LiveArchive;
let articles: Article[];

beforeAll(async () => {
  parent = await mkdtemp(path.join(os.tmpdir(), 'archivo-hostile-parent-'));
  root = await buildHostileArchive(parent);
  archive = await openArchive(root, { indexDir: path.join(parent, 'index') });
  const hits = (await archive.search(HOSTILE_MARKER_WORD, { limit: 500 })).results;
  articles = [];
  for (const hit of hits) {
    const article = await archive.getArticle(hit.id);
    if (article !== null) articles.push(article);
  }
}, 120_000);
afterAll(async () => {
  await rm(parent, { recursive: true, force: true });
});

const fileOf = (article: Article): string => article.path.split(/[\\/!#]|::/)[0] ?? article.path;

describe('the hostile archive, opened through openArchive', () => {
  it('yields an article from every hostile file (the tricks do not hide the text)', () => {
    const files = new Set(articles.flatMap((article) => article.locations.map((location) => fileOf({ ...article, path: location.path }))));
    for (const expected of EXPECTED_ARTICLE_FILES) expect([...files].some((file) => file.startsWith(expected)), `${expected} → ${[...files].join(', ')}`).toBe(true);
  });

  it('stores article HTML with none of the dangerous parts', () => {
    const withHtml = articles.filter((article) => article.html);
    expect(withHtml.length).toBeGreaterThanOrEqual(10);
    for (const article of withHtml) {
      const html = article.html!.toLowerCase();
      for (const forbidden of FORBIDDEN_IN_HTML) expect(html, `${article.path}: ${forbidden}`).not.toContain(forbidden.toLowerCase());
      expect(html, article.path).not.toMatch(EVENT_HANDLER_ATTRIBUTE);
      // Only http(s) and mailto links remain.
      for (const match of html.matchAll(/href="([^"]*)"/g)) expect(match[1], article.path).toMatch(/^(https?:|mailto:)/);
    }
  });

  it('stores the text and metadata of saved web pages (HTML, ZIP, WARC) with no script and no tracker', () => {
    const pages = articles.filter((article) => article.format !== 'json' && article.format !== 'markdown');
    expect(pages.length).toBeGreaterThanOrEqual(10);
    for (const article of pages) {
      const { html: _html, locations: _locations, path: _path, ...fields } = article;
      const text = JSON.stringify(fields).toLowerCase();
      for (const forbidden of FORBIDDEN_IN_TEXT) expect(text, `${article.path}: ${forbidden}`).not.toContain(forbidden);
    }
  });

  it('keeps only http(s) original URLs, whatever the format', () => {
    for (const article of articles) if (article.url !== null) expect(article.url, article.path).toMatch(/^https?:\/\//);
  });

  // Markup in JSON fields and Markdown (titles, names, a <script> in the text) is read as a browser would
  // show it: tags go, script content goes. It would be inert anyway (React and the PDF escape it), but a
  // reader must not see "<script>…" in a headline.
  it('stores JSON and Markdown text fields without markup or script text', () => {
    for (const article of articles.filter((a) => a.format === 'json' || a.format === 'markdown')) {
      const { html: _html, locations: _locations, path: _path, ...fields } = article;
      const text = JSON.stringify(fields).toLowerCase();
      for (const forbidden of FORBIDDEN_IN_TEXT) expect(text, `${article.path}: ${forbidden}`).not.toContain(forbidden);
    }
  });

  it('resolves relative links against a page <base> only as the author could have written them anyway, and drops the <base>', () => {
    // Readability resolves relative links the way a browser would (document.baseURI). The result is an
    // absolute web link the author could have written directly; it opens only after confirmation.
    const based = articles.find((article) => article.path.startsWith('base-meta-refresh.html'));
    expect(based?.html).toContain('href="https://base.example/relativo"');
    expect(based?.html).not.toMatch(/<base|<meta|refresh/i);
  });

  it('keeps the real news text of each page', () => {
    for (const article of articles.filter((a) => a.format === 'html')) {
      expect(article.body.join(' '), article.path).toMatch(/agua/i);
    }
  });

  it('reads a page with megabyte attributes without keeping them', () => {
    const enormous = articles.find((article) => article.path.startsWith('enormous-attributes.html'));
    expect(enormous).toBeDefined();
    expect(JSON.stringify(enormous).length).toBeLessThan(20_000);
  });

  it('decodes the mislabelled Windows-1252 page without mojibake', () => {
    const mojibake = articles.find((article) => article.path.startsWith('mojibake-windows-1252.html'));
    expect(mojibake?.body.join(' ')).toContain('Año, niño, acción');
    expect(JSON.stringify(mojibake)).not.toMatch(/Ã|\ufffd/);
  });

  it('never writes a zip-slip entry anywhere', () => {
    for (const dir of [root, parent, path.dirname(parent)]) expect(existsSync(path.join(dir, 'escaped-by-zip-slip.html'))).toBe(false);
    expect(existsSync('/tmp/absolute-zip-entry.html')).toBe(false);
  });
});
