import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { allTerms, findTerm, fuzzyTerms, prefixRange, termLines, TermList } from '../../../archive/engine/term-dictionary';

const sorted = (terms: string[]): string[] => [...new Set(terms)].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));

describe("a segment file's term list", () => {
  const terms = sorted(['a', 'ação', 'acción', 'municipal', 'municipality', 'municipio', 'são', 'violência', 'violence', 'zona', 'ṭūr', '𝔞lpha']);
  const list = new TermList(terms.join('\n'));

  it('gives each term by number, and nothing past either end', () => {
    expect(list.length).toBe(terms.length);
    expect(allTerms(list)).toEqual(terms);
    expect(list.at(-1)).toBeUndefined();
    expect(list.at(terms.length)).toBeUndefined();
    expect(termLines(list)).toBe(terms.join('\n'));
  });

  it('answers lookups, prefixes and fuzzy matches as the same terms in an array do', () => {
    for (const dictionary of [terms, list]) {
      expect(findTerm(dictionary, 'municipio')).toBe(terms.indexOf('municipio'));
      expect(findTerm(dictionary, 'municip')).toBe(-1);
      const [start, end] = prefixRange(dictionary, 'municip');
      expect(terms.slice(start, end)).toEqual(['municipal', 'municipality', 'municipio']);
      expect(fuzzyTerms(dictionary, 'violencia', 2).map(({ index }) => terms[index])).toEqual(['violence', 'violência']);
    }
  });

  it('finds, in a term list as in an array, every term sharing the first letter within the edit distance, swaps counting one', () => {
    // Optimal string alignment, written out whole: what fuzzy matching must agree with.
    const distance = (a: string, b: string): number => {
      const d = Array.from({ length: a.length + 1 }, (_, i) => Array.from({ length: b.length + 1 }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)));
      for (let i = 1; i <= a.length; i++) {
        for (let j = 1; j <= b.length; j++) {
          d[i]![j] = Math.min(d[i - 1]![j]! + 1, d[i]![j - 1]! + 1, d[i - 1]![j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
          if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) d[i]![j] = Math.min(d[i]![j]!, d[i - 2]![j - 2]! + 1);
        }
      }
      return d[a.length]![b.length]!;
    };
    // Few letters, so that many terms share their first letters, as in a large dictionary.
    const word = fc.string({ unit: fc.constantFrom('a', 'b', 'c', 'ç'), minLength: 1, maxLength: 7 });
    fc.assert(
      fc.property(fc.array(word, { maxLength: 60 }), word, fc.constantFrom(1, 2), (words, query, max) => {
        const terms = sorted(words);
        const expected = terms.flatMap((term, index) => (term[0] === query[0] && distance(query, term) <= max ? [{ index, distance: distance(query, term) }] : []));
        expect(fuzzyTerms(terms, query, max)).toEqual(expected);
        expect(fuzzyTerms(new TermList(terms.join('\n')), query, max)).toEqual(expected);
      }),
      { numRuns: 500 },
    );
  });

  it('holds an empty dictionary, and a single term', () => {
    expect(new TermList('').length).toBe(0);
    expect(findTerm(new TermList(''), 'a')).toBe(-1);
    expect(allTerms(new TermList('only'))).toEqual(['only']);
  });

  it('reads back any sorted list of terms written one per line', () => {
    const term = fc.string({ unit: 'grapheme', minLength: 1, maxLength: 12 }).filter((text) => !text.includes('\n'));
    fc.assert(
      fc.property(fc.array(term, { maxLength: 60 }), (words) => {
        const expected = sorted(words);
        const read = new TermList(expected.join('\n'));
        expect(allTerms(read)).toEqual(expected);
        for (const word of expected) expect(findTerm(read, word)).toBe(expected.indexOf(word));
      }),
    );
  });
});
