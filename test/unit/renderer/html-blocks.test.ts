// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { hasText, htmlToBlocks, type HtmlNode } from '../../../renderer/article/html-blocks';

function tags(nodes: readonly HtmlNode[]): string[] {
  return nodes.flatMap((node) => (node.kind === 'text' ? [] : [node.tag, ...tags(node.children)]));
}
function text(nodes: readonly HtmlNode[]): string {
  return nodes.map((node) => (node.kind === 'text' ? node.text : text(node.children))).join('');
}

describe('htmlToBlocks', () => {
  it('keeps paragraphs, headings, lists, quotes and tables', () => {
    const nodes = htmlToBlocks('<h1>T</h1><p>One <em>two</em></p><ul><li>a</li></ul><blockquote><p>q</p></blockquote><table><tr><td colspan="2">x</td></tr></table>');
    expect(tags(nodes)).toEqual(['h2', 'p', 'em', 'ul', 'li', 'blockquote', 'p', 'table', 'tbody', 'tr', 'td']);
    const cell = JSON.stringify(nodes);
    expect(cell).toContain('"colSpan":2');
  });

  it('drops script, styles, frames, forms and images with their content; unwraps links to text', () => {
    const nodes = htmlToBlocks(
      '<p onclick="alert(1)" style="color:red">Read <a href="javascript:alert(1)">the plan</a><img src="https://t.example/p.gif" onerror="alert(1)"></p>' +
        '<script>alert(1)</script><style>p{}</style><iframe srcdoc="<script>alert(1)</script>"></iframe><svg><script>alert(1)</script></svg>' +
        '<form><input value="x"><button>Go</button></form><noscript><p>no</p></noscript>',
    );
    expect(tags(nodes)).toEqual(['p']);
    expect(text(nodes)).toBe('Read the plan');
    expect(JSON.stringify(nodes)).not.toMatch(/alert|href|src|style|onclick/);
  });

  it('keeps no attribute but sane table spans', () => {
    const nodes = htmlToBlocks('<table><tr><td rowspan="999" colspan="abc" id="x" class="y">c</td></tr></table>');
    expect(JSON.stringify(nodes)).toBe(JSON.stringify([{ kind: 'element', tag: 'table', children: [{ kind: 'element', tag: 'tbody', children: [{ kind: 'element', tag: 'tr', children: [{ kind: 'element', tag: 'td', children: [{ kind: 'text', text: 'c' }], rowSpan: 50 }] }] }] }]));
  });

  it('keeps no text where tables forbid it, and survives absurd nesting', () => {
    const nodes = htmlToBlocks(`<table>\n  <tr>\n <td>a</td>\n</tr>\n</table>${'<div>'.repeat(300)}deep${'</div>'.repeat(300)}`);
    expect(text(nodes)).toContain('deep');
    const table = nodes[0];
    expect(table?.kind === 'element' && table.children.every((child) => child.kind === 'element')).toBe(true);
  });

  it('reports whether anything readable is left', () => {
    expect(hasText(htmlToBlocks('<script>x</script><p>  </p>'))).toBe(false);
    expect(hasText(htmlToBlocks('<p>words</p>'))).toBe(true);
  });
});
