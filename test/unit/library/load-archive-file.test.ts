import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadArchiveFile } from '../../../archive/index/read-archive-file';
import type { FoundFile } from '../../../archive/scan/walk-archive';
import { temporaryDir } from './archive-fixture';

function found(absolutePath: string, size: number): FoundFile {
  return { path: path.basename(absolutePath), absolutePath, size, mtimeMs: 0 };
}

describe('loading an archive file', () => {
  // A file of one article and one of many (read in several chunks): the same bytes, and the same reasons when they cannot be read.
  it.each([
    ['one article', 5_000],
    ['many articles', 3_000_000],
  ])('gives the bytes of a file of %s', async (_name, size) => {
    const file = path.join(temporaryDir(), 'articles.jsonl');
    const bytes = Buffer.alloc(size, 'a');
    writeFileSync(file, bytes);
    const loaded = await loadArchiveFile(found(file, size));
    expect('bytes' in loaded && Buffer.from(loaded.bytes).equals(bytes)).toBe(true);
  });

  it.each([5_000, 3_000_000])('says why a file of %i bytes could not be read, and never throws', async (size) => {
    const folder = temporaryDir();
    expect(await loadArchiveFile(found(path.join(folder, 'gone.json'), size))).toEqual({ problem: expect.stringMatching(/^not found: /) });
    const directory = path.join(folder, 'a-folder.json');
    mkdirSync(directory);
    expect(await loadArchiveFile(found(directory, size))).toEqual({ problem: 'this is a folder, not a file' });
  });

  it('refuses a file too large to be an article file without reading it', async () => {
    expect(await loadArchiveFile(found('/nowhere/huge.jsonl', 2 * 1024 ** 3))).toEqual({ problem: 'too large to be an article file (2048 MB)' });
  });
});
