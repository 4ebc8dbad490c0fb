/**
 * Every file Archivo writes (indexes, settings, exports) goes through here: a temporary file next to
 * the target is written and flushed, then renamed over it, so a crash or a full disk leaves either
 * the old content or the new, never a torn file.
 */
import { randomBytes } from 'node:crypto';
import { mkdir, open, readdir, rename, rm } from 'node:fs/promises';
import path from 'node:path';

/** `<target>.<pid>.<12 hex>.tmp`: the writer's pid tells whether a leftover is still being written. */
const TEMPORARY = /^(.+)\.(\d+)\.[0-9a-f]{12}\.tmp$/;

/** Writes `chunks` (taken one at a time, so they can be made as they go) to `file` so that readers see either the old or the new content, never a mix. */
export async function writeFileAtomic(file: string, chunks: Iterable<Uint8Array> | Uint8Array | string): Promise<void> {
  const parts = typeof chunks === 'string' ? [Buffer.from(chunks, 'utf8')] : chunks instanceof Uint8Array ? [chunks] : chunks;
  await mkdir(path.dirname(file), { recursive: true });
  await removeAbandonedTemporaries(file);
  const temporary = `${file}.${process.pid}.${randomBytes(6).toString('hex')}.tmp`;
  try {
    const handle = await open(temporary, 'w', 0o600);
    try {
      for (const part of parts) await handle.write(part);
      await handle.sync();
    } finally {
      await handle.close();
    }
    await rename(temporary, file);
  } catch (error) {
    await rm(temporary, { force: true });
    throw error;
  }
}

/**
 * A writer killed mid-write (power loss, SIGKILL) leaves its temporary file behind; the target itself
 * is intact. Before writing into a folder, remove the leftovers there of writers no longer running —
 * whatever their target: an index segment that was being written when the writer died gets a new
 * name next time, so sweeping only this target's temporaries would leak the others for ever.
 */
export async function removeAbandonedTemporaries(file: string): Promise<void> {
  const folder = path.dirname(file);
  let entries: string[];
  try {
    entries = await readdir(folder);
  } catch {
    return;
  }
  for (const entry of entries) {
    const match = TEMPORARY.exec(entry);
    if (!match || isRunning(Number(match[2]))) continue;
    await rm(path.join(folder, entry), { force: true });
  }
}

function isRunning(pid: number): boolean {
  if (pid === process.pid) return true;
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM'; // alive, but someone else's
  }
}
