/**
 * Turns a parsed query into what MiniSearch can run, plus an exact check for what MiniSearch cannot
 * express. MiniSearch stores no word positions, so a phrase runs as "all its words" there and the
 * candidates are then checked for the words being adjacent and in order.
 */
import type { Query } from 'minisearch';
import { processTerm } from '../index/search-index';
import { normalizeForPhrase } from '../text/tokens';
import type { QueryNode } from './parse-query';

/** A query that can match nothing (only stop-words, say) compiles to null. */
export function toMiniSearchQuery(node: QueryNode): Query | null {
  switch (node.kind) {
    case 'term': {
      const term = processTerm(node.text);
      return term === null ? null : { queries: [term], prefix: node.prefix };
    }
    case 'phrase': {
      const queries = node.words.map(processTerm).filter((term): term is string => term !== null);
      return queries.length === 0 ? null : { queries, combineWith: 'AND' };
    }
    case 'or': {
      const queries = node.children.map(toMiniSearchQuery).filter((query): query is Query => query !== null);
      return queries.length === 0 ? null : { queries, combineWith: 'OR' };
    }
    case 'not':
      // A lone NOT only appears inside an AND; see below.
      return null;
    case 'and': {
      const positives = node.children.filter((child) => child.kind !== 'not');
      const negatives = node.children.flatMap((child) => (child.kind === 'not' ? [child.child] : []));
      // Stop-words compile to null: they constrain nothing, so they drop out of the AND.
      const included = positives.map(toMiniSearchQuery).filter((query): query is Query => query !== null);
      if (included.length === 0) return null;
      const base: Query = { queries: included, combineWith: 'AND' };
      const excluded = negatives.map(toMiniSearchQuery).filter((query): query is Query => query !== null);
      return excluded.length === 0 ? base : { queries: [base, ...excluded], combineWith: 'AND_NOT' };
    }
  }
}

export function containsPhrase(node: QueryNode): boolean {
  switch (node.kind) {
    case 'phrase':
      return true;
    case 'term':
      return false;
    case 'not':
      return containsPhrase(node.child);
    case 'and':
    case 'or':
      return node.children.some(containsPhrase);
  }
}

/**
 * Evaluates the whole query exactly against an article's searchable text, already normalised
 * with `normalizeForPhrase` and padded with spaces (" word word … ").
 */
export function matchesExactly(node: QueryNode, paddedText: string, words: ReadonlySet<string>): boolean {
  switch (node.kind) {
    case 'term': {
      const term = processTerm(node.text);
      if (term === null) return true;
      if (!node.prefix) return words.has(term);
      for (const word of words) if (word.startsWith(term)) return true;
      return false;
    }
    case 'phrase':
      return paddedText.includes(` ${normalizeForPhrase(node.words.join(' '))} `);
    case 'not':
      return !matchesExactly(node.child, paddedText, words);
    case 'and':
      return node.children.every((child) => matchesExactly(child, paddedText, words));
    case 'or':
      return node.children.some((child) => matchesExactly(child, paddedText, words));
  }
}
