/**
 * Every file Archivo writes (indexes, settings, exports) goes through here: a temporary file next to
 * the target is written and flushed, then renamed over it, so a crash or a full disk leaves either
 * the old content or the new, never a torn file.
 */
import { randomBytes } from 'node:crypto';
import { mkdir, open, rename, rm } from 'node:fs/promises';
import path from 'node:path';

/** Writes `chunks` to `file` so that readers see either the old or the new content, never a mix. */
export async function writeFileAtomic(file: string, chunks: readonly Uint8Array[] | Uint8Array | string): Promise<void> {
  const parts = typeof chunks === 'string' ? [Buffer.from(chunks, 'utf8')] : chunks instanceof Uint8Array ? [chunks] : chunks;
  await mkdir(path.dirname(file), { recursive: true });
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
