import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Highlight } from '../../../archive/model/article';
import { highlightSegments } from '../../../renderer/highlight';

const render = (text: string, highlights: readonly Highlight[]): string =>
  highlightSegments(text, highlights)
    .map((segment) => (segment.marked ? `[${segment.text}]` : segment.text))
    .join('');

describe('highlightSegments', () => {
  it('marks the [start, end) ranges of a snippet', () => {
    expect(render('President Otto Pérez inaugurated', [[15, 20]])).toBe('President Otto [Pérez] inaugurated');
    expect(render('Mixco and Mixco', [[0, 5], [10, 15]])).toBe('[Mixco] and [Mixco]');
  });

  it('returns the whole text unmarked when nothing matched', () => {
    expect(highlightSegments('no match here', [])).toEqual([{ text: 'no match here', marked: false }]);
    expect(highlightSegments('', [])).toEqual([]);
  });

  it('accepts unsorted, overlapping and touching ranges without repeating text', () => {
    expect(render('abcdefghij', [[6, 8], [1, 4], [2, 5]])).toBe('a[bcde]f[gh]ij');
    expect(render('abcdef', [[0, 2], [2, 4]])).toBe('[abcd]ef');
  });

  it('ignores ranges that are empty, reversed, fractional or outside the text', () => {
    expect(render('abc', [[2, 2], [3, 1], [0.5, 2], [-5, 1], [2, 99], [10, 12]])).toBe('[a]b[c]');
  });

  it('never adds, drops or reorders characters, whatever the ranges (property)', () => {
    const range = fc.tuple(fc.integer({ min: -3, max: 40 }), fc.integer({ min: -3, max: 40 }));
    fc.assert(
      fc.property(fc.string({ maxLength: 30 }), fc.array(range, { maxLength: 6 }), (text, highlights) => {
        const segments = highlightSegments(text, highlights);
        expect(segments.map((segment) => segment.text).join('')).toBe(text);
        // Neighbours always differ, so a mark is never split into two adjacent <mark>s.
        segments.forEach((segment, i) => {
          expect(segment.text.length).toBeGreaterThan(0);
          if (i > 0) expect(segment.marked).not.toBe(segments[i - 1]?.marked);
        });
      }),
    );
  });
});
