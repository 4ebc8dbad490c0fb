import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS, readSettings, writeSettings } from '../../../electron/settings';

let dir: string;
let file: string;

beforeEach(async () => {
  dir = await mkdtemp(path.join(os.tmpdir(), 'archivo-settings-'));
  file = path.join(dir, 'settings.json');
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('settings', () => {
  it('gives the defaults when there is no settings file yet', async () => {
    expect(await readSettings(file)).toEqual(DEFAULT_SETTINGS);
  });

  it('round-trips the last archive', async () => {
    const archive = path.join(dir, 'Mi archivo de prensa');
    await writeSettings(file, { lastArchive: archive });
    expect(await readSettings(file)).toEqual({ lastArchive: archive });
    expect(JSON.parse(await readFile(file, 'utf8'))).toEqual({ lastArchive: archive });
  });

  it.each([
    ['truncated JSON', '{"lastArchive": "/data/ne'],
    ['an empty file', ''],
    ['a JSON array', '["/data/news"]'],
    ['a number where a path belongs', '{"lastArchive": 42}'],
    ['a relative path', '{"lastArchive": "news"}'],
    ['binary garbage', '\u0000\u0001\uFFFD'],
  ])('falls back to the defaults for %s', async (_label, content) => {
    await writeFile(file, content);
    expect(await readSettings(file)).toEqual(DEFAULT_SETTINGS);
  });

  it('does not let a prototype-pollution payload through', async () => {
    await writeFile(file, '{"__proto__": {"polluted": true}, "lastArchive": null}');
    const settings = await readSettings(file);
    expect(settings).toEqual({ lastArchive: null });
    expect(({} as Record<string, unknown>)['polluted']).toBeUndefined();
  });

  it('writes through a temporary file and leaves none behind', async () => {
    await writeFile(file, '{"lastArchive": null}');
    await writeSettings(file, { lastArchive: path.join(dir, 'a') });
    await writeSettings(file, { lastArchive: path.join(dir, 'b') });
    expect(await readdir(dir)).toEqual(['settings.json']);
    expect(await readSettings(file)).toEqual({ lastArchive: path.join(dir, 'b') });
  });

  it('creates the user-data folder when it does not exist yet', async () => {
    const nested = path.join(dir, 'fresh', 'profile', 'settings.json');
    await writeSettings(nested, { lastArchive: null });
    expect(await readSettings(nested)).toEqual({ lastArchive: null });
  });

  it('refuses to write settings that would not read back', async () => {
    await expect(writeSettings(file, { lastArchive: 'relative/path' })).rejects.toThrow();
    await expect(readdir(dir)).resolves.toEqual([]);
  });
});
