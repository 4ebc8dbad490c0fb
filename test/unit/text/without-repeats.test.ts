import { describe, expect, it } from 'vitest';
import { withoutRepeats } from '../../../archive/text/without-repeats';

describe('withoutRepeats', () => {
  it('keeps each item once, where it first appears, in short and long lists alike', () => {
    expect(withoutRepeats(['crime', 'youth', 'crime', 'Crime', 'youth'])).toEqual(['crime', 'youth', 'Crime']);
    const long = Array.from({ length: 100 }, (_, i) => `tag ${i % 40}`);
    expect(withoutRepeats(long)).toEqual(Array.from({ length: 40 }, (_, i) => `tag ${i}`));
    expect(withoutRepeats([])).toEqual([]);
  });

  it('returns a list with no repeats as it is', () => {
    const list = ['a', 'b', 'c'];
    expect(withoutRepeats(list)).toBe(list);
  });
});
