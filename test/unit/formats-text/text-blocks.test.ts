import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { splitBlocks } from '../../../archive/formats/text-blocks';

/** Blocks by definition: blank (or white-space-only) lines separate them; each line is trimmed and its runs of spaces and tabs become one space. */
function byDefinition(text: string): string[][] {
  const blocks: string[][] = [];
  let current: string[] = [];
  for (const line of text.split('\n')) {
    if (line.trim() === '') {
      if (current.length > 0) blocks.push(current);
      current = [];
    } else current.push(line.trim().replace(/[ \t]+/g, ' '));
  }
  if (current.length > 0) blocks.push(current);
  return blocks;
}

describe('splitBlocks', () => {
  it('splits at blank lines, trims each line and folds its runs of spaces and tabs to one space', () => {
    expect(splitBlocks('  Headline \n\n A  line\twith\t \ttabs \nnext   line\n \t \nLast')).toEqual([['Headline'], ['A line with tabs', 'next line'], ['Last']]);
  });

  it('agrees with that definition on any text of words, spaces, tabs, no-break spaces and line breaks', () => {
    const piece = fc.constantFrom('word', 'é', ' ', '  ', '\t', ' \t ', '\u00a0', '\u2003', '\n', '\n\n', ' \n ', '\r');
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 40 }), (pieces) => {
        const text = pieces.join('');
        expect(splitBlocks(text)).toEqual(byDefinition(text));
      }),
      { numRuns: 2000 },
    );
  });
});
