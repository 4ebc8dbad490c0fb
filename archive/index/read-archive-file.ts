/**
 * Reads one archive file into prepared articles (parsed, identified, serialized for the store):
 * everything indexing a file needs that does not touch the index, so it can run in another thread.
 * Loading the bytes and parsing them are separate steps, so a thread can load the next file while
 * it parses this one.
 */
import { readFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { filePreparer, type PreparedFile } from '../catalog';
import type { FormatRegistry } from '../formats/registry';
import { describeFsError } from '../scan/fs-errors';
import type { FoundFile } from '../scan/walk-archive';

/** Files larger than this are reported instead of read: no news article file is this big. */
const MAX_FILE_BYTES = 1024 * 1024 * 1024;

/** Files up to this size are read synchronously (see loadArchiveFile): at most a moment's wait for the thread. */
const READ_AT_ONCE_BYTES = 256 * 1024;

/** A file's bytes, or why they could not be read. */
export type LoadedFile = { readonly bytes: Uint8Array } | { readonly problem: string };

export async function loadArchiveFile(file: FoundFile): Promise<LoadedFile> {
  if (file.size > MAX_FILE_BYTES) return { problem: `too large to be an article file (${Math.round(file.size / 1048576)} MB)` };
  try {
    // A file of one article is read at once: the four round trips of an asynchronous read (open, stat,
    // read, close) cost ten times the read itself, and a folder of one file per article has 100,000.
    return { bytes: file.size <= READ_AT_ONCE_BYTES ? readFileSync(file.absolutePath) : await readFile(file.absolutePath) };
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
