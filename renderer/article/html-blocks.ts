/**
 * Sanitised article HTML (from saved web pages) turned into a small tree of allowed elements and
 * text, which React then renders as elements. Nothing of the page is ever inserted as markup:
 *
 * - the HTML is parsed with DOMParser into an inert document (no script runs, nothing loads);
 * - the tree is rebuilt from an allowlist of structural tags (paragraphs, headings, lists, quotes,
 *   tables, emphasis); every other element is unwrapped to its text, and script-like ones dropped;
 * - no attribute survives except table spans: no href, src, style, class, id or event handler, so
 *   there is nothing to click, load or restyle.
 *
 * This is stricter than a sandboxed srcdoc frame: a frame re-parses a serialised string (where
 * mutation-XSS lives) and relies on the sandbox if the sanitiser misses something; here the output
 * vocabulary is fixed, and the shell's CSP still stands behind it. It also lets the article follow
 * the theme and text size, and lets find-in-article reach the text.
 */

export type BlockTag =
  | 'p' | 'h2' | 'h3' | 'h4' | 'h5' | 'h6' | 'ul' | 'ol' | 'li' | 'blockquote' | 'pre' | 'figure' | 'figcaption'
  | 'table' | 'caption' | 'thead' | 'tbody' | 'tfoot' | 'tr' | 'th' | 'td'
  | 'em' | 'strong' | 'b' | 'i' | 'u' | 's' | 'sub' | 'sup' | 'small' | 'code' | 'abbr' | 'q' | 'cite' | 'mark' | 'br' | 'hr'
  | 'dl' | 'dt' | 'dd';

export type HtmlNode =
  | { readonly kind: 'text'; readonly text: string }
  | { readonly kind: 'element'; readonly tag: BlockTag; readonly children: readonly HtmlNode[]; readonly colSpan?: number; readonly rowSpan?: number };

/** Tags kept as themselves. `h1` becomes `h2`: the article's own headline is the page's one h1-level heading. */
const KEPT: Readonly<Record<string, BlockTag>> = {
  p: 'p', h1: 'h2', h2: 'h2', h3: 'h3', h4: 'h4', h5: 'h5', h6: 'h6', ul: 'ul', ol: 'ol', li: 'li',
  blockquote: 'blockquote', pre: 'pre', figure: 'figure', figcaption: 'figcaption',
  table: 'table', caption: 'caption', thead: 'thead', tbody: 'tbody', tfoot: 'tfoot', tr: 'tr', th: 'th', td: 'td',
  em: 'em', strong: 'strong', b: 'b', i: 'i', u: 'u', s: 's', sub: 'sub', sup: 'sup', small: 'small', code: 'code',
  abbr: 'abbr', q: 'q', cite: 'cite', mark: 'mark', br: 'br', hr: 'hr', dl: 'dl', dt: 'dt', dd: 'dd',
};

/** Dropped with everything inside: code, embedded content, forms and document furniture. */
const DROPPED = new Set([
  'script', 'style', 'noscript', 'template', 'iframe', 'frame', 'frameset', 'object', 'embed', 'applet', 'svg', 'math',
  'canvas', 'video', 'audio', 'source', 'track', 'picture', 'img', 'form', 'input', 'button', 'select', 'textarea',
  'option', 'link', 'meta', 'base', 'head', 'title', 'nav', 'dialog', 'portal',
]);

const VOID: ReadonlySet<BlockTag> = new Set(['br', 'hr']);
const MAX_DEPTH = 64;
const MAX_SPAN = 50;

/** Parses and rebuilds; `parse` is injectable for tests (defaults to the page's DOMParser). */
export function htmlToBlocks(html: string, parse: (html: string) => Document = (h) => new DOMParser().parseFromString(h, 'text/html')): HtmlNode[] {
  const doc = parse(html);
  return convertChildren(doc.body, 0);
}

/** Elements where text is not allowed (React warns, browsers move it out of the table). */
const NO_TEXT_INSIDE = new Set(['table', 'thead', 'tbody', 'tfoot', 'tr']);

function convertChildren(parent: Node, depth: number, tag?: BlockTag): HtmlNode[] {
  const out: HtmlNode[] = [];
  for (const child of Array.from(parent.childNodes)) out.push(...convert(child, depth));
  const merged = mergeText(out);
  return tag !== undefined && NO_TEXT_INSIDE.has(tag) ? merged.filter((node) => node.kind === 'element') : merged;
}

function convert(node: Node, depth: number): HtmlNode[] {
  if (node.nodeType === 3 /* TEXT_NODE */) {
    const text = node.textContent ?? '';
    return text === '' ? [] : [{ kind: 'text', text }];
  }
  if (node.nodeType !== 1 /* ELEMENT_NODE */) return [];
  const element = node as Element;
  const name = element.localName.toLowerCase();
  if (DROPPED.has(name)) return [];
  // Too deep to be an article: keep the words, not the structure.
  if (depth >= MAX_DEPTH) return [{ kind: 'text', text: element.textContent ?? '' }];
  const tag = KEPT[name];
  if (tag === undefined) return convertChildren(element, depth + 1);
  if (VOID.has(tag)) return [{ kind: 'element', tag, children: [] }];
  const children = convertChildren(element, depth + 1, tag);
  if (tag === 'th' || tag === 'td') {
    return [{ kind: 'element', tag, children, ...span('colSpan', element.getAttribute('colspan')), ...span('rowSpan', element.getAttribute('rowspan')) }];
  }
  return [{ kind: 'element', tag, children }];
}

function span(name: 'colSpan' | 'rowSpan', value: string | null): Partial<Record<'colSpan' | 'rowSpan', number>> {
  if (value === null || !/^\d{1,3}$/.test(value)) return {};
  const n = Number(value);
  return n > 1 ? { [name]: Math.min(n, MAX_SPAN) } : {};
}

function mergeText(nodes: readonly HtmlNode[]): HtmlNode[] {
  const out: HtmlNode[] = [];
  for (const node of nodes) {
    const previous = out[out.length - 1];
    if (node.kind === 'text' && previous?.kind === 'text') out[out.length - 1] = { kind: 'text', text: previous.text + node.text };
    else out.push(node);
  }
  return out;
}

/** Whether the tree holds any visible words (an empty rebuild falls back to the plain-text body). */
export function hasText(nodes: readonly HtmlNode[]): boolean {
  return nodes.some((node) => (node.kind === 'text' ? node.text.trim() !== '' : hasText(node.children)));
}
