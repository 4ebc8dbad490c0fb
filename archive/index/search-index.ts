/**
 * The full-text index: one MiniSearch options constant used both to build and to reload the index
 * (MiniSearch needs identical options at `loadJSON`), accent and case folding, stop-words, and field
 * boosts that rank a headline match above a teaser match above a body match.
 */
import MiniSearch, { type Options, type SearchOptions } from 'minisearch';
import type { Article } from '../model/article';
import { fold } from '../text/fold';
import { STOP_WORDS } from '../text/stop-words';
import { tokenize } from '../text/tokens';

/** The fields of an article that are searchable, as MiniSearch sees them. */
export interface IndexedDocument {
  readonly id: string;
  readonly title: string;
  readonly summary: string;
  readonly body: string;
  readonly author: string;
  readonly source: string;
}

export const FIELD_BOOSTS = { title: 4, summary: 2, body: 1, author: 2, source: 1.5 } as const;

/** Shared by indexing and querying, so "Pérez", "PEREZ" and "perez" are the same term. */
export function processTerm(term: string): string | null {
  const folded = fold(term);
  return folded.length === 0 || STOP_WORDS.has(folded) ? null : folded;
}

export const DEFAULT_SEARCH_OPTIONS: SearchOptions = {
  boost: { ...FIELD_BOOSTS },
  combineWith: 'AND',
  prefix: false,
  fuzzy: false,
};

export const SEARCH_INDEX_OPTIONS: Options<IndexedDocument> = {
  idField: 'id',
  fields: ['title', 'summary', 'body', 'author', 'source'],
  storeFields: [],
  tokenize: (text) => tokenize(text),
  processTerm,
  searchOptions: DEFAULT_SEARCH_OPTIONS,
};

export type SearchIndex = MiniSearch<IndexedDocument>;

export function toIndexedDocument(article: Article): IndexedDocument {
  return {
    id: article.id,
    title: article.title,
    summary: article.summary ?? '',
    body: article.body.join('\n\n'),
    author: article.author ?? '',
    source: article.source ?? '',
  };
}

export function createSearchIndex(articles: Iterable<Article> = []): SearchIndex {
  const index = new MiniSearch<IndexedDocument>(SEARCH_INDEX_OPTIONS);
  for (const article of articles) index.add(toIndexedDocument(article));
  return index;
}

export function loadSearchIndex(json: string): SearchIndex {
  return MiniSearch.loadJSON<IndexedDocument>(json, SEARCH_INDEX_OPTIONS);
}
