import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { collapseSpaces } from '../../../archive/text/collapse-spaces';

/** The definition: every run of white space becomes one space, and the ends are trimmed. */
const byDefinition = (text: string): string => text.replace(/\s+/g, ' ').trim();

describe('collapseSpaces', () => {
  it('folds runs of every kind of white space and trims, as the definition says', () => {
    expect(collapseSpaces('  Mixco,\u00a0\u00a0Guatemala\r\n\tPérez \u2028 Leal ')).toBe('Mixco, Guatemala Pérez Leal');
    expect(collapseSpaces('\ufeffDiálogo')).toBe('Diálogo');
    expect(collapseSpaces(' \n ')).toBe('');
  });

  it('returns text that is already collapsed unchanged', () => {
    const text = 'O presidente inaugurou o programa em Mixco.';
    expect(collapseSpaces(text)).toBe(text);
  });

  it('agrees with the definition for every UTF-16 code unit, inside, before and after a word', () => {
    for (let code = 0; code < 65536; code++) {
      const char = String.fromCharCode(code);
      for (const text of [`a${char}b`, `${char}a`, `a${char}`, `a ${char}b`]) expect(collapseSpaces(text), `U+${code.toString(16)}`).toBe(byDefinition(text));
    }
  });

  it('agrees with the definition on any mix of words and white space', () => {
    const piece = fc.constantFrom(' ', '  ', '\n', '\t', '\u00a0', '\u3000', '\r\n', 'a', 'é', 'Mixco', '.', '');
    fc.assert(fc.property(fc.array(piece, { maxLength: 30 }), (pieces) => collapseSpaces(pieces.join('')) === byDefinition(pieces.join(''))));
  });
});
