import { describe, expect, it } from 'vitest';
import { fastFold } from '../../../archive/analysis/fast-fold';
import { fold } from '../../../archive/text/fold';

describe('fastFold', () => {
  it('folds exactly like fold, for every Latin letter and for text it hands over', () => {
    const latin = Array.from({ length: 0x250 - 0x20 }, (_, i) => String.fromCharCode(i + 0x20)).join('');
    expect(fastFold(latin)).toBe(fold(latin));
    for (const text of ['Pérez PÉREZ Ação ÑANDÚ', 'İstanbul ﬁnance', 'e\u0301l', 'Ελλάδα', 'plain ascii TEXT', '']) {
      expect(fastFold(text)).toBe(fold(text));
    }
  });
});
