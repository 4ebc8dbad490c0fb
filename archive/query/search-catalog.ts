/**
 * Runs a query against the catalog: parse, let MiniSearch rank the candidates (BM25 with field
 * boosts), check phrases exactly, then build the page of hits with snippets and highlights.
 */
import type { Article, SearchHit, SearchResponse } from '../model/article';
import type { Catalog } from '../catalog';
import { processTerm } from '../index/search-index';
import { normalizeForPhrase, tokenize } from '../text/tokens';
import { containsPhrase, matchesExactly, toMiniSearchQuery } from './compile-query';
import { parseQuery, QuerySyntaxError, type QueryNode } from './parse-query';
import { highlightRanges, makeSnippet, termMatcher } from './snippet';

export interface SearchPage {
  readonly limit?: number;
  readonly offset?: number;
}

export const DEFAULT_PAGE_SIZE = 20;

export function searchCatalog(catalog: Catalog, query: string, page: SearchPage = {}): SearchResponse {
  let node: QueryNode | null;
  try {
    node = parseQuery(query, tokenize);
  } catch (error) {
    if (error instanceof QuerySyntaxError) return { query, total: 0, results: [], error: error.message };
    throw error;
  }
  const compiled = node && toMiniSearchQuery(node);
  if (!node || !compiled) return { query, total: 0, results: [] };

  let matches = catalog.index.search(compiled);
  if (containsPhrase(node)) {
    const exact = node;
    matches = matches.filter((match) => {
      const article = catalog.getArticle(String(match.id));
      return article !== undefined && matchesExactly(exact, ...exactForm(article));
    });
  }

  const offset = Math.max(0, page.offset ?? 0);
  const limit = Math.max(0, page.limit ?? DEFAULT_PAGE_SIZE);
  const results: SearchHit[] = [];
  for (const match of matches.slice(offset, offset + limit)) {
    const article = catalog.getArticle(String(match.id));
    if (!article) continue;
    // MiniSearch reports the document words that matched, prefix expansions included.
    const isHit = termMatcher(new Set(match.terms));
    results.push({
      id: article.id,
      title: article.title,
      date: article.date,
      source: article.source,
      author: article.author,
      language: article.language,
      path: article.path,
      score: Math.round(match.score * 1000) / 1000,
      snippet: makeSnippet(article.summary ? [article.summary, ...article.body] : article.body, isHit),
      titleHighlights: highlightRanges(article.title, isHit),
      duplicates: article.locations.length,
    });
  }
  return { query, total: matches.length, results };
}

/** The article's searchable text as phrase matching sees it; fields are fenced so no phrase spans two. */
function exactForm(article: Article): [paddedText: string, words: ReadonlySet<string>] {
  const fields = [article.title, article.summary ?? '', article.body.join('\n'), article.author ?? '', article.source ?? ''];
  const normalized = fields.map(normalizeForPhrase);
  const words = new Set(normalized.flatMap((field) => field.split(' ')).flatMap((word) => processTerm(word) ?? []));
  return [` ${normalized.join(' | ')} `, words];
}
