/**
 * Reads one archive file into prepared articles (parsed, identified, serialized for the store):
 * everything indexing a file needs that does not touch the index, so it can run in another thread.
 */
import { readFile } from 'node:fs/promises';
import { prepareFile, type PreparedFile } from '../catalog';
import type { FormatRegistry } from '../formats/registry';
import type { ReadResult } from '../formats/reader';
import { describeFsError } from '../scan/fs-errors';
import type { FoundFile } from '../scan/walk-archive';

/** Files larger than this are reported instead of read: no news article file is this big. */
const MAX_FILE_BYTES = 1024 * 1024 * 1024;

export async function readArchiveFile(file: FoundFile, registry: FormatRegistry): Promise<ReadResult> {
  if (file.size > MAX_FILE_BYTES) {
    return { articles: [], problems: [{ reason: `too large to be an article file (${Math.round(file.size / 1048576)} MB)` }] };
  }
  try {
    return await registry.readFile(file.path, await readFile(file.absolutePath));
  } catch (error) {
    return { articles: [], problems: [{ reason: describeFsError(error) }] };
  }
}

export async function readPreparedFile(file: FoundFile, registry: FormatRegistry): Promise<PreparedFile> {
  return prepareFile(file.path, await readArchiveFile(file, registry));
}
