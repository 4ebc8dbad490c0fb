import { describe, expect, it } from 'vitest';
import { fastFold, foldTable } from '../../../archive/analysis/fast-fold';
import { fold } from '../../../archive/text/fold';

const LATIN = Array.from({ length: 0x250 - 0x20 }, (_, i) => String.fromCharCode(i + 0x20)).join('');
const HANDED_OVER = ['Pérez PÉREZ Ação ÑANDÚ', 'İstanbul ﬁnance', 'e\u0301l', 'Ελλάδα', 'plain ascii TEXT', ''];

describe('fastFold', () => {
  it('folds exactly like fold, for every Latin letter and for text it hands over', () => {
    expect(fastFold(LATIN)).toBe(fold(LATIN));
    for (const text of HANDED_OVER) expect(fastFold(text)).toBe(fold(text));
  });
});

describe('foldTable', () => {
  it('maps every code unit it covers as fold does (0 where fold gives not exactly one character)', () => {
    const table = foldTable();
    for (let code = 0; code < table.length; code++) {
      const folded = fold(String.fromCharCode(code));
      expect(table[code], `U+${code.toString(16)}`).toBe(folded.length === 1 ? folded.charCodeAt(0) : 0);
    }
    expect(table[0xc9]).toBe('e'.charCodeAt(0));
  });
});
