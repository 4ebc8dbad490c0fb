import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { plainTextReader } from '../../../archive/formats/plain-text';
import { UnreadableFileError } from '../../../archive/formats/reader';
import { scrapedTextReader } from '../../../archive/formats/scraped-text';
import { decodeText } from '../../../archive/text/decode';

/** Bytes that look a little like the seed format, so the property also reaches the byline and tail code. */
const seedish = fc
  .tuple(
    fc.array(
      fc.oneof(
        fc.constantFrom('Headline', 'WRITER-ID | [17 February 2012](#)', 'X | 3/4/2015', 'DIÁLOGO', '©', 'Copyright © 2018', '|', '[](', ''),
        fc.string(),
      ),
      { maxLength: 20 },
    ),
    fc.constantFrom('\n', '\r\n', '\n\n'),
  )
  .map(([lines, newline]) => new TextEncoder().encode(lines.join(newline)));

const anyBytes = fc.oneof(fc.uint8Array({ maxLength: 2000 }), seedish);

describe('text readers on arbitrary bytes', () => {
  it('either read an article or throw UnreadableFileError, and always finish', async () => {
    await fc.assert(
      fc.asyncProperty(anyBytes, async (bytes) => {
        for (const reader of [scrapedTextReader, plainTextReader]) {
          try {
            const result = await reader.read(bytes, { path: 'fuzz.txt' });
            expect(result.articles).toHaveLength(1);
            expect(typeof result.articles[0]?.article.title).toBe('string');
          } catch (error) {
            expect(error).toBeInstanceOf(UnreadableFileError);
          }
        }
        try {
          decodeText(bytes);
        } catch (error) {
          expect(error).toBeInstanceOf(UnreadableFileError);
        }
      }),
      { numRuns: 500 },
    );
  });
});

describe('text readers on hostile text', () => {
  // Long runs of what the date and byline patterns look for must not make a regular expression backtrack for ever.
  it.each([
    ['digits and spaces', `Headline\n\nA | ${'1 '.repeat(100_000)}`],
    ['words and commas', `Headline\n\nA | ${'de, '.repeat(100_000)}2012`],
    ['one long line', `${'Mixco violencia '.repeat(50_000)}`],
    ['many bars', `Headline\n\n${'| [1 de '.repeat(50_000)}`],
    ['long rights notice', `Headline\n\nA | 3 March 2015\n\nBody\n\n${'© 2018 '.repeat(50_000)}`],
  ])('reads %s quickly', async (_name, text) => {
    const started = performance.now();
    const result = await scrapedTextReader.read(new TextEncoder().encode(text), { path: 'hostile.txt' });
    expect(result.articles).toHaveLength(1);
    expect(performance.now() - started).toBeLessThan(2000);
  });
});
