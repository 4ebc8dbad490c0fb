/**
 * Reduces untrusted article HTML to its structure: paragraphs, headings, lists, quotes, tables, figure
 * captions, emphasis and plain web/mail links. Everything that could run, navigate, submit or load
 * (scripts, handlers, forms, frames, SVG/MathML, <base>, <meta>, and every image or media element —
 * a remote image is a tracking pixel that tells a third party what a journalist is reading) is gone.
 */
import createDOMPurify, { type Config, type DOMPurify, type WindowLike } from 'dompurify';
import { sharedInertWindow } from './inert-dom';

const ALLOWED_TAGS = [
  'p', 'h2', 'h3', 'h4', 'h5', 'h6', 'ul', 'ol', 'li', 'blockquote', 'figure', 'figcaption',
  'table', 'caption', 'thead', 'tbody', 'tfoot', 'tr', 'th', 'td',
  'em', 'strong', 'b', 'i', 'sub', 'sup', 'a', 'br', 'hr', 'pre', 'code',
];
const ALLOWED_ATTR = ['href', 'colspan', 'rowspan', 'scope'];
/** Only links a reader may follow in a browser after confirming; relative links lead nowhere offline. */
const SAFE_LINK = /^(?:https?:|mailto:)/i;
const MAX_HREF_LENGTH = 2048;
/** Removed with their text, not just unwrapped: their words are interface, not article. */
const DROP_WITH_CONTENT = ['form', 'button', 'select', 'option', 'textarea', 'nav', 'object', 'embed', 'canvas', 'dialog'];
/** Elements that mean nothing once empty (an image's figure, a paragraph that only held an ad). */
const DROP_WHEN_EMPTY = new Set(['P', 'H2', 'H3', 'H4', 'H5', 'H6', 'UL', 'OL', 'LI', 'BLOCKQUOTE', 'FIGURE', 'FIGCAPTION', 'TABLE', 'CAPTION', 'THEAD', 'TBODY', 'TFOOT', 'TR', 'EM', 'STRONG', 'B', 'I', 'SUB', 'SUP', 'A', 'PRE', 'CODE']);

const CONFIG: Config = {
  ALLOWED_TAGS,
  ALLOWED_ATTR,
  ALLOWED_URI_REGEXP: SAFE_LINK,
  // DOMPurify checks every attribute not marked URI-safe against ALLOWED_URI_REGEXP; these hold no URLs.
  ADD_URI_SAFE_ATTR: ['colspan', 'rowspan', 'scope'],
  ALLOW_DATA_ATTR: false,
  ALLOW_ARIA_ATTR: false,
  ALLOW_UNKNOWN_PROTOCOLS: false,
  KEEP_CONTENT: true,
  ADD_FORBID_CONTENTS: DROP_WITH_CONTENT,
  WHOLE_DOCUMENT: false,
};

/** Sanitising output again must change nothing; HTML re-parsing can move nodes, so we iterate to a fixpoint. */
const MAX_PASSES = 4;

let purifier: DOMPurify | null = null;

function getPurifier(): DOMPurify {
  if (purifier) return purifier;
  const instance = createDOMPurify(sharedInertWindow() as unknown as WindowLike);
  instance.addHook('uponSanitizeElement', (node, data) => {
    // An image's alt text survives only as the caption of a figure that has none.
    if (data.tagName !== 'img' || !isElement(node)) return;
    const alt = node.getAttribute('alt')?.trim();
    const figure = node.closest('figure');
    if (!alt || !figure || figure.querySelector('figcaption')) return;
    const caption = figure.ownerDocument.createElement('figcaption');
    caption.textContent = alt;
    figure.appendChild(caption);
  });
  instance.addHook('afterSanitizeAttributes', (node) => {
    if (!isElement(node) || node.tagName !== 'A') return;
    const href = node.getAttribute('href');
    if (href !== null && (href.length > MAX_HREF_LENGTH || !SAFE_LINK.test(href.trim()))) node.removeAttribute('href');
  });
  purifier = instance;
  return instance;
}

function isElement(node: Node): node is Element {
  return node.nodeType === 1;
}

/** Links without a usable target become their text; empty structure disappears, innermost first. */
function tidy(root: DocumentFragment): void {
  for (const anchor of Array.from(root.querySelectorAll('a:not([href])'))) anchor.replaceWith(...Array.from(anchor.childNodes));
  const elements = Array.from(root.querySelectorAll('*')).reverse();
  for (const element of elements) {
    if (DROP_WHEN_EMPTY.has(element.tagName) && element.textContent?.trim() === '') element.remove();
  }
}

function sanitizeOnce(html: string): string {
  const fragment = getPurifier().sanitize(html, { ...CONFIG, RETURN_DOM_FRAGMENT: true });
  tidy(fragment);
  const container = sharedInertWindow().document.createElement('div');
  container.appendChild(fragment);
  return container.innerHTML.trim();
}

/** Sanitised article HTML; `sanitizeArticleHtml(sanitizeArticleHtml(x)) === sanitizeArticleHtml(x)`. */
export function sanitizeArticleHtml(html: string): string {
  let current = sanitizeOnce(html);
  for (let pass = 1; pass < MAX_PASSES; pass++) {
    const next = sanitizeOnce(current);
    if (next === current) return current;
    current = next;
  }
  return current;
}
