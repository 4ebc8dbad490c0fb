import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { forEachHit, wordChars, wordFilter } from '../../../archive/analysis/analyzer';
import { fold } from '../../../archive/text/fold';
import { STOP_WORDS } from '../../../archive/text/stop-words';

type Hit = readonly [start: number, end: number, term: string];

/** By definition: each run of word characters, folded on its own, and kept when it is a hit. */
function expectedHits(text: string, hits: ReadonlySet<string>): Hit[] {
  const isWordChar = wordChars();
  const found: Hit[] = [];
  for (let i = 0; i < text.length; ) {
    while (i < text.length && isWordChar[text.charCodeAt(i)] === 0) i++;
    const start = i;
    while (i < text.length && isWordChar[text.charCodeAt(i)] === 1) i++;
    const term = fold(text.slice(start, i));
    if (term.length > 0 && !STOP_WORDS.has(term) && hits.has(term)) found.push([start, i, term]);
  }
  return found;
}

function hitsOf(text: string, hits: ReadonlySet<string>, withFilter: boolean): Hit[] {
  const found: Hit[] = [];
  forEachHit(text, (term) => hits.has(term), (start, end, term) => found.push([start, end, term]), withFilter ? wordFilter(hits) : undefined);
  return found;
}

// Words the fold table folds (accents, capitals, curly apostrophes inside none), and words it leaves
// to `fold`: a combining mark, Hangul syllables (one becomes two or three jamo), a final capital
// sigma, a ligature, a letter beyond the BMP; stop-words and typographic punctuation between them.
const WORDS = ['Pérez', 'PEREZ', 'perez', 'Ação', 'acao', 'ÑANDÚ', 'Mixco', 'Pe\u0301rez', '한국', 'ΟΔΥΣΣΕΥΣ', 'οδυσσευς', 'ﬁnance', 'finance', 'İstanbul', '𝐀bc', 'the', 'de', 'año2012'];
const BETWEEN = [' ', ', ', '“', '” ', '—', '…', '\u00a0', '\n', "'"];

describe('forEachHit', () => {
  it('finds exactly the words that fold to a hit, with or without the filter, in any mix', () => {
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.constantFrom(...WORDS), fc.constantFrom(...BETWEEN)), { maxLength: 25 }),
        fc.subarray(WORDS.map(fold)),
        (pieces, chosen) => {
          const text = pieces.map(([word, gap]) => word + gap).join('');
          const hits = new Set(chosen);
          const expected = expectedHits(text, hits);
          expect(hitsOf(text, hits, true)).toEqual(expected);
          expect(hitsOf(text, hits, false)).toEqual(expected);
        },
      ),
      { numRuns: 2000 },
    );
  });

  it('marks a word written with a combining accent or in Hangul as its folded form', () => {
    const text = 'Pe\u0301rez met Pérez in 한국 “PEREZ”';
    const hits = new Set([fold('Pérez'), fold('한국')]);
    expect(hitsOf(text, hits, true).map(([start, end]) => text.slice(start, end))).toEqual(['Pe\u0301rez', 'Pérez', '한국', 'PEREZ']);
  });
});
