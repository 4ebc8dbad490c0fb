/**
 * The main window's size, position and maximised state, remembered between runs in
 * userData/window-state.json. A saved position that no longer fits any display (a monitor was
 * unplugged) is moved back onto the nearest one, never restored off-screen.
 */
import { readFile } from 'node:fs/promises';
import { z } from 'zod';
import { writeFileAtomic } from '../archive/fs/write-file-atomic';

export interface Rectangle {
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly height: number;
}

export interface WindowState {
  readonly bounds: Rectangle;
  readonly maximized: boolean;
}

/** The window's own minimum (window.ts) and a sane maximum. */
export const MIN_WIDTH = 720;
export const MIN_HEIGHT = 480;
const MAX_SIZE = 20_000;
/** A window must show at least this much of itself on a display to count as visible. */
const MIN_VISIBLE = 120;

const coordinate = z.number().int().min(-MAX_SIZE).max(MAX_SIZE);
const StateSchema = z.object({
  bounds: z.object({
    x: coordinate,
    y: coordinate,
    width: z.number().int().min(1).max(MAX_SIZE),
    height: z.number().int().min(1).max(MAX_SIZE),
  }),
  maximized: z.boolean(),
});

export async function readWindowState(file: string): Promise<WindowState | null> {
  try {
    const parsed = StateSchema.safeParse(JSON.parse(await readFile(file, 'utf8')));
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}

/** Writes under way: quitting waits for them, or the state saved as the last window closes is lost. */
const inFlight = new Set<Promise<void>>();

export async function writeWindowState(file: string, state: WindowState): Promise<void> {
  const write = writeFileAtomic(file, `${JSON.stringify(StateSchema.parse(state), null, 2)}\n`);
  inFlight.add(write);
  try {
    await write;
  } finally {
    inFlight.delete(write);
  }
}

/** Settles once every window-state write started so far has finished (or failed). */
export async function windowStateWritten(): Promise<void> {
  await Promise.allSettled([...inFlight]);
}

function overlap(a: Rectangle, b: Rectangle): { width: number; height: number } {
  return {
    width: Math.max(0, Math.min(a.x + a.width, b.x + b.width) - Math.max(a.x, b.x)),
    height: Math.max(0, Math.min(a.y + a.height, b.y + b.height) - Math.max(a.y, b.y)),
  };
}

/**
 * Where to put a window with these saved bounds, given the displays' work areas: as saved when
 * enough of it is visible on one display, else the same size (capped to the display) centred on the
 * display it overlapped most (or the first).
 */
export function fitToDisplays(saved: Rectangle, workAreas: readonly Rectangle[]): Rectangle {
  if (workAreas.length === 0) return saved;
  const scored = workAreas.map((area) => ({ area, visible: overlap(saved, area) }));
  const onScreen = scored.some(({ visible }) => visible.width >= Math.min(MIN_VISIBLE, saved.width) && visible.height >= Math.min(MIN_VISIBLE, saved.height));
  const fits = scored.some(({ area }) => saved.width <= area.width && saved.height <= area.height);
  if (onScreen && fits) return saved;
  const best = scored.reduce((a, b) => (b.visible.width * b.visible.height > a.visible.width * a.visible.height ? b : a)).area;
  const width = Math.max(Math.min(saved.width, best.width), Math.min(MIN_WIDTH, best.width));
  const height = Math.max(Math.min(saved.height, best.height), Math.min(MIN_HEIGHT, best.height));
  return {
    x: best.x + Math.round((best.width - width) / 2),
    y: best.y + Math.round((best.height - height) / 2),
    width,
    height,
  };
}
