import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { withoutRepeats } from '../../../archive/formats/text-blocks';
import { fold } from '../../../archive/text/fold';

/** The rule by its definition: a paragraph goes when its folded, quote- and space-normalised text was seen, unless that is short. */
function byDefinition(paragraphs: readonly string[], alreadyShown: readonly string[]): string[] {
  const key = (paragraph: string): string =>
    fold(paragraph)
      .replace(/[“”«»„"]/gu, '"')
      .replace(/[‘’']/gu, "'")
      .replace(/\s+/gu, ' ')
      .trim();
  const seen = new Set(alreadyShown.map(key));
  return paragraphs.filter((paragraph) => {
    const seenBefore = key(paragraph).length >= 20 && seen.has(key(paragraph));
    seen.add(key(paragraph));
    return !seenBefore;
  });
}

describe('paragraphs shown once', () => {
  it('drops a paragraph repeated in another case, accents, spacing or quote style', () => {
    const paragraph = 'El presidente dijo: “Mixco será seguro”, según la prensa.';
    expect(withoutRepeats([paragraph, '  EL PRESIDENTE dijo: "Mixco sera seguro",\u00a0según la prensa. ', 'Otro párrafo distinto del anterior.'], [])).toEqual([
      paragraph,
      'Otro párrafo distinto del anterior.',
    ]);
    expect(withoutRepeats(['* * *', 'Text of the story goes here.', '* * *'])).toEqual(['* * *', 'Text of the story goes here.', '* * *']);
    // A single quote is one whatever its style, but not a double quote.
    expect(withoutRepeats(['The minister’s plan was approved.', "The minister's plan was approved.", 'The minister"s plan was approved.'])).toEqual([
      'The minister’s plan was approved.',
      'The minister"s plan was approved.',
    ]);
  });

  it('keys paragraphs exactly as fold and the quote and space rules do, whatever the text', () => {
    const piece = fc.constantFrom('Pérez', 'PEREZ', 'perez', 'ÑANDÚ', 'e\u0301', 'İ', 'Σ', 'ΑΘΗΝΑΣ', '한', '“', '”', '"', '«', '»', '„', '‘', '’', "'", ' ', '  ', '\t', '\u00a0', '\u2000', '\u3000', '\ufeff', '\n', 'x', '—', '𝐀', '\u0000');
    const paragraph = fc.array(piece, { minLength: 0, maxLength: 12 }).map((pieces) => pieces.join(''));
    fc.assert(
      fc.property(fc.array(paragraph, { maxLength: 8 }), fc.array(paragraph, { maxLength: 2 }), (paragraphs, shown) => {
        // Repeats of earlier paragraphs, so that some are dropped.
        const list = [...paragraphs, ...paragraphs.slice(0, 3).map((text) => ` ${text.toUpperCase()} `)];
        expect(withoutRepeats(list, shown)).toEqual(byDefinition(list, shown));
      }),
      { numRuns: 3000 },
    );
  });

  it('keys long paragraphs that start alike exactly as the definition does, however their starts are spelled', () => {
    // Longer than the part of a key that is hashed, and spelled three ways (precomposed, combining accents, capitals and plain quotes).
    const start = 'El presidente dijo: “Mixco será seguro”, según la prensa local de la ciudad de Guatemala, ';
    const starts = fc.constantFrom('', start, start.normalize('NFD'), start.toUpperCase().replace(/[“”]/gu, '"').replace(/ /gu, '  '));
    const piece = fc.constantFrom('Pérez', 'PEREZ', 'e\u0301', 'Σ', '한', '“', '"', '’', ' ', '\u00a0', 'x', '𝐀', 'y el alcalde.', '\u0000');
    const paragraph = fc.tuple(starts, fc.array(piece, { maxLength: 6 })).map(([opening, pieces]) => opening + pieces.join(''));
    fc.assert(
      fc.property(fc.array(paragraph, { maxLength: 10 }), fc.array(paragraph, { maxLength: 2 }), (paragraphs, shown) => {
        expect(withoutRepeats(paragraphs, shown)).toEqual(byDefinition(paragraphs, shown));
      }),
      { numRuns: 3000 },
    );
  });

  it('keeps thousands of different lines that start alike, and drops their repeats', () => {
    const lines = Array.from({ length: 5000 }, (_, n) => `2012-02-17 10:00 Comunicado de la Fiscalía General sobre el caso número ${n}`);
    expect(withoutRepeats([...lines, lines[0]!.toUpperCase(), lines[4999]!])).toEqual(lines);
  });
});
