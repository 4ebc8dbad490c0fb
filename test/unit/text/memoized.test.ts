import { describe, expect, it } from 'vitest';
import { rightsHolder } from '../../../archive/formats/text-blocks';
import { memoized } from '../../../archive/text/memoized';

describe('memoized', () => {
  it('computes each distinct input once, null answers included', () => {
    const seen: string[] = [];
    const upper = memoized((text: string) => {
      seen.push(text);
      return text === '' ? null : text.toUpperCase();
    }, 10);
    expect(['a', 'b', 'a', '', '', 'b'].map(upper)).toEqual(['A', 'B', 'A', null, null, 'B']);
    expect(seen).toEqual(['a', 'b', '']);
  });

  it('forgets everything once it holds `limit` answers, and still answers right', () => {
    const seen: string[] = [];
    const length = memoized((text: string) => {
      seen.push(text);
      return text.length;
    }, 2);
    expect(['x', 'yy', 'zzz', 'x', 'zzz'].map(length)).toEqual([1, 2, 3, 1, 3]);
    // 'zzz' found the memo full and cleared it: 'x' was computed again, then 'zzz' was remembered.
    expect(seen).toEqual(['x', 'yy', 'zzz', 'x']);
  });

  it('gives the same rights holder for a notice read again', () => {
    const notice = 'Copyright © 2018 Diálogo Americas. All Rights Reserved.';
    expect(rightsHolder(notice)).toBe('Diálogo Americas');
    expect(rightsHolder(`${notice}`)).toBe('Diálogo Americas');
    expect(rightsHolder('Copyright © 2019 Revista Cuenca Verde. All Rights Reserved.')).toBe('Revista Cuenca Verde');
  });
});
