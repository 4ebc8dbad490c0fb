import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { sortByWord, type WordPool } from '../../../archive/engine/sort-by-word';

/** The pool of `words`, and their ids in the order sortByWord gives. */
function sorted(words: readonly string[]): string[] {
  const starts = new Int32Array(words.length + 1);
  words.forEach((word, id) => (starts[id + 1] = starts[id]! + word.length));
  const pool = new Uint16Array(starts[words.length]!);
  words.forEach((word, id) => {
    for (let i = 0; i < word.length; i++) pool[starts[id]! + i] = word.charCodeAt(i);
  });
  const ids = Int32Array.from(words, (_, id) => id);
  sortByWord(ids, { pool, starts } satisfies WordPool);
  return Array.from(ids, (id) => words[id]!);
}

const byCodeUnits = (words: readonly string[]): string[] => [...words].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));

describe('sortByWord', () => {
  it('puts a word before the words it is a prefix of, and orders by code unit, not by locale', () => {
    const words = ['casa', 'cas', 'casamento', 'Zulu', 'ábaco', 'a', 'abacate', '東京', '\ud83d\ude00', 'ca', 'b'];
    expect(sorted(words)).toEqual(byCodeUnits(words));
    expect(sorted(words).slice(0, 3)).toEqual(['Zulu', 'a', 'abacate']);
  });

  it('orders any set of distinct words as their strings compare', () => {
    const unit = fc.constantFrom('a', 'b', 'c', 'á', 'ç', '0', '9', '東', '\ud83d', '\ude00', '\uffff', '\u0000');
    const word = fc.array(unit, { minLength: 1, maxLength: 12 }).map((units) => units.join(''));
    fc.assert(fc.property(fc.uniqueArray(word, { maxLength: 300 }), (words) => JSON.stringify(sorted(words)) === JSON.stringify(byCodeUnits(words))));
  });

  it('sorts words sharing a prefix thousands of units long without running out of stack', () => {
    const prefix = 'x'.repeat(5_000);
    const words = Array.from({ length: 2_000 }, (_, n) => `${prefix}${(n * 7919) % 2_000}`);
    expect(sorted(words)).toEqual(byCodeUnits(words));
  });
});
