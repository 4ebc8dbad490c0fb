/**
 * A damaged or tampered index folder (disk errors, a sync tool, a curious user): whatever happens to
 * its files (truncated, bytes flipped, zeroed, deleted, swapped, garbage appended), the next open
 * never crashes and answers exactly as an index built from scratch. Written against openArchive only:
 * it corrupts every file the index folder holds, whatever the persisted format is.
 */
import { cp, mkdtemp, open, readdir, readFile, rm, stat, truncate, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openArchive } from '../../../archive/library';
import { createRng } from '../../bench/synthetic-text';
import { fingerprint, freshFingerprint, writeCorpus, type ResultFingerprint } from './corpus';

const ROUNDS = 24;

let work: string;
let root: string;
let goodIndex: string;
let truth: ResultFingerprint[];
let articleCount: number;

beforeAll(async () => {
  work = await mkdtemp(path.join(os.tmpdir(), 'archivo-corrupt-'));
  root = path.join(work, 'archive');
  goodIndex = path.join(work, 'good-index');
  await writeCorpus(root, 40);
  articleCount = (await openArchive(root, { indexDir: goodIndex })).summary.articles;
  truth = await freshFingerprint(root, path.join(work, 'fresh-index'));
}, 60_000);
afterAll(async () => {
  await rm(work, { recursive: true, force: true });
});

async function filesUnder(dir: string): Promise<string[]> {
  return (await readdir(dir, { recursive: true, withFileTypes: true })).filter((entry) => entry.isFile()).map((entry) => path.join(entry.parentPath, entry.name));
}

type Damage = 'truncate' | 'flip' | 'zero' | 'delete' | 'append' | 'swap' | 'empty';
const DAMAGES: readonly Damage[] = ['truncate', 'flip', 'zero', 'delete', 'append', 'swap', 'empty'];

async function damage(file: string, kind: Damage, next: () => number, others: readonly string[]): Promise<void> {
  const size = (await stat(file)).size;
  const at = Math.floor(next() * Math.max(1, size));
  switch (kind) {
    case 'truncate':
      await truncate(file, at);
      return;
    case 'empty':
      await truncate(file, 0);
      return;
    case 'delete':
      await rm(file);
      return;
    case 'append':
      await writeFile(file, Buffer.from(Array.from({ length: 64 }, () => Math.floor(next() * 256))), { flag: 'a' });
      return;
    case 'swap': {
      const other = others[Math.floor(next() * others.length)];
      if (other !== undefined && other !== file) await writeFile(file, await readFile(other));
      else await truncate(file, at);
      return;
    }
    case 'flip':
    case 'zero': {
      if (size === 0) return;
      const handle = await open(file, 'r+');
      try {
        for (let i = 0; i < 8; i++) {
          const offset = Math.floor(next() * size);
          const byte = Buffer.alloc(1);
          await handle.read(byte, 0, 1, offset);
          byte[0] = kind === 'zero' ? 0 : byte[0]! ^ (1 << Math.floor(next() * 8));
          await handle.write(byte, 0, 1, offset);
        }
      } finally {
        await handle.close();
      }
      return;
    }
  }
}

describe('a damaged index folder', () => {
  it('holds at least one file to damage', async () => {
    expect((await filesUnder(goodIndex)).length).toBeGreaterThan(0);
  });

  it('is never trusted when wrong: every open answers like a fresh index', async () => {
    const next = createRng(7_777);
    const seen = new Set<Damage>();
    for (let round = 0; round < ROUNDS; round++) {
      const dir = path.join(work, `damaged-${round}`);
      await cp(goodIndex, dir, { recursive: true });
      const files = await filesUnder(dir);
      // Every file, each with its own damage; some rounds hit a single file only (subtler).
      const targets = round % 3 === 0 ? [files[Math.floor(next() * files.length)]!] : files;
      for (const file of targets) {
        const kind = DAMAGES[Math.floor(next() * DAMAGES.length)]!;
        seen.add(kind);
        await damage(file, kind, next, files);
      }
      const archive = await openArchive(root, { indexDir: dir });
      expect(archive.summary.articles, `round ${round}`).toBe(articleCount);
      expect(await fingerprint(archive), `round ${round}`).toEqual(truth);
      // And what it saved after repairing is good too.
      expect(await fingerprint(await openArchive(root, { indexDir: dir })), `round ${round}, reopened`).toEqual(truth);
    }
    expect(seen.size).toBe(DAMAGES.length);
  }, 120_000);

  it('survives an index folder replaced by a file, or by files of another archive', async () => {
    const asFile = path.join(work, 'index-is-a-file');
    await writeFile(asFile, 'not a folder');
    const archive = await openArchive(root, { indexDir: asFile });
    expect(await fingerprint(archive)).toEqual(truth);
    expect(archive.saveError).not.toBeNull();

    const otherRoot = path.join(work, 'other-archive');
    await writeCorpus(otherRoot, 10, 500);
    const otherIndex = path.join(work, 'other-index');
    await openArchive(otherRoot, { indexDir: otherIndex });
    // Put the other archive's index files under every name this archive's index uses.
    const mixed = path.join(work, 'mixed-index');
    await cp(goodIndex, mixed, { recursive: true });
    const otherFiles = await filesUnder(otherIndex);
    for (const [index, file] of (await filesUnder(mixed)).entries()) await writeFile(file, await readFile(otherFiles[index % otherFiles.length]!));
    expect(await fingerprint(await openArchive(root, { indexDir: mixed }))).toEqual(truth);
  }, 60_000);
});
