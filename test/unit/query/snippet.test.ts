import { describe, expect, it } from 'vitest';
import { highlightRanges, makeSnippets, type TermMatcher } from '../../../archive/query/snippet';

const termMatcher = (words: ReadonlySet<string>): TermMatcher => (token) => words.has(token);
/** The best passage, as a result row shows it first. */
const makeSnippet = (paragraphs: readonly string[], isHit: TermMatcher, length?: number) => makeSnippets(paragraphs, isHit, 1, length)[0]!;

const marked = (text: string, ranges: readonly (readonly [number, number])[]) =>
  ranges.map(([start, end]) => text.slice(start, end));

describe('highlights', () => {
  it('marks the matched words whatever their accents or case', () => {
    const text = 'Otto PÉREZ met Pérez Leal; perezoso is another word.';
    expect(marked(text, highlightRanges(text, termMatcher(new Set(['perez']))))).toEqual(['PÉREZ', 'Pérez']);
  });
});

describe('makeSnippet', () => {
  const paragraphs = [
    'The president launched the program in the municipality of Mixco, 20 km west of the capital.',
    `${'Filler sentence about nothing in particular. '.repeat(10)}Mixco had violence, and violence in Mixco grew.`,
  ];

  it('prefers the passage holding the most different matched words', () => {
    const snippet = makeSnippet(paragraphs, termMatcher(new Set(['mixco', 'violence'])));
    expect(marked(snippet.text, snippet.highlights)).toEqual(['Mixco', 'violence', 'violence', 'Mixco']);
    expect(snippet.text.startsWith('… ')).toBe(true);
  });

  it('never cuts a word in half and marks truncation', () => {
    const snippet = makeSnippet([`${'word '.repeat(100)}end`], termMatcher(new Set(['end'])), 60);
    expect(snippet.text).toMatch(/^… (word )+end$/);
  });

  it('falls back to the opening when nothing in the body matched', () => {
    const snippet = makeSnippet(['', 'First real paragraph.'], termMatcher(new Set(['absent'])));
    expect(snippet).toEqual({ text: 'First real paragraph.', highlights: [] });
  });
});
