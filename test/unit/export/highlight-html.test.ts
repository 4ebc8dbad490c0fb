import { JSDOM } from 'jsdom';
import { describe, expect, test } from 'vitest';
import { collapseWithRanges, markedHtml } from '../../../archive/export/highlight-html';
import { renderPrintHtml } from '../../../archive/export/print-template';
import { capturedArticle, perezHighlights } from './fixtures';

describe('collapseWithRanges', () => {
  test('ranges follow their words when whitespace collapses and the text is trimmed', () => {
    const text = '  Otto\n\n  Pérez   visitó\tMixco ';
    const ranges = [[10, 15], [25, 30]] as const; // "Pérez", "Mixco"
    expect(ranges.map(([s, e]) => text.slice(s, e))).toEqual(['Pérez', 'Mixco']);
    const out = collapseWithRanges(text, ranges);
    expect(out.text).toBe('Otto Pérez visitó Mixco');
    expect(out.ranges.map(([s, e]) => out.text.slice(s, e))).toEqual(['Pérez', 'Mixco']);
  });

  test('out-of-range, empty, reversed and overlapping ranges are clamped, dropped or merged', () => {
    const out = collapseWithRanges('abc def', [[-5, 2], [5, 99], [3, 3], [4, 2], [1, 3]]);
    expect(out.ranges).toEqual([[0, 3], [5, 7]]);
  });
});

describe('markedHtml', () => {
  test('marks exactly the ranges and escapes everything, including hostile text inside a mark', () => {
    const html = markedHtml('<b>Pérez</b> & co', [[3, 8]]);
    expect(html).toBe('&lt;b&gt;<mark>Pérez</mark>&lt;/b&gt; &amp; co');
    const p = new JSDOM(`<p>${html}</p>`).window.document.querySelector('p');
    expect(p?.textContent).toBe('<b>Pérez</b> & co');
    expect([...(p?.children ?? [])].map((el) => el.tagName)).toEqual(['MARK']);
  });
});

describe('the print template with highlights', () => {
  test('marks every hit in summary and body, and nothing when no highlights are given', () => {
    const html = (highlights?: ReturnType<typeof perezHighlights>) =>
      new JSDOM(renderPrintHtml(capturedArticle, { locale: 'es', exportedAt: new Date(0), appVersion: 't', ...(highlights ? { highlights } : {}) })).window.document;
    const doc = html(perezHighlights(capturedArticle));
    expect([...doc.querySelectorAll('mark')].map((m) => m.textContent)).toEqual(['Pérez', 'Pérez', 'Pérez']);
    expect(doc.querySelector('.teaser mark')).not.toBeNull();
    expect(html().querySelectorAll('mark')).toHaveLength(0);
    expect(doc.querySelector('main')?.textContent).toBe(html().querySelector('main')?.textContent);
  });
});
