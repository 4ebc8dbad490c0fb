import { describe, expect, it } from 'vitest';
import { bestCorrection, correctableWords, correctedQuery, editDistance } from '../../../renderer/search/did-you-mean';

describe('did you mean', () => {
  it('measures edits', () => {
    expect(editDistance('mixko', 'mixco')).toBe(1);
    expect(editDistance('guatamala', 'guatemala')).toBe(1);
    expect(editDistance('abc', 'abc')).toBe(0);
    expect(editDistance('', 'abc')).toBe(3);
  });

  it('picks the nearest indexed word, the more frequent on a tie, within one edit for short words', () => {
    const candidates = [
      { text: 'mixco', articles: 12 },
      { text: 'mixed', articles: 40 },
      { text: 'mix', articles: 90 },
    ];
    expect(bestCorrection('Mixko', candidates)).toBe('mixco');
    expect(bestCorrection('mixcoo', candidates)).toBe('mixco');
    expect(bestCorrection('mxxko', candidates)).toBeNull();
    expect(bestCorrection('guatamala', [{ text: 'guatemala', articles: 3 }])).toBe('guatemala');
  });

  it('does not correct a word that is indexed', () => {
    expect(bestCorrection('mixed', [{ text: 'mixed', articles: 2 }, { text: 'mixes', articles: 9 }])).toBeNull();
  });

  it('leaves phrases, operators, fields and wildcards alone', () => {
    expect(correctableWords('"secure municipalty" Mixko OR gangs -polise municip* author:smith')).toEqual(['Mixko', 'gangs']);
  });

  it('rebuilds the query with the corrections', () => {
    expect(correctedQuery('Mixko violence', new Map([['Mixko', 'mixco']]))).toBe('mixco violence');
    expect(correctedQuery('Mixko', new Map())).toBeNull();
  });
});
