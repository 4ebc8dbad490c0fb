/**
 * Power cuts and crashes: a child process keeps rewriting the persisted index and the settings file and
 * is SIGKILLed at a random moment, many times. Each time, the next start must load the previous good
 * index (writes are atomic, so nothing is rebuilt), never crash, and answer every query exactly as an
 * index built from scratch over the same folder; the settings are the defaults or one complete write.
 */
import { readdir, rm } from 'node:fs/promises';
import { mkdtemp } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openArchive } from '../../../archive/library';
import { readSettings } from '../../../electron/settings';
import { bundleWriterChild, startChild, waitForSteps } from './child-process';
import { createRng } from '../../bench/synthetic-text';
import { fingerprint, freshFingerprint, writeCorpus } from './corpus';

const ITERATIONS = 10;
const TIME_BUDGET_MS = 60_000;

let script: string;
let work: string;

beforeAll(async () => {
  script = await bundleWriterChild();
  work = await mkdtemp(path.join(os.tmpdir(), 'archivo-crash-'));
}, 60_000);
afterAll(async () => {
  await rm(work, { recursive: true, force: true });
  await rm(path.dirname(script), { recursive: true, force: true });
});

async function filesUnder(dir: string): Promise<string[]> {
  return (await readdir(dir, { recursive: true, withFileTypes: true })).filter((entry) => entry.isFile()).map((entry) => path.join(entry.parentPath, entry.name));
}

describe('SIGKILL while writing the index and the settings', () => {
  it('the next start loads the last good state, never crashes and never shows wrong results', async () => {
    const root = path.join(work, 'archive');
    const indexDir = path.join(work, 'index');
    const settingsFile = path.join(work, 'user', 'settings.json');
    await writeCorpus(root, 30);
    await openArchive(root, { indexDir }); // a first good index, as after the first start
    const next = createRng(20_240_601);
    const started = Date.now();
    let rebuilds = 0;
    let iterations = 0;

    while (iterations < ITERATIONS && Date.now() - started < TIME_BUDGET_MS) {
      const child = startChild(script, [root, indexDir, settingsFile, 'writer', String(iterations + 1)]);
      await waitForSteps(child, 1 + Math.floor(next() * 3), 20_000);
      // A random moment inside the next steps: mid-index-write, mid-rename, mid-settings, between.
      await new Promise((resolve) => setTimeout(resolve, next() * 200));
      child.process.kill('SIGKILL');
      const exit = await child.exited;
      expect(child.errors(), 'the writer failed on its own').toBe('');
      expect(exit.signal).toBe('SIGKILL');

      const reopened = await openArchive(root, { indexDir });
      if (reopened.rebuildReason !== null) rebuilds++;
      const truth = await freshFingerprint(root, path.join(work, `fresh-${iterations}`));
      expect(await fingerprint(reopened), `after kill ${iterations + 1}`).toEqual(truth);
      expect(truth.find((entry) => entry.query === 'agua')!.total).toBeGreaterThan(10);

      const settings = await readSettings(settingsFile);
      expect(settings.lastArchive === null || /^\/archives\/writer\/\d+$/.test(settings.lastArchive), String(settings.lastArchive)).toBe(true);
      iterations++;
    }

    expect(iterations, 'enough kills within the time budget').toBeGreaterThanOrEqual(5);
    // Atomic replacement: a kill never leaves a half-written index that has to be rebuilt.
    expect(rebuilds, 'indexes rebuilt after a kill').toBe(0);
    const leftovers = (await filesUnder(indexDir)).concat(await filesUnder(path.dirname(settingsFile))).filter((file) => file.endsWith('.tmp'));
    // Each write sweeps the temporaries of killed writers: at most the last kill's remain (index + settings).
    expect(leftovers.length, leftovers.join(', ')).toBeLessThanOrEqual(2);
  }, 120_000);
});
