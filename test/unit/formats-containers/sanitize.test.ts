import fc from 'fast-check';
import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { readHtmlDocument } from '../../../archive/formats/html-page';
import { paragraphsFromHtml } from '../../../archive/html/paragraphs';
import { sanitizeArticleHtml } from '../../../archive/html/sanitize';
import { FORBIDDEN_OUTPUT, HOSTILE_SNIPPETS } from '../../fixtures/containers/hostile';

const ALLOWED_TAGS = new Set('p h2 h3 h4 h5 h6 ul ol li blockquote figure figcaption table caption thead tbody tfoot tr th td em strong b i sub sup a br hr pre code'.split(' '));
const ALLOWED_ATTRIBUTES = new Set(['href', 'colspan', 'rowspan', 'scope']);

/** Structural check, stronger than looking for substrings: only allowed elements, attributes and link schemes. */
const checker = new JSDOM('<body></body>').window.document;

function parse(html: string): HTMLElement {
  const container = checker.createElement('div');
  container.innerHTML = html;
  return container;
}

function structuralViolations(html: string): string[] {
  const violations: string[] = [];
  for (const element of Array.from(parse(html).querySelectorAll('*'))) {
    const tag = element.tagName.toLowerCase();
    if (!ALLOWED_TAGS.has(tag)) violations.push(`<${tag}>`);
    for (const attribute of Array.from(element.attributes)) {
      if (!ALLOWED_ATTRIBUTES.has(attribute.name)) violations.push(`${tag}[${attribute.name}]`);
      if (attribute.name === 'href' && !/^(?:https?:|mailto:)/i.test(attribute.value)) violations.push(`href=${attribute.value.slice(0, 40)}`);
    }
  }
  return violations;
}

describe('sanitizeArticleHtml on hostile input', () => {
  for (const [trick, snippet] of Object.entries(HOSTILE_SNIPPETS)) {
    it(`removes every dangerous part: ${trick}`, () => {
      const html = sanitizeArticleHtml(`<p>Before the trick.</p>${snippet}<p>After the trick.</p>`);
      for (const forbidden of FORBIDDEN_OUTPUT) expect(html.toLowerCase()).not.toContain(forbidden);
      expect(structuralViolations(html)).toEqual([]);
      expect(html).toContain('<p>Before the trick.</p>');
      expect(html).toContain('<p>After the trick.</p>');
      expect(html.length).toBeLessThan(5_000);
    });
  }

  it('keeps safe links and turns unsafe ones into their text', () => {
    const html = sanitizeArticleHtml('<p><a href="https://ok.example/a" onclick="x()">web</a> <a href="mailto:desk@ok.example">mail</a> <a href="javascript:alert(1)">bad</a> <a href="/relative">rel</a></p>');
    expect(html).toBe('<p><a href="https://ok.example/a">web</a> <a href="mailto:desk@ok.example">mail</a> bad rel</p>');
  });

  it('keeps an image description as the caption of a figure that has none, and drops the image', () => {
    expect(sanitizeArticleHtml('<figure><img src="https://cdn.example/p.jpg" alt="Police officers in Mixco"></figure>')).toBe('<figure><figcaption>Police officers in Mixco</figcaption></figure>');
    expect(sanitizeArticleHtml('<figure><img src="https://cdn.example/p.jpg" alt="alt"><figcaption>Caption</figcaption></figure>')).toBe('<figure><figcaption>Caption</figcaption></figure>');
    expect(sanitizeArticleHtml('<p><img src="https://track.example/p.gif" alt="">Text</p>')).toBe('<p>Text</p>');
  });

  it('keeps tables, lists and quotes', () => {
    const table = '<table><thead><tr><th scope="col">Year</th><th>Cases</th></tr></thead><tbody><tr><td>2015</td><td colspan="2">12</td></tr></tbody></table>';
    expect(sanitizeArticleHtml(table)).toBe(table);
    expect(sanitizeArticleHtml('<ul class="x"><li>One</li><li>Two</li></ul><blockquote><p>Quote</p></blockquote>')).toBe('<ul><li>One</li><li>Two</li></ul><blockquote><p>Quote</p></blockquote>');
  });

  it('a whole hostile page read as an article carries none of it', () => {
    const story = Array.from({ length: 5 }, (_, i) => `<p>Paragraph ${i + 1}: the council approved the budget for the new water plant after a long debate on Tuesday night.</p>`).join('');
    const page = `<html><head><base href="https://evil.example/"><meta http-equiv="refresh" content="0;url=https://evil.example/"></head><body><article>${story}${Object.values(HOSTILE_SNIPPETS).join('<p>between</p>')}</article></body></html>`;
    const article = readHtmlDocument(page);
    for (const forbidden of FORBIDDEN_OUTPUT) expect(article.html?.toLowerCase()).not.toContain(forbidden);
    expect(structuralViolations(article.html ?? '')).toEqual([]);
    expect(article.body[0]).toMatch(/^Paragraph 1: the council/);
  });
});

/** Random HTML built from allowed and hostile pieces, with awkward nesting and text. */
const arbitraryHtml = fc.letrec((tie) => ({
  node: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    fc.constantFrom('text', 'a < b & c', '"quoted"', ' ', '&amp;', '&lt;script&gt;', 'ñandú'),
    fc.constantFrom(...Object.values(HOSTILE_SNIPPETS).filter((snippet) => snippet.length < 2_000)),
    fc.tuple(
      fc.constantFrom('p', 'div', 'span', 'a', 'li', 'ul', 'table', 'tr', 'td', 'figure', 'figcaption', 'blockquote', 'h2', 'h1', 'pre', 'svg', 'math', 'form', 'noscript', 'select', 'option', 'button', 'em', 'img', 'br', 'template', 'title', 'textarea', 'style'),
      fc.constantFrom('', ' href="https://ok.example/"', ' href="javascript:x"', ' alt="alt text"', ' title="</p><script>"', ' onclick="x"'),
      fc.array(tie('node'), { maxLength: 4 }),
    ).map(([tag, attributes, children]) => `<${tag}${attributes}>${children.join('')}</${tag}>`),
  ),
})).node;

describe('sanitizing is a fixpoint', () => {
  it('sanitising twice equals sanitising once, and the output is always structurally safe', () => {
    fc.assert(
      fc.property(arbitraryHtml, (html) => {
        const once = sanitizeArticleHtml(html);
        expect(sanitizeArticleHtml(once)).toBe(once);
        expect(structuralViolations(once)).toEqual([]);
      }),
      { numRuns: 150 },
    );
  });

  it('plain-text paragraphs never repeat and hold only visible text of the sanitised HTML', () => {
    fc.assert(
      fc.property(arbitraryHtml, (html) => {
        const sanitized = sanitizeArticleHtml(html);
        const visible = (parse(sanitized).textContent ?? '').replace(/\s+/g, ' ');
        const paragraphs = paragraphsFromHtml(sanitized);
        expect(new Set(paragraphs).size).toBe(paragraphs.length);
        for (const paragraph of paragraphs) {
          expect(paragraph.trim()).toBe(paragraph);
          for (const piece of paragraph.split(' | ')) expect(visible).toContain(piece.replace(/\s+/g, ' '));
        }
      }),
      { numRuns: 150 },
    );
  });
});
