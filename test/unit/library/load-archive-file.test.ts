import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { FileLoader, loadArchiveFile, type LoadedFile } from '../../../archive/index/read-archive-file';
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
    expect(await loadArchiveFile(found(path.join(folder, 'gone.json'), size))).toEqual({ notLoaded: { reason: expect.stringMatching(/^not found: /), problem: { kind: 'not-found' } } });
    const directory = path.join(folder, 'a-folder.json');
    mkdirSync(directory);
    expect(await loadArchiveFile(found(directory, size))).toEqual({ notLoaded: { reason: 'this is a folder, not a file', problem: { kind: 'is-folder' } } });
  });

  it('refuses a file too large to be an article file without reading it', async () => {
    expect(await loadArchiveFile(found('/nowhere/huge.jsonl', 2 * 1024 ** 3))).toEqual({
      notLoaded: { reason: 'too large to be an article file (2048 MB)', problem: { kind: 'too-large', megabytes: 2048 } },
    });
  });
});

describe("an index thread's file loader", () => {
  const small = (): string => {
    const file = path.join(temporaryDir(), 'article.txt');
    writeFileSync(file, 'Mixco\n\nText of the article.');
    return file;
  };
  const bytesOf = async (loaded: LoadedFile | Promise<LoadedFile>): Promise<string> => {
    const result = await loaded;
    return 'bytes' in result ? Buffer.from(result.bytes).toString() : `problem: ${result.notLoaded.reason}`;
  };

  it('reads a small file when it is parsed, a large one ahead, and says why either could not be read', async () => {
    const loader = new FileLoader();
    const file = small();
    expect(loader.ahead(found(file, 25))).toBeUndefined();
    expect(await bytesOf(loader.load(found(file, 25), undefined))).toBe('Mixco\n\nText of the article.');
    const large = path.join(temporaryDir(), 'articles.jsonl');
    writeFileSync(large, Buffer.alloc(3_000_000, 'a'));
    const ahead = loader.ahead(found(large, 3_000_000));
    expect(ahead).toBeInstanceOf(Promise);
    expect((await bytesOf(loader.load(found(large, 3_000_000), ahead))).length).toBe(3_000_000);
    expect(await bytesOf(loader.load(found(path.join(temporaryDir(), 'gone.txt'), 25), undefined))).toMatch(/^problem: not found: /);
    expect(await bytesOf(loader.load(found(temporaryDir(), 25), undefined))).toBe('problem: this is a folder, not a file');
  });

  /**
   * A loader whose reads seem to take `readTakes()` milliseconds and to read `blocksPerRead()` blocks
   * from a disk each; `pattern(n)` asks for and parses n files as an index thread does, marking each
   * 'a' when it was read ahead and 'n' when it was read as it was parsed.
   */
  function timedLoader(readTakes: () => number, blocksPerRead: () => number) {
    let clock = 0;
    let blocks = 0;
    // Each reading of the clock moves it on by `readTakes()`, so each timed read seems to take that long.
    const loader = new FileLoader(
      () => (clock += readTakes()),
      () => (blocks += blocksPerRead()),
    );
    const file = found(small(), 25);
    return async (count: number): Promise<string> => {
      let marks = '';
      for (let n = 0; n < count; n++) {
        const ahead = loader.ahead(file);
        expect(await bytesOf(loader.load(file, ahead))).toBe('Mixco\n\nText of the article.');
        marks += ahead === undefined ? 'n' : 'a';
      }
      return marks;
    };
  }

  it('reads ahead while reads wait on the disk, still trying one file in 16 when parsed, and stops when reads are fast again', async () => {
    let readTakes = 1; // milliseconds a read seems to take: a disk's wait
    const pattern = timedLoader(() => readTakes, () => 8);
    // Slow reads: after a dozen, files are read ahead, except the probes.
    const slow = await pattern(64);
    expect(slow.slice(0, 10)).toBe('nnnnnnnnnn');
    expect(slow.slice(32)).toMatch(/^(a{15}n){2}$/);
    readTakes = 0.005;
    // Fast reads again: a few probes later, files are read when parsed.
    const fast = await pattern(128);
    expect(fast.slice(-32)).toBe('n'.repeat(32));
  });

  it('goes on reading files when parsed while slow reads read nothing from a disk: the thread waited for a core', async () => {
    let counts = 0;
    const marks = await timedLoader(
      () => 0.5,
      () => (counts++, 0),
    )(64);
    expect(marks).toBe('n'.repeat(64));
    // The blocks are counted once for every 8 slow reads (and once at the start), not for each.
    expect(counts).toBe(1 + 64 / 8);
  });

  it("reads ahead when reads take a network's time, though no disk blocks are counted (a network or FUSE file system)", async () => {
    expect((await timedLoader(() => 5, () => 0)(64)).slice(32)).toMatch(/^(a{15}n){2}$/);
  });
});
