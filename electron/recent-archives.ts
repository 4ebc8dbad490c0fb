/**
 * The archives opened lately, most recent first, for File › Recent Archives and the start screen.
 * Kept in userData/recent-archives.json, read leniently and written atomically like settings.json.
 * No Electron import: the caller passes the file.
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { z } from 'zod';
import { writeFileAtomic } from '../archive/fs/write-file-atomic';

export const MAX_RECENT_ARCHIVES = 8;

const entry = z.string().min(1).max(4096).refine((p) => path.isAbsolute(p));

/** The list with `root` moved (or added) to the front, without duplicates, at most `max` long. */
export function withRecent(list: readonly string[], root: string, max = MAX_RECENT_ARCHIVES): string[] {
  return [root, ...list.filter((item) => item !== root)].slice(0, max);
}

export async function readRecentArchives(file: string): Promise<string[]> {
  try {
    const parsed: unknown = JSON.parse(await readFile(file, 'utf8'));
    const list = z.object({ recent: z.array(z.unknown()) }).safeParse(parsed);
    if (!list.success) return [];
    // One bad entry is dropped, not the whole list.
    const valid = list.data.recent.filter((item): item is string => entry.safeParse(item).success);
    return [...new Set(valid)].slice(0, MAX_RECENT_ARCHIVES);
  } catch {
    return [];
  }
}

export async function writeRecentArchives(file: string, recent: readonly string[]): Promise<void> {
  const valid = recent.filter((item) => entry.safeParse(item).success).slice(0, MAX_RECENT_ARCHIVES);
  await writeFileAtomic(file, `${JSON.stringify({ recent: valid }, null, 2)}\n`);
}

/** Remembers each opened archive; reads once, then keeps the list in memory. */
export interface RecentArchives {
  list(): readonly string[];
  add(root: string): Promise<readonly string[]>;
}

export async function loadRecentArchives(file: string): Promise<RecentArchives> {
  let recent: readonly string[] = await readRecentArchives(file);
  return {
    list: () => recent,
    async add(root) {
      recent = withRecent(recent, root);
      await writeRecentArchives(file, recent);
      return recent;
    },
  };
}
