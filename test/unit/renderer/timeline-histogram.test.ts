import { describe, expect, it } from 'vitest';
import { barHeight, selectedSpan, yearBars, yearRange, MAX_TIMELINE_YEARS } from '../../../renderer/filters/histogram';

describe('yearBars', () => {
  it('orders years oldest first and shows gaps as empty years', () => {
    const bars = yearBars([
      { value: '2015', count: 4 },
      { value: '2012', count: 2 },
      { value: '2011', count: 1 },
    ]);
    expect(bars).toEqual([
      { year: 2011, count: 1 },
      { year: 2012, count: 2 },
      { year: 2013, count: 0 },
      { year: 2014, count: 0 },
      { year: 2015, count: 4 },
    ]);
  });

  it('ignores values that are not years and caps the span, keeping the newest', () => {
    expect(yearBars([{ value: 'unknown', count: 3 }, { value: '-1', count: 1 }])).toEqual([]);
    const bars = yearBars([{ value: '1800', count: 1 }, { value: '2020', count: 1 }]);
    expect(bars).toHaveLength(MAX_TIMELINE_YEARS);
    expect(bars.at(-1)).toEqual({ year: 2020, count: 1 });
  });
});

describe('year ranges', () => {
  it('turns a drag in either direction into every year between', () => {
    expect(yearRange(2010, 2012)).toEqual(['2010', '2011', '2012']);
    expect(yearRange(2012, 2010)).toEqual(['2010', '2011', '2012']);
    expect(selectedSpan(['2012', '2010', '2011'])).toEqual({ from: 2010, to: 2012 });
    expect(selectedSpan([])).toBeNull();
  });

  it('never draws a year with results invisibly small', () => {
    expect(barHeight(1, 10_000)).toBe(6);
    expect(barHeight(0, 10)).toBe(0);
    expect(barHeight(10, 10)).toBe(100);
  });
});
