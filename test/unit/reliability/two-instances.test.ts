/**
 * Two Archivo instances (two windows' worth of processes, or the CLI beside the app) on the same
 * archive and the same index folder, both changing the archive and saving the index at once. Neither
 * may fail, and afterwards the index must answer exactly like one built from scratch. Safe without a
 * lock as long as every save is one atomic rename of a complete file: the last complete write wins,
 * and the next open's pass picks up whatever the loser had indexed.
 */
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openArchive } from '../../../archive/library';
import { readSettings } from '../../../electron/settings';
import { bundleWriterChild, startChild, waitForSteps, type RunningChild } from './child-process';
import { fingerprint, freshFingerprint, writeCorpus } from './corpus';

let script: string;
let work: string;

beforeAll(async () => {
  script = await bundleWriterChild();
  work = await mkdtemp(path.join(os.tmpdir(), 'archivo-two-'));
}, 60_000);
afterAll(async () => {
  await rm(work, { recursive: true, force: true });
  await rm(path.dirname(script), { recursive: true, force: true });
});

async function stop(child: RunningChild): Promise<void> {
  child.process.kill('SIGKILL');
  await child.exited;
}

describe('two instances on one archive and one index folder', () => {
  it('both keep working, and the index they leave is right', async () => {
    const root = path.join(work, 'archive');
    const indexDir = path.join(work, 'index');
    const settingsFile = path.join(work, 'user', 'settings.json');
    await writeCorpus(root, 30);
    const a = startChild(script, [root, indexDir, settingsFile, 'window-a', '11']);
    const b = startChild(script, [root, indexDir, settingsFile, 'window-b', '22']);
    try {
      // Both well past their first saves, interleaved for several seconds.
      await Promise.all([waitForSteps(a, 12, 40_000), waitForSteps(b, 12, 40_000)]);
      expect(a.errors(), 'instance A failed').toBe('');
      expect(b.errors(), 'instance B failed').toBe('');
    } finally {
      await Promise.all([stop(a), stop(b)]);
    }

    const reopened = await openArchive(root, { indexDir });
    expect(await fingerprint(reopened)).toEqual(await freshFingerprint(root, path.join(work, 'fresh')));
    // Settings: one instance's complete write, never a mix of both.
    const settings = await readSettings(settingsFile);
    expect(settings.lastArchive ?? '', await readFile(settingsFile, 'utf8')).toMatch(/^\/archives\/window-[ab]\/\d+$/);
  }, 120_000);

  it('a third instance opening while the two write sees a consistent index every time', async () => {
    const root = path.join(work, 'archive-3');
    const indexDir = path.join(work, 'index-3');
    await writeCorpus(root, 30);
    const a = startChild(script, [root, indexDir, path.join(work, 's3.json'), 'window-a', '33']);
    const b = startChild(script, [root, indexDir, path.join(work, 's3.json'), 'window-b', '44']);
    try {
      await Promise.all([waitForSteps(a, 2, 40_000), waitForSteps(b, 2, 40_000)]);
      for (let i = 0; i < 8; i++) {
        // Opening must never throw on a file caught mid-replacement, whatever it then shows.
        const reader = await openArchive(root, { indexDir });
        expect(reader.summary.articles).toBeGreaterThanOrEqual(30);
      }
      expect(a.errors() + b.errors()).toBe('');
    } finally {
      await Promise.all([stop(a), stop(b)]);
    }
    expect(await fingerprint(await openArchive(root, { indexDir }))).toEqual(await freshFingerprint(root, path.join(work, 'fresh-3')));
  }, 120_000);
});
