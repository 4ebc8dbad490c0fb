/**
 * Property-based: whatever bytes arrive, the three readers finish and either return a result or throw
 * UnreadableFileError — never another error, never a hang. Damaged real containers (cut anywhere,
 * bytes flipped anywhere) are the interesting inputs; random bytes are the baseline.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { htmlPageReader } from '../../../archive/formats/html-page';
import { UnreadableFileError, type FormatReader, type ReadContext, type ReadResult } from '../../../archive/formats/reader';
import { warcReader } from '../../../archive/formats/warc';
import { zipReader } from '../../../archive/formats/zip';
import { makeWarc } from '../../fixtures/containers/warc-writer';
import { makeZip } from '../../fixtures/containers/zip-writer';

const story = `<html><head><title>T</title></head><body><article>${'<p>The committee published its findings on the water contracts after a year of hearings.</p>'.repeat(4)}</article></body></html>`;

const context: ReadContext = {
  path: 'fuzz/input',
  readNested: async (path, bytes) => {
    try {
      return await htmlPageReader.read(bytes, { path });
    } catch (error) {
      if (error instanceof UnreadableFileError) return { articles: [], problems: [{ reason: error.message }] };
      throw error;
    }
  },
};

async function readSafely(reader: FormatReader, bytes: Uint8Array): Promise<ReadResult | 'unreadable'> {
  try {
    return await reader.read(bytes, context);
  } catch (error) {
    if (error instanceof UnreadableFileError) return 'unreadable';
    throw error;
  }
}

/** A valid file, cut at some point and with a few bytes overwritten. */
function damaged(valid: Uint8Array): fc.Arbitrary<Uint8Array> {
  return fc
    .tuple(fc.integer({ min: 0, max: valid.length }), fc.array(fc.tuple(fc.nat(), fc.integer({ min: 0, max: 255 })), { maxLength: 4 }))
    .map(([cut, flips]) => {
      const bytes = Uint8Array.from(valid.subarray(0, cut));
      for (const [position, value] of flips) if (bytes.length > 0) bytes[position % bytes.length] = value;
      return bytes;
    });
}

const RUNS = { numRuns: 60 };

describe('readers on arbitrary and damaged bytes', () => {
  it('HTML: random bytes and random markup end in an article or UnreadableFileError', async () => {
    const markup = fc.array(fc.constantFrom('<p>', '</p>', '<div>', '<script>', '<!--', '<meta charset="x-user-defined">', 'texto ', 'ñ', '\u0000', '<svg>', '&#0;', '<table>'), { maxLength: 60 }).map((parts) => Buffer.from(parts.join('')));
    await fc.assert(fc.asyncProperty(fc.oneof(fc.uint8Array({ maxLength: 2000 }), markup), async (bytes) => {
      const result = await readSafely(htmlPageReader, bytes);
      if (result !== 'unreadable') expect(result.articles.length).toBe(1);
    }), RUNS);
  });

  it('WARC: random bytes, and damaged WARC and WARC.gz files', async () => {
    const records = [{ url: 'https://x.example/a', body: story }, { url: 'https://x.example/i', body: 'binary', contentType: 'image/gif' }, { url: 'https://x.example/b', body: story }];
    const plain = await makeWarc(records);
    const gzip = await makeWarc(records, true);
    await fc.assert(fc.asyncProperty(fc.oneof(fc.uint8Array({ maxLength: 2000 }), damaged(plain), damaged(gzip)), async (bytes) => {
      const result = await readSafely(warcReader, bytes);
      if (result !== 'unreadable') expect(result.articles.length).toBeLessThanOrEqual(2);
    }), RUNS);
  });

  it('ZIP: random bytes, and damaged ZIP files', async () => {
    const zip = makeZip([{ name: 'a.html', data: story }, { name: 'b.html', data: story, method: 'store' }, { name: 'c.html', data: story, dataDescriptor: true }]);
    await fc.assert(fc.asyncProperty(fc.oneof(fc.uint8Array({ maxLength: 2000 }), damaged(zip)), async (bytes) => {
      const result = await readSafely(zipReader, bytes);
      if (result !== 'unreadable') {
        expect(result.articles.length).toBeLessThanOrEqual(3);
        for (const read of result.articles) expect(read.entry).toMatch(/^(?!\/)(?!.*\.\.)/);
      }
    }), RUNS);
  });
});
