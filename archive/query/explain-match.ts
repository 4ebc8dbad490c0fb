/**
 * Which words of an article a query matched, and why: for highlighting (snippets, title, the whole
 * article) and for the "why this matched" line of a result. Works on the article's text with the
 * index's own analysis, so what is highlighted is exactly what the index matched.
 */
import type { Article, Highlight, MatchedTerm, MatchKind, SearchField } from '../model/article';
import { forEachHit, wordFilter } from '../analysis/analyzer';
import type { PlanNode, VariantKind } from '../engine/query-plan';
import type { QueryField } from './parse-query';
import type { TermMatcher } from './snippet';

interface Reason {
  readonly query: string;
  readonly kind: VariantKind | 'phrase';
  readonly field: QueryField | null;
}

export interface ArticleMatches {
  readonly title: Highlight[];
  /** Summary (when there is one) then body paragraphs: the text snippets are cut from. */
  readonly paragraphs: Highlight[][];
  readonly matches: MatchedTerm[];
}

export interface Explainer {
  matcher(field: SearchField): TermMatcher;
  /** One pass over the article's text: highlights for the title and paragraphs, and why it matched. */
  analyze(article: Article): ArticleMatches;
}

export function explainer(plan: PlanNode | null): Explainer {
  const reasons = new Map<string, Reason[]>();
  const add = (term: string, reason: Reason): void => {
    const known = reasons.get(term);
    if (known) known.push(reason);
    else reasons.set(term, [reason]);
  };
  const visit = (node: PlanNode): void => {
    switch (node.kind) {
      case 'term':
        for (const variant of node.variants) add(variant.term, { query: node.text, kind: variant.kind, field: node.field });
        return;
      case 'phrase':
        for (const word of node.words) add(word.term, { query: node.text, kind: 'phrase', field: node.field });
        return;
      case 'date':
      case 'lang':
        return;
      case 'or':
      case 'and':
        // Excluded words are never highlighted: the article matched because they are absent.
        node.children.forEach(visit);
        return;
    }
  };
  if (plan) visit(plan);
  const filter = wordFilter(reasons.keys());
  const applies = (reason: Reason, field: SearchField): boolean =>
    reason.field === null || reason.field === field || (reason.field === 'tags' && field === 'tags');
  return {
    matcher: (field) => (term) => reasons.get(term)?.some((reason) => applies(reason, field)) ?? false,
    analyze(article) {
      const found = new Map<string, { query: string; matched: string; kind: MatchKind; fields: Set<SearchField> }>();
      // Per field, whether a term is highlighted there: worked out once per term, not per occurrence.
      const decided = new Map<SearchField, Map<string, boolean>>();
      const scan = (field: SearchField, text: string): Highlight[] => {
        const ranges: Highlight[] = [];
        let known = decided.get(field);
        if (!known) decided.set(field, (known = new Map()));
        const seen = known;
        forEachHit(text, (term) => reasons.has(term), (start, end, term) => {
          let highlighted = seen.get(term);
          if (highlighted === undefined) {
            highlighted = false;
            const written = text.slice(start, end);
            for (const reason of reasons.get(term)!) {
              if (!applies(reason, field)) continue;
              highlighted = true;
              const key = `${reason.query}\u0000${term}`;
              const match = found.get(key);
              if (match) match.fields.add(field);
              else found.set(key, { query: reason.query, matched: written, kind: matchKind(reason, written), fields: new Set([field]) });
            }
            seen.set(term, highlighted);
          }
          if (highlighted) ranges.push([start, end]);
        }, filter);
        return ranges;
      };
      const title = scan('title', article.title);
      const paragraphs = [...(article.summary ? [scan('summary', article.summary)] : []), ...article.body.map((paragraph) => scan('body', paragraph))];
      scan('author', article.author ?? '');
      scan('source', article.source ?? '');
      for (const tag of article.tags ?? []) scan('tags', tag);
      return { title, paragraphs, matches: [...found.values()].map(({ fields: where, ...rest }) => ({ ...rest, fields: [...where] })) };
    },
  };
}

function matchKind(reason: Reason, written: string): MatchKind {
  switch (reason.kind) {
    case 'exact':
      return written.toLowerCase() === reason.query.toLowerCase() ? 'exact' : 'accent-folded';
    case 'stem':
    case 'prefix':
    case 'fuzzy':
    case 'phrase':
      return reason.kind;
  }
}
