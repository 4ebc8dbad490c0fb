import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fitToDisplays, readWindowState, windowStateWritten, writeWindowState } from '../../../electron/window-state';

const laptop = { x: 0, y: 0, width: 1440, height: 900 };
const external = { x: 1440, y: 0, width: 2560, height: 1440 };

describe('fitToDisplays', () => {
  it('restores a window where it was when it is still on a display', () => {
    const saved = { x: 1600, y: 100, width: 1400, height: 900 };
    expect(fitToDisplays(saved, [laptop, external])).toEqual(saved);
  });

  it('brings a window back from an unplugged monitor, centred and no larger than the display', () => {
    const saved = { x: 1600, y: 100, width: 2000, height: 1200 };
    expect(fitToDisplays(saved, [laptop])).toEqual({ x: 0, y: 0, width: 1440, height: 900 });
    const small = { x: 3000, y: 200, width: 800, height: 600 };
    expect(fitToDisplays(small, [laptop])).toEqual({ x: 320, y: 150, width: 800, height: 600 });
  });

  it('does not count a sliver at the edge as visible', () => {
    const saved = { x: 1400, y: 100, width: 1000, height: 700 };
    expect(fitToDisplays(saved, [laptop])).toEqual({ x: 220, y: 100, width: 1000, height: 700 });
  });
});

describe('the window state file', () => {
  let tmp: string;
  beforeAll(async () => {
    tmp = await mkdtemp(path.join(os.tmpdir(), 'archivo-window-'));
  });
  afterAll(async () => {
    await rm(tmp, { recursive: true, force: true });
  });

  it('round-trips and rejects damage', async () => {
    const file = path.join(tmp, 'window-state.json');
    await writeWindowState(file, { bounds: { x: 10, y: 20, width: 1200, height: 800 }, maximized: true });
    expect(await readWindowState(file)).toEqual({ bounds: { x: 10, y: 20, width: 1200, height: 800 }, maximized: true });
    await writeFile(file, JSON.stringify({ bounds: { x: 'a', y: 0, width: 1, height: 1 }, maximized: false }));
    expect(await readWindowState(file)).toBeNull();
    await writeFile(file, 'not json');
    expect(await readWindowState(file)).toBeNull();
  });

  it('lets quitting wait for the write started as the window closed', async () => {
    const file = path.join(tmp, 'closing.json');
    const state = { bounds: { x: 0, y: 0, width: 900, height: 700 }, maximized: false };
    void writeWindowState(file, state); // as the close handler does: not awaited
    await windowStateWritten();
    expect(await readWindowState(file)).toEqual(state);
    await expect(windowStateWritten()).resolves.toBeUndefined(); // nothing pending: settles at once
  });
});
