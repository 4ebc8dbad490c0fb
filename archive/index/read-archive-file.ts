/**
 * Reads one archive file into prepared articles (parsed, identified, serialized for the store):
 * everything indexing a file needs that does not touch the index, so it can run in another thread.
 * Loading the bytes and parsing them are separate steps, so a thread can load the next file while
 * it parses this one.
 */
import { readFile } from 'node:fs/promises';
import { prepareFile, type PreparedFile } from '../catalog';
import type { FormatRegistry } from '../formats/registry';
import type { ReadResult } from '../formats/reader';
import { describeFsError } from '../scan/fs-errors';
import type { FoundFile } from '../scan/walk-archive';

/** Files larger than this are reported instead of read: no news article file is this big. */
const MAX_FILE_BYTES = 1024 * 1024 * 1024;

/** A file's bytes, or why they could not be read. */
export type LoadedFile = { readonly bytes: Uint8Array } | { readonly problem: string };

export async function loadArchiveFile(file: FoundFile): Promise<LoadedFile> {
  if (file.size > MAX_FILE_BYTES) return { problem: `too large to be an article file (${Math.round(file.size / 1048576)} MB)` };
  try {
    return { bytes: await readFile(file.absolutePath) };
  } catch (error) {
    return { problem: describeFsError(error) };
  }
}

async function readArchiveFile(file: FoundFile, registry: FormatRegistry, loaded: Promise<LoadedFile> = loadArchiveFile(file)): Promise<ReadResult> {
  const bytes = await loaded;
  // The registry never throws: what it cannot read comes back as problems.
  return 'problem' in bytes ? { articles: [], problems: [{ reason: bytes.problem }] } : registry.readFile(file.path, bytes.bytes);
}

export async function readPreparedFile(file: FoundFile, registry: FormatRegistry, loaded?: Promise<LoadedFile>): Promise<PreparedFile> {
  return prepareFile(file.path, await readArchiveFile(file, registry, loaded));
}
