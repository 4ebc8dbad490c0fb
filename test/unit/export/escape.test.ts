import { JSDOM } from 'jsdom';
import { describe, expect, test } from 'vitest';
import { cssString, escapeHtml } from '../../../archive/export/escape';

const HOSTILE = [
  '<script>alert(1)</script>',
  '"><img src=x onerror=alert(1)>',
  "' onmouseover='alert(1)",
  '</title><meta http-equiv="refresh" content="0;url=https://evil.example">',
  '&amp; &lt; already escaped',
  '<!-- comment --> <![CDATA[ x ]]>',
  'Pérez & Diálogo “quoted” — ok',
];

describe('escapeHtml', () => {
  test.each(HOSTILE)('renders %j as the same text in a text node, creating no elements', (text) => {
    const dom = new JSDOM(`<!DOCTYPE html><p>${escapeHtml(text)}</p>`);
    const p = dom.window.document.querySelector('p');
    expect(p?.textContent).toBe(text);
    expect(p?.children.length).toBe(0);
  });

  test.each(HOSTILE)('round-trips %j through a quoted attribute without breaking out', (text) => {
    const dom = new JSDOM(`<!DOCTYPE html><p title="${escapeHtml(text)}" data-x='${escapeHtml(text)}'>x</p>`);
    const p = dom.window.document.querySelector('p');
    expect(p?.getAttribute('title')).toBe(text);
    expect(p?.getAttribute('data-x')).toBe(text);
    expect(p?.attributes.length).toBe(2);
  });
});

describe('cssString', () => {
  test.each([
    ['plain', 'Diálogo Americas · Guatemalan President'],
    ['quote escape', 'He said "stop" \\ then'],
    ['style breakout', '</style><script>alert(1)</script>'],
    ['declaration injection', '"; } body { display: none } @page { content: "'],
  ])('%s: one CSS string token whose value is the original text', (_name, text) => {
    const literal = cssString(text);
    expect(literal).not.toMatch(/<\/style/i);
    const dom = new JSDOM(`<!DOCTYPE html><style>p::before { content: ${literal}; }</style><p></p>`);
    const sheet = dom.window.document.styleSheets[0];
    expect(sheet?.cssRules.length).toBe(1);
    const rule = sheet?.cssRules[0] as CSSStyleRule | undefined;
    expect(rule?.selectorText).toBe('p::before');
    // jsdom's CSSOM serialises the parsed string back; the decoded text must match what we wrote.
    expect(unquoteCss(rule?.style.getPropertyValue('content') ?? '')).toBe(text);
  });

  test('drops control characters and turns line breaks into spaces', () => {
    expect(cssString('a\nb\r\tc\u0000d\u007f')).toBe('"a b  cd"');
  });
});

/** Decodes a CSS string token: `\XX ` hex escapes and `\"`. */
function unquoteCss(token: string): string {
  return token
    .slice(1, -1)
    .replace(/\\([0-9a-f]{1,6}) ?/gi, (_m, hex: string) => String.fromCodePoint(Number.parseInt(hex, 16)))
    .replace(/\\(.)/g, '$1');
}
