import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadRecentArchives, MAX_RECENT_ARCHIVES, readRecentArchives, withRecent } from '../../../electron/recent-archives';

let tmp: string;
beforeAll(async () => {
  tmp = await mkdtemp(path.join(os.tmpdir(), 'archivo-recent-'));
});
afterAll(async () => {
  await rm(tmp, { recursive: true, force: true });
});

describe('recent archives', () => {
  it('puts the latest first, once, and keeps a short list', () => {
    expect(withRecent(['/a', '/b', '/c'], '/b')).toEqual(['/b', '/a', '/c']);
    const many = Array.from({ length: 20 }, (_, i) => `/archive-${i}`);
    expect(withRecent(many, '/new')).toHaveLength(MAX_RECENT_ARCHIVES);
  });

  it('survives across runs, written atomically', async () => {
    const file = path.join(tmp, 'recent.json');
    const first = await loadRecentArchives(file);
    await first.add('/data/one');
    await first.add('/data/two');
    const second = await loadRecentArchives(file);
    expect(second.list()).toEqual(['/data/two', '/data/one']);
    expect(JSON.parse(await readFile(file, 'utf8'))).toEqual({ recent: ['/data/two', '/data/one'] });
  });

  it('reads a damaged or foreign file as empty, dropping only bad entries', async () => {
    const file = path.join(tmp, 'damaged.json');
    await writeFile(file, '{oops');
    expect(await readRecentArchives(file)).toEqual([]);
    await writeFile(file, JSON.stringify({ recent: ['/ok', 'relative/path', 42, '/ok', '/fine'] }));
    expect(await readRecentArchives(file)).toEqual(['/ok', '/fine']);
    expect(await readRecentArchives(path.join(tmp, 'missing.json'))).toEqual([]);
  });
});
