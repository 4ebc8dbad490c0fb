import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { SearchEngine } from '../../../archive/engine/search-engine';
import { engineDoc, hexId, query } from './engine-fixture';

const WORDS = ['alpha', 'bravo', 'charlie', 'delta'];
const text = fc.array(fc.constantFrom(...WORDS), { maxLength: 12 }).map((words) => words.join(' '));
const docs = fc.array(fc.record({ title: text, summary: text, body: text }), { minLength: 1, maxLength: 30 });
const phrase = fc.array(fc.constantFrom(...WORDS), { minLength: 2, maxLength: 3 });

/** The words adjacent and in order, in any one field. */
function holds(field: string, words: readonly string[]): boolean {
  const tokens = field.split(' ').filter(Boolean);
  return tokens.some((_, start) => words.every((word, i) => tokens[start + i] === word));
}

describe('phrase search', () => {
  it('finds exactly the articles where the words are adjacent and in order, in any field', () => {
    fc.assert(
      fc.property(docs, phrase, (articles, words) => {
        const engine = new SearchEngine();
        articles.forEach((article, n) => engine.add(engineDoc({ id: hexId(n), ...article })));
        const found = engine.search(query(`"${words.join(' ')}"`), { offset: 0, limit: 100, sort: 'relevance' }).hits.map((hit) => hit.id);
        const expected = articles.flatMap((article, n) => ([article.title, article.summary, article.body].some((field) => holds(field, words)) ? [hexId(n)] : []));
        expect(found.sort()).toEqual(expected.sort());
      }),
      { numRuns: 200 },
    );
  });
});
