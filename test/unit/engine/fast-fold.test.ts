import { describe, expect, it } from 'vitest';
import { fastFold, FoldBuffer } from '../../../archive/analysis/fast-fold';
import { fold } from '../../../archive/text/fold';

const LATIN = Array.from({ length: 0x250 - 0x20 }, (_, i) => String.fromCharCode(i + 0x20)).join('');
const HANDED_OVER = ['Pérez PÉREZ Ação ÑANDÚ', 'İstanbul ﬁnance', 'e\u0301l', 'Ελλάδα', 'plain ascii TEXT', ''];

describe('fastFold', () => {
  it('folds exactly like fold, for every Latin letter and for text it hands over', () => {
    expect(fastFold(LATIN)).toBe(fold(LATIN));
    for (const text of HANDED_OVER) expect(fastFold(text)).toBe(fold(text));
  });
});

describe('FoldBuffer', () => {
  it('holds exactly what fold returns, reused from a long text to a short one and back', () => {
    const buffer = new FoldBuffer();
    const held = (): string => String.fromCharCode(...buffer.codes.subarray(0, buffer.length));
    for (const text of [LATIN.repeat(20), ...HANDED_OVER, LATIN, 'İ'.repeat(5000)]) {
      buffer.fold(text);
      expect(held()).toBe(fold(text));
    }
  });
});
