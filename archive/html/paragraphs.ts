/**
 * Plain-text paragraphs from sanitised article HTML, for search and for the plain reading view: every
 * block element (and every line break) ends a paragraph, table rows read as one line, and a paragraph
 * never appears twice.
 */
import { sharedInertWindow } from './inert-dom';

const BLOCKS = new Set([
  'P', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'UL', 'OL', 'LI', 'BLOCKQUOTE', 'FIGURE', 'FIGCAPTION', 'TABLE',
  'CAPTION', 'THEAD', 'TBODY', 'TFOOT', 'TR', 'PRE', 'HR', 'DIV', 'SECTION', 'ARTICLE',
]);
const CELLS = new Set(['TD', 'TH']);

export function paragraphsFromHtml(html: string): string[] {
  const container = sharedInertWindow().document.createElement('div');
  container.innerHTML = html;
  const paragraphs: string[] = [];
  const seen = new Set<string>();
  let buffer = '';

  const flush = (): void => {
    const text = buffer.replace(/[^\S\n]+/g, ' ').replace(/ ?\n ?/g, '\n').trim();
    buffer = '';
    if (text === '' || seen.has(text)) return;
    seen.add(text);
    paragraphs.push(text);
  };

  const walk = (node: Node, inPre: boolean): void => {
    for (const child of Array.from(node.childNodes)) {
      if (child.nodeType === 3) {
        const text = child.textContent ?? '';
        buffer += inPre ? text : text.replace(/\s+/g, ' ');
        continue;
      }
      if (child.nodeType !== 1) continue;
      const tag = (child as Element).tagName;
      if (tag === 'BR') flush();
      else if (CELLS.has(tag)) {
        if (buffer.trim() !== '') buffer += ' | ';
        walk(child, inPre);
      } else if (BLOCKS.has(tag)) {
        flush();
        walk(child, inPre || tag === 'PRE');
        flush();
      } else walk(child, inPre);
    }
  };

  walk(container, false);
  flush();
  return paragraphs;
}
