/**
 * Reads one archive file into prepared articles (parsed, identified, serialized for the store):
 * everything indexing a file needs that does not touch the index, so it can run in another thread.
 * Loading the bytes and parsing them are separate steps, so a thread can load the next file while
 * it parses this one.
 */
import { readFile, readFileSync } from 'node:fs';
import { promisify } from 'node:util';
import { filePreparer, type PreparedFile } from '../catalog';
import type { FormatRegistry } from '../formats/registry';
import { describeFsError } from '../scan/fs-errors';
import type { FoundFile } from '../scan/walk-archive';

/** Files larger than this are reported instead of read: no news article file is this big. */
const MAX_FILE_BYTES = 1024 * 1024 * 1024;

/**
 * fs's callback readFile, not fs/promises': half the CPU a file (no FileHandle and promise for each of
 * open, stat, read and close), which a folder of one file per article pays 100,000 times.
 */
const readWhole = promisify(readFile);

/** A file's bytes, or why they could not be read. */
export type LoadedFile = { readonly bytes: Uint8Array } | { readonly problem: string };

export async function loadArchiveFile(file: FoundFile): Promise<LoadedFile> {
  return refused(file) ?? readWhole(file.absolutePath).then(
    (bytes) => ({ bytes }),
    (error: unknown) => ({ problem: describeFsError(error) }),
  );
}

function loadArchiveFileNow(file: FoundFile): LoadedFile {
  try {
    return refused(file) ?? { bytes: readFileSync(file.absolutePath) };
  } catch (error) {
    return { problem: describeFsError(error) };
  }
}

function refused(file: FoundFile): LoadedFile | null {
  return file.size > MAX_FILE_BYTES ? { problem: `too large to be an article file (${Math.round(file.size / 1048576)} MB)` } : null;
}

/** Files up to this size may be read synchronously (larger ones are few, and their reads overlap parsing). */
const READ_NOW_MAX_BYTES = 1024 * 1024;
/** A synchronous read of a small file that took longer than this waited on the disk (from memory: about 10 µs). */
const SLOW_READ_MS = 0.05;
/** Reads from the disk while `slowness` is above this: more than half of the last dozen or so were slow. */
const FROM_DISK_SLOWNESS = 8;
/** While reading from the disk, one small file in this many is still read when parsed: are reads from memory again? */
const PROBE_EVERY = 16;

/**
 * Loads an index thread's files, in the order it parses them. While the page cache holds them (an
 * archive just copied, or read before) a small file is read synchronously when it is parsed: about
 * 10 µs, where an asynchronous read makes four thread-pool round trips, a tenth of a pass over one
 * file per article. While most recent reads wait on the disk (a first pass after a restart, a USB
 * disk), files are read asynchronously as soon as they are asked for, so that the disk's waits
 * overlap parsing; large files always are.
 */
export class FileLoader {
  private fromDisk = false;
  /** Slow reads, each counting less as later reads come: 16 when all recent reads were slow. */
  private slowness = 0;
  private asked = 0;

  constructor(private readonly now: () => number = () => performance.now()) {}

  /** Starts reading `file` if it is to be read ahead of parsing; undefined when `load` will read it. */
  ahead(file: FoundFile): Promise<LoadedFile> | undefined {
    const probe = ++this.asked % PROBE_EVERY === 0;
    return file.size > READ_NOW_MAX_BYTES || (this.fromDisk && !probe) ? loadArchiveFile(file) : undefined;
  }

  /** The file's bytes when it is parsed: those read ahead, or read now (and timed). */
  load(file: FoundFile, ahead: Promise<LoadedFile> | undefined): LoadedFile | Promise<LoadedFile> {
    if (ahead !== undefined) return ahead;
    const started = this.now();
    const loaded = loadArchiveFileNow(file);
    this.slowness = (this.slowness * 15) / 16 + (this.now() - started > SLOW_READ_MS ? 1 : 0);
    this.fromDisk = this.slowness > FROM_DISK_SLOWNESS;
    return loaded;
  }
}

export async function readPreparedFile(file: FoundFile, registry: FormatRegistry, loaded: LoadedFile | Promise<LoadedFile> = loadArchiveFile(file)): Promise<PreparedFile> {
  const bytes = await loaded;
  const preparer = filePreparer(file.path);
  if ('problem' in bytes) return preparer.finish([{ reason: bytes.problem }]);
  // Each article is prepared as it is read. The registry never throws: what it cannot read comes back as problems.
  return preparer.finish(await registry.readEach(file.path, bytes.bytes, (read) => preparer.add(read)));
}
