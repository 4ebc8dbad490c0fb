import { createElement, Fragment, useMemo, type ReactNode } from 'react';
import { htmlToBlocks, hasText, type HtmlNode } from '../article/html-blocks';

/** A saved page's sanitised HTML, rebuilt from an allowlist as React elements (see html-blocks.ts). */
export function ArticleHtml({ html, fallback }: { readonly html: string; readonly fallback: ReactNode }) {
  const nodes = useMemo(() => htmlToBlocks(html), [html]);
  if (!hasText(nodes)) return <>{fallback}</>;
  return <div className="article-body article-html">{nodes.map(render)}</div>;
}

function render(node: HtmlNode, index: number): ReactNode {
  if (node.kind === 'text') return <Fragment key={index}>{node.text}</Fragment>;
  const props: Record<string, unknown> = { key: index };
  if (node.colSpan !== undefined) props['colSpan'] = node.colSpan;
  if (node.rowSpan !== undefined) props['rowSpan'] = node.rowSpan;
  if (node.tag === 'br' || node.tag === 'hr') return createElement(node.tag, props);
  return createElement(node.tag, props, ...node.children.map(render));
}
