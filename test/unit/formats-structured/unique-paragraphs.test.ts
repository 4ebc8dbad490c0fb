import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { uniqueParagraphs } from '../../../archive/formats/structured-text';

/** The definition: a paragraph goes when an earlier one is the same once both are lower-cased. */
function byDefinition(paragraphs: readonly string[]): string[] {
  const seen = new Set<string>();
  return paragraphs.filter((paragraph) => {
    const key = paragraph.toLowerCase();
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

describe('uniqueParagraphs', () => {
  it('drops a teaser the scraper repeated, whatever its capitals, and keeps the order', () => {
    const teaser = 'El alcalde de Mixco inauguró el programa.';
    expect(uniqueParagraphs([teaser, 'Segundo párrafo.', teaser.toUpperCase(), 'Otro del mismo largo.', 'Segundo párrafo.'])).toEqual([
      teaser,
      'Segundo párrafo.',
      'Otro del mismo largo.',
    ]);
  });

  it('treats İ as lower-casing does, though it lengthens the text', () => {
    expect(uniqueParagraphs(['İstanbul', 'i̇stanbul', 'istanbul'])).toEqual(['İstanbul', 'istanbul']);
  });

  it('agrees with the definition on paragraphs of equal and unequal lengths', () => {
    const paragraph = fc.array(fc.constantFrom('a', 'A', 'é', 'É', 'İ', 'i', '\u0307', ' ', 'ß'), { maxLength: 6 }).map((chars) => chars.join(''));
    fc.assert(
      fc.property(fc.array(paragraph, { maxLength: 12 }), (paragraphs) => {
        expect(uniqueParagraphs(paragraphs)).toEqual(byDefinition(paragraphs));
      }),
    );
  });
});
