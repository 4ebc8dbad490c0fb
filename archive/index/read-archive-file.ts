/**
 * Reads one archive file into prepared articles (parsed, identified, serialized for the store):
 * everything indexing a file needs that does not touch the index, so it can run in another thread.
 * Loading the bytes and parsing them are separate steps, so a thread can load the next file while
 * it parses this one.
 */
import { readFile } from 'node:fs';
import { promisify } from 'node:util';
import { filePreparer, type PreparedFile } from '../catalog';
import type { FormatRegistry } from '../formats/registry';
import { describeFsError } from '../scan/fs-errors';
import type { FoundFile } from '../scan/walk-archive';

/** Files larger than this are reported instead of read: no news article file is this big. */
const MAX_FILE_BYTES = 1024 * 1024 * 1024;

/**
 * fs's callback readFile, not fs/promises': half the CPU a file (no FileHandle and promise for each of
 * open, stat, read and close), which a folder of one file per article pays 100,000 times. Not a
 * synchronous read, though that is cheaper still: a first pass over an archive that is not in the
 * page cache waits on the disk, and reading ahead asynchronously overlaps that wait with parsing.
 */
const readWhole = promisify(readFile);

/** A file's bytes, or why they could not be read. */
export type LoadedFile = { readonly bytes: Uint8Array } | { readonly problem: string };

export async function loadArchiveFile(file: FoundFile): Promise<LoadedFile> {
  if (file.size > MAX_FILE_BYTES) return { problem: `too large to be an article file (${Math.round(file.size / 1048576)} MB)` };
  try {
    return { bytes: await readWhole(file.absolutePath) };
  } catch (error) {
    return { problem: describeFsError(error) };
  }
}

export async function readPreparedFile(file: FoundFile, registry: FormatRegistry, loaded: Promise<LoadedFile> = loadArchiveFile(file)): Promise<PreparedFile> {
  const bytes = await loaded;
  const preparer = filePreparer(file.path);
  if ('problem' in bytes) return preparer.finish([{ reason: bytes.problem }]);
  // Each article is prepared as it is read. The registry never throws: what it cannot read comes back as problems.
  return preparer.finish(await registry.readEach(file.path, bytes.bytes, (read) => preparer.add(read)));
}
