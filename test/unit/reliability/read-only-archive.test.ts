/**
 * Archives on read-only media (a DVD, a write-protected drive, a colleague's share): opening, searching,
 * reading, refreshing and reopening never write anything inside the archive folder. The folder is made
 * read-only too, but root ignores permissions, so the proof is a snapshot of every entry (path, type,
 * size, mtime, content hash) taken before and compared after.
 */
import { createHash } from 'node:crypto';
import { chmod, lstat, mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openArchive } from '../../../archive/library';
import { buildHostileArchive } from '../../fixtures/hostile-archive/build-archive';
import { fingerprint, QUERIES, writeCorpus } from './corpus';

let work: string;
let root: string;

async function snapshot(dir: string): Promise<string[]> {
  const lines: string[] = [];
  for (const entry of (await readdir(dir, { recursive: true, withFileTypes: true })).sort((a, b) => path.join(a.parentPath, a.name).localeCompare(path.join(b.parentPath, b.name)))) {
    const full = path.join(entry.parentPath, entry.name);
    const info = await lstat(full);
    const hash = entry.isFile() ? createHash('sha256').update(await readFile(full)).digest('hex') : '-';
    lines.push(`${path.relative(dir, full)} ${entry.isDirectory() ? 'd' : entry.isFile() ? 'f' : 'o'} ${info.size} ${info.mtimeMs} ${info.mode.toString(8)} ${hash}`);
  }
  const self = await lstat(dir);
  lines.push(`. ${self.mtimeMs} ${self.mode.toString(8)}`);
  return lines;
}

async function setWritable(dir: string, writable: boolean): Promise<void> {
  for (const entry of await readdir(dir, { recursive: true, withFileTypes: true })) {
    const full = path.join(entry.parentPath, entry.name);
    await chmod(full, entry.isDirectory() ? (writable ? 0o755 : 0o555) : writable ? 0o644 : 0o444);
  }
  await chmod(dir, writable ? 0o755 : 0o555);
}

beforeAll(async () => {
  work = await mkdtemp(path.join(os.tmpdir(), 'archivo-readonly-'));
  // Plain text plus the hostile set (HTML, JSON, Markdown, ZIP, WARC): every reader gets its turn.
  root = await buildHostileArchive(work);
  await writeCorpus(root, 20);
  await setWritable(root, false);
}, 60_000);
afterAll(async () => {
  await setWritable(root, true);
  await rm(work, { recursive: true, force: true });
});

describe('a read-only archive folder', () => {
  it('is opened, searched, read, refreshed and reopened without a single write inside it', async () => {
    const before = await snapshot(root);
    const indexDir = path.join(work, 'index');
    const archive = await openArchive(root, { indexDir });
    expect(archive.summary.articles).toBeGreaterThan(30);
    expect(archive.saveError).toBeNull();
    for (const query of QUERIES) {
      for (const hit of (await archive.search(query, { limit: 50 })).results) expect(await archive.getArticle(hit.id)).not.toBeNull();
    }
    await archive.refresh();
    const again = await openArchive(root, { indexDir });
    expect(again.summary.fromCache).toBe(true);
    expect(await fingerprint(again)).toEqual(await fingerprint(archive));
    expect(await snapshot(root)).toEqual(before);
  }, 60_000);

  it('still opens when the index cannot be saved either, and says why', async () => {
    const before = await snapshot(root);
    // A file where the index folder should be: saving fails whatever the user's permissions.
    const archive = await openArchive(root, { indexDir: path.join(root, 'base', 'nota-1.txt', 'index') });
    expect(archive.saveError).not.toBeNull();
    expect((await archive.search('agua')).total).toBeGreaterThan(0);
    expect(await snapshot(root)).toEqual(before);
  }, 60_000);
});
