import fs, { mkdirSync, writeFileSync } from 'node:fs';
import { syncBuiltinESMExports } from 'node:module';
import path from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { walkArchive } from '../../../archive/scan/walk-archive';
import { temporaryDir } from './archive-fixture';

describe('walking an archive folder', () => {
  // Stats are synchronous while they are fast, asynchronous once a batch is slow (a cold or network disk): the same files either way.
  const slowDisk = (): (() => number) => {
    let clock = 0;
    return () => (clock += 50);
  };

  /** A clock read twice per synchronous batch, on which the batches numbered in `slow` (from 1) take 50 ms and the others none. */
  const clockWithSlowBatches = (slow: ReadonlySet<number>): (() => number) => {
    let reads = 0;
    let clock = 0;
    return () => {
      reads++;
      if (reads % 2 === 0 && slow.has(reads / 2)) clock += 50;
      return clock;
    };
  };

  it.each([
    ['from memory', undefined],
    ['from a slow disk', slowDisk],
  ])('finds every wanted file with its size, in name order, folders in place, however many files a folder holds (%s)', async (_name, clock) => {
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
    const { files, problems } = await walkArchive(root, (relative) => !skipped.has(relative), { now: clock?.() });
    expect(problems).toEqual([]);
    expect(files.map(({ path: relative, size }) => ({ path: relative, size }))).toEqual(expected.sort((a, b) => (a.path < b.path ? -1 : 1)));
    expect(files.every((file) => file.absolutePath === path.join(root, file.path) && file.mtimeMs > 0)).toBe(true);
  });

  it('stats a large folder in batches, letting the thread answer searches between them, and only from memory', async () => {
    const root = temporaryDir();
    for (let n = 0; n < 1000; n++) writeFileSync(path.join(root, `${n}.txt`), 'x');
    // Synchronous stats counted through fs itself, as the walk calls it.
    const statSync = vi.spyOn(fs, 'statSync');
    syncBuiltinESMExports();
    try {
      let sinceTurn = 0;
      let mostBetweenTurns = 0;
      let walking = true;
      const otherWork = (): void => {
        mostBetweenTurns = Math.max(mostBetweenTurns, statSync.mock.calls.length - sinceTurn);
        sinceTurn = statSync.mock.calls.length;
        if (walking) setImmediate(otherWork);
      };
      setImmediate(otherWork);
      const fromMemory = await walkArchive(root, () => true);
      walking = false;
      // The other work's last turn, which counts the stats since the one before.
      await new Promise((resolve) => setImmediate(resolve));
      expect(fromMemory.files).toHaveLength(1000);
      expect(statSync).toHaveBeenCalledTimes(1000);
      expect(mostBetweenTurns).toBeLessThanOrEqual(64);
      // A disk so slow that every batch takes 50 ms: after a few batches, stats are asynchronous (but
      // for one batch in a few, which tells whether the disk answers from memory again), with the same result.
      statSync.mockClear();
      const fromDisk = await walkArchive(root, () => true, { now: slowDisk() });
      expect(statSync.mock.calls.length).toBeGreaterThanOrEqual(64);
      expect(statSync.mock.calls.length).toBeLessThan(1000 / 3);
      expect(fromDisk).toEqual(fromMemory);
      // One slow batch is the thread paused (a garbage collection, a busy core), not a disk: stats stay synchronous.
      statSync.mockClear();
      const paused = await walkArchive(root, () => true, { now: clockWithSlowBatches(new Set([2])) });
      expect(statSync).toHaveBeenCalledTimes(1000);
      expect(paused).toEqual(fromMemory);
      // A disk slow at first, then answering from memory: stats turn synchronous again.
      statSync.mockClear();
      const warmed = await walkArchive(root, () => true, { now: clockWithSlowBatches(new Set([1, 2, 3])) });
      const asynchronous = 1000 - statSync.mock.calls.length;
      expect(asynchronous).toBeGreaterThan(0);
      expect(asynchronous).toBeLessThan(1000 / 2);
      expect(warmed).toEqual(fromMemory);
    } finally {
      statSync.mockRestore();
      syncBuiltinESMExports();
    }
  });
});
