import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fastFold, foldTable } from '../../../archive/analysis/fast-fold';
import { fold } from '../../../archive/text/fold';

/** Every code unit of the BMP but the surrogates, in order. */
const BMP = Array.from({ length: 0x10000 }, (_, code) => code)
  .filter((code) => code < 0xd800 || code > 0xdfff)
  .map((code) => String.fromCharCode(code));
const HANDED_OVER = ['Pérez PÉREZ Ação ÑANDÚ', 'İstanbul ﬁnance', 'e\u0301l', 'Ελλάδα ΟΔΥΣΣΕΥΣ', '한국어', 'plain ascii TEXT', ''];
// Pieces of news text: accents, typographic punctuation, other alphabets, and what the table leaves to fold.
const PIECES = ['Pérez', 'ÇÃO', '“', '”', '‘', '’', '—', '–', '…', '«', '»', '€', '№', 'Москва', 'ΑΘΗΝΑΣ', 'σ', 'Σ', 'ς', '中国', '한', 'e\u0301', 'İ', 'ﬁ', '𝐀', ' ', '\n', '.', '\u00a0'];

describe('fastFold', () => {
  it('folds exactly like fold: every character of the BMP, and text it hands over', () => {
    const all = BMP.join('');
    expect(fastFold(all)).toBe(fold(all));
    for (const text of HANDED_OVER) expect(fastFold(text)).toBe(fold(text));
  });

  it('folds any mix of scripts, punctuation and marks exactly like fold', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...PIECES), { maxLength: 20 }), (pieces) => {
        const text = pieces.join('');
        expect(fastFold(text)).toBe(fold(text));
      }),
      { numRuns: 2000 },
    );
  });
});

describe('foldTable', () => {
  it('maps a code unit only where fold gives that one character wherever it stands in a word', () => {
    const table = foldTable();
    for (const character of BMP) {
      const mapped = table[character.charCodeAt(0)]!;
      if (mapped === 0 && character !== '\u0000') continue;
      const folded = String.fromCharCode(mapped);
      expect(fold(character), character).toBe(folded);
      expect(fold(`a${character}`), character).toBe(`a${folded}`);
      expect(fold(`a${character}a`), character).toBe(`a${folded}a`);
    }
  });

  it('covers the letters and typographic punctuation of news in English, Spanish and Portuguese', () => {
    const table = foldTable();
    const covered = (text: string): boolean => [...text].every((character) => table[character.charCodeAt(0)] !== 0);
    expect(covered('ÁÉÍÓÚÜÑáéíóúüñ¿¡ÃÕÂÊÔÀÇãõâêôàç“”‘’«»—–…€£°%§')).toBe(true);
    expect(String.fromCharCode(table['É'.charCodeAt(0)]!)).toBe('e');
    // Left to fold: a lone combining mark, a Hangul syllable, a capital sigma.
    expect([table[0x301], table['한'.charCodeAt(0)], table['Σ'.charCodeAt(0)]]).toEqual([0, 0, 0]);
  });
});
