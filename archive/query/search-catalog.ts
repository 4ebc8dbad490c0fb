/**
 * Runs a query against the catalog: parse, let the engine rank and count (BM25F, facets, top-k),
 * then build the page of hits: several snippets each, title highlights, and why each one matched.
 * Only the page's articles are read from the store.
 */
import type { ArticleHighlights, SearchFilters, SearchHit, SearchResponse, SearchSort, Suggestion } from '../model/article';
import type { Catalog } from '../catalog';
import { forEachTerm, indexTerm } from '../analysis/analyzer';
import { idf } from '../engine/bm25';
import type { EngineResult } from '../engine/search-engine';
import type { PlanNode } from '../engine/query-plan';
import { prefixRange } from '../engine/term-dictionary';
import { tokenize } from '../text/tokens';
import { fold } from '../text/fold';
import { explainer, type Explainer } from './explain-match';
import { parseQuery, QuerySyntaxError, type QueryNode } from './parse-query';
import { describeQueryProblem, type QueryProblem } from '../model/query-problem';
import { makeSnippets } from './snippet';

export interface SearchPage {
  readonly limit?: number;
  readonly offset?: number;
  /** Relevance (default), or newest / oldest first (undated articles last either way). */
  readonly sort?: SearchSort;
  /** Keep only these facet values. */
  readonly filters?: SearchFilters;
}

export const DEFAULT_PAGE_SIZE = 20;
const SNIPPETS_PER_HIT = 3;

export function searchCatalog(catalog: Catalog, query: string, page: SearchPage = {}): SearchResponse {
  const started = performance.now();
  const sort = page.sort ?? 'relevance';
  let node: QueryNode | null;
  try {
    node = parseQuery(query, tokenize);
  } catch (error) {
    if (error instanceof QuerySyntaxError) return { query, total: 0, results: [], error: error.message, problem: error.problem };
    throw error;
  }
  const plan = node && catalog.engine.plan(node);
  if (node && !plan) {
    const problem = onlyCommonWords(node);
    return { query, total: 0, results: [], error: describeQueryProblem(problem), problem };
  }
  const result = catalog.engine.run(plan, {
    offset: Math.max(0, page.offset ?? 0),
    limit: Math.max(0, page.limit ?? DEFAULT_PAGE_SIZE),
    sort,
    ...(page.filters ? { filters: page.filters } : {}),
  });
  return toResponse(catalog, query, result, sort, started);
}

/**
 * Why a query of words has nothing to look for: every word it asks for is a stop-word, which the
 * index leaves out (it would match nearly every article). Said, not answered with an empty list.
 */
function onlyCommonWords(node: QueryNode): QueryProblem {
  const words = new Set<string>();
  const collect = (part: QueryNode): void => {
    if (part.kind === 'term') words.add(part.text);
    else if (part.kind === 'phrase') part.words.forEach((word) => words.add(word));
    else if (part.kind === 'and' || part.kind === 'or') part.children.forEach(collect);
  };
  collect(node);
  return { kind: 'common-words', words: [...words] };
}

function toResponse(catalog: Catalog, query: string, result: EngineResult, sort: SearchSort, started: number): SearchResponse {
  const explain = explainer(result.plan);
  const results = result.hits.flatMap((hit) => toHit(catalog, hit.id, hit.score, explain));
  return { query, total: result.total, results, facets: result.facets, sort, tookMs: Math.round((performance.now() - started) * 10) / 10 };
}

function toHit(catalog: Catalog, id: string, score: number, explain: Explainer): SearchHit[] {
  const article = catalog.getArticle(id);
  if (!article) return [];
  const paragraphs = article.summary ? [article.summary, ...article.body] : article.body;
  const found = explain.analyze(article);
  const snippets = makeSnippets(paragraphs, explain.matcher('body'), SNIPPETS_PER_HIT, undefined, found.paragraphs);
  return [
    {
      id: article.id,
      title: article.title,
      date: article.date,
      source: article.source,
      author: article.author,
      language: article.language,
      path: article.path,
      score: Math.round(score * 1000) / 1000,
      snippet: snippets[0]!,
      snippets,
      titleHighlights: found.title,
      duplicates: article.locations.length,
      matches: found.matches,
    },
  ];
}

