import { describe, expect, it } from 'vitest';
import { findAll, foldWithMap, highlightedWords } from '../../../renderer/article/text-search';
import { wordsFromHighlights } from '../../../renderer/article/highlight-words';

describe('findAll (find in article)', () => {
  it('ignores accents and capitals and reports offsets in the original text', () => {
    const text = 'President Otto PÉREZ met Pérez Leal; perez again.';
    const found = findAll(text, 'perez');
    expect(found.map(([start, end]) => text.slice(start, end))).toEqual(['PÉREZ', 'Pérez', 'perez']);
  });

  it('maps offsets through text whose folded form is shorter (combining marks)', () => {
    const text = 'Cafe\u0301 con leche, cafe solo';
    const found = findAll(text, 'café');
    expect(found.map(([s, e]) => text.slice(s, e))).toEqual(['Cafe\u0301', 'cafe']);
    expect(foldWithMap(text).folded.startsWith('cafe con')).toBe(true);
  });

  it('can insist on whole words (search hits) or match inside words (find)', () => {
    expect(findAll('Mixco and Mixcoans', 'mixco', true)).toEqual([[0, 5]]);
    expect(findAll('Mixco and Mixcoans', 'mixco', false)).toHaveLength(2);
  });

  it('finds nothing for an empty needle', () => {
    expect(findAll('anything', '   ')).toEqual([]);
  });
});

describe('hit words', () => {
  it('reads the matched words out of highlight ranges, once each', () => {
    expect(highlightedWords('Mixco cameras in Mixco', [[0, 5], [17, 22]])).toEqual(['mixco']);
  });

  it('takes words from the title, teaser and each paragraph of an article', () => {
    const article = { title: 'Secure Municipality', summary: 'In Mixco today', body: ['The mayor of Mixco.', 'Police patrols.'] };
    const words = wordsFromHighlights(article, { title: [[0, 6]], summary: [[3, 8]], body: [[[13, 18]], [[0, 6]]], total: 4 });
    expect(words.sort()).toEqual(['mixco', 'police', 'secure']);
  });
});
