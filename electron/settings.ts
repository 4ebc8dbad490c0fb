/**
 * Per-user settings (userData/settings.json). Read leniently: a missing, corrupt or foreign file gives
 * the defaults rather than stopping the app; written atomically so a crash never leaves it half-written.
 * No Electron import: the caller passes the file path.
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { z } from 'zod';
import { writeFileAtomic } from '../archive/fs/write-file-atomic';

const absolutePath = z.string().min(1).max(4096).refine((p) => path.isAbsolute(p), 'must be an absolute path');

/** What may be written: exact. */
const SettingsSchema = z.object({
  /** Absolute path of the archive opened last, reopened at the next start. */
  lastArchive: absolutePath.nullable(),
});

/** What is accepted when read: one bad field falls back to its default without losing the others. */
const StoredSettingsSchema = z.object({
  lastArchive: absolutePath.nullable().catch(null),
});

export type Settings = z.infer<typeof SettingsSchema>;

export const DEFAULT_SETTINGS: Settings = Object.freeze({ lastArchive: null });

export async function readSettings(file: string): Promise<Settings> {
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch {
    return DEFAULT_SETTINGS;
  }
  try {
    const parsed = StoredSettingsSchema.safeParse(JSON.parse(text));
    return parsed.success ? parsed.data : DEFAULT_SETTINGS;
  } catch {
    return DEFAULT_SETTINGS;
  }
}

export async function writeSettings(file: string, settings: Settings): Promise<void> {
  const valid = SettingsSchema.parse(settings);
  await writeFileAtomic(file, `${JSON.stringify(valid, null, 2)}\n`);
}