/** Every match of `query` in one article: title, teaser and each body paragraph. */
export function highlightArticle(catalog: Catalog, id: string, query: string): ArticleHighlights | null {
  const article = catalog.getArticle(id);
  if (!article) return null;
  let node: QueryNode | null = null;
  try {
    node = parseQuery(query, tokenize);
  } catch {
    // An unfinished query highlights nothing rather than failing the article view.
  }
  const { title, paragraphs } = explainer(node && catalog.engine.plan(node)).analyze(article);
  const summary = article.summary ? paragraphs[0]! : [];
  const body = article.summary ? paragraphs.slice(1) : paragraphs;
  return { title, summary, body, total: title.length + summary.length + body.reduce((sum, ranges) => sum + ranges.length, 0) };
}

/** Articles sharing the most distinctive words of this one (tf·idf), best first. */
export function moreLikeThis(catalog: Catalog, id: string, limit = 10): SearchResponse {
  const started = performance.now();
  const article = catalog.getArticle(id);
  const query = article ? `more like: ${article.title}` : '';
  if (!article) return { query, total: 0, results: [], error: `No article with id ${id}.` };
  const counts = new Map<string, number>();
  const count = (text: string, weight: number): void => {
    forEachTerm(text, (term) => {
      if (term.length > 2 && !/^\d+$/.test(term)) counts.set(term, (counts.get(term) ?? 0) + weight);
    });
  };
  count(article.title, 3);
  count(article.summary ?? '', 2);
  for (const paragraph of article.body) count(paragraph, 1);
  const documents = catalog.articleCount;
  const chosen = [...counts]
    .map(([term, tf]) => ({ term, df: catalog.engine.documentFrequency(term), tf }))
    // Words in only this article link it to nothing; words in most articles say nothing (small archives excepted).
    .filter(({ df }) => df > 1 && (documents < 20 || df < documents * 0.5))
    .map(({ term, tf, df }) => ({ term, weight: Math.log(1 + tf) * idf(df, documents) }))
    .sort((a, b) => b.weight - a.weight)
    .slice(0, 25);
  if (chosen.length === 0) return { query, total: 0, results: [], sort: 'relevance' };
  const plan: PlanNode = {
    kind: 'or',
    children: chosen.map(({ term }) => ({ kind: 'term', text: term, field: null, variants: [{ term, weight: 1, kind: 'exact' }] })),
  };
  const result = catalog.engine.run(plan, { offset: 0, limit, sort: 'relevance', exclude: new Set([id]) });
  return toResponse(catalog, query, result, 'relevance', started);
}

/**
 * Type-ahead: indexed words starting with the last word typed, most frequent first. Words, not
 * titles: they complete what the user is typing into a query, and they are accent-folded the way
 * the search matches them.
 */
export function suggest(catalog: Catalog, prefix: string, limit = 8): Suggestion[] {
  const last = tokenize(prefix).at(-1);
  const folded = last ? fold(last) : '';
  if (folded.length === 0 || indexTerm(folded) === null && folded.length < 3) return [];
  const counts = new Map<string, number>();
  for (const { segment } of catalog.engine.segments()) {
    const { terms, df } = segment.data;
    const [start, end] = prefixRange(terms, folded);
    for (let i = start; i < end && i < start + 50_000; i++) {
      const term = terms.at(i)!;
      counts.set(term, (counts.get(term) ?? 0) + df[i]!);
    }
  }
  return [...counts]
    .filter(([term]) => term !== folded || counts.size === 1)
    .sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))
    .slice(0, limit)
    .map(([text, articles]) => ({ text, articles }));
}
