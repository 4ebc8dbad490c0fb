import { describe, expect, it } from 'vitest';
import { averagePrecision, mean, ndcgAt, precisionAt, uniqueInOrder } from '../../bench/ir-metrics';

// Hand-computed example: relevant = {a, c, f}; ranking a b c d e (f is never retrieved).
const relevant = new Set(['a', 'c', 'f']);
const ranked = ['a', 'b', 'c', 'd', 'e'];

describe('ranking metrics on a hand-computed example', () => {
  it('P@k divides by k, even when fewer than k are returned', () => {
    expect(precisionAt(ranked, relevant, 5)).toBeCloseTo(2 / 5);
    expect(precisionAt(['a'], relevant, 10)).toBeCloseTo(1 / 10);
  });

  it('AP averages precision at each relevant hit over ALL relevant documents (a missed one counts as 0)', () => {
    // (1/1 + 2/3) / 3
    expect(averagePrecision(ranked, relevant)).toBeCloseTo((1 + 2 / 3) / 3, 10);
    expect(averagePrecision(['a', 'c', 'f'], relevant)).toBeCloseTo(1);
    expect(averagePrecision(['x', 'y'], relevant)).toBe(0);
  });

  it('nDCG@k uses log2(rank + 1) discounts against the ideal ordering', () => {
    const dcg = 1 / Math.log2(2) + 1 / Math.log2(4);
    const ideal = 1 / Math.log2(2) + 1 / Math.log2(3) + 1 / Math.log2(4);
    expect(ndcgAt(ranked, relevant, 10)).toBeCloseTo(dcg / ideal, 10);
    expect(ndcgAt(['c', 'a', 'f'], relevant, 10)).toBeCloseTo(1);
    // Only the first k count: with k = 1 the ideal is one relevant document at rank 1.
    expect(ndcgAt(['b', 'a'], relevant, 1)).toBe(0);
    expect(ndcgAt(['a', 'b'], relevant, 1)).toBe(1);
  });

  it('a query with no relevant documents scores 0, and mean of nothing is NaN', () => {
    expect(ndcgAt(ranked, new Set(), 10)).toBe(0);
    expect(averagePrecision(ranked, new Set())).toBe(0);
    expect(mean([])).toBeNaN();
    expect(mean([0.5, 1])).toBe(0.75);
  });

  it('a document listed twice counts once', () => {
    expect(uniqueInOrder(['a', 'a', 'c'])).toEqual(['a', 'c']);
  });
});
