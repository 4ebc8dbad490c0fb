import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { walkArchive } from '../../../archive/scan/walk-archive';
import { temporaryDir } from './archive-fixture';

describe('walking an archive folder', () => {
  it('finds every wanted file with its size, in name order, folders in place, however many files a folder holds', async () => {
    const root = temporaryDir();
    const expected: { path: string; size: number }[] = [];
    // 300 files around two subfolders: more than are stat'ed at once, with folders between runs of files.
    for (let n = 0; n < 300; n++) {
      const name = `a${String(n).padStart(3, '0')}.json`;
      writeFileSync(path.join(root, name), 'x'.repeat(n));
      if (n % 7 !== 0) expected.push({ path: name, size: n });
      if (n === 100 || n === 200) {
        const folder = `a${n}-folder`;
        mkdirSync(path.join(root, folder));
        writeFileSync(path.join(root, folder, 'inner.json'), 'inner');
        expected.push({ path: `${folder}/inner.json`, size: 5 });
      }
    }
    writeFileSync(path.join(root, '.hidden.json'), 'hidden');
    // Every seventh file is not wanted (as a reader would not handle it).
    const skipped = new Set(Array.from({ length: 300 }, (_, n) => n).filter((n) => n % 7 === 0).map((n) => `a${String(n).padStart(3, '0')}.json`));
    const { files, problems } = await walkArchive(root, (relative) => !skipped.has(relative));
    expect(problems).toEqual([]);
    expect(files.map(({ path: relative, size }) => ({ path: relative, size }))).toEqual(expected.sort((a, b) => (a.path < b.path ? -1 : 1)));
    expect(files.every((file) => file.absolutePath === path.join(root, file.path) && file.mtimeMs > 0)).toBe(true);
  });
});
