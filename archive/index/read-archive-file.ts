/**
 * Reads one archive file into prepared articles (parsed, identified, serialized for the store):
 * everything indexing a file needs that does not touch the index, so it can run in another thread.
 * Loading the bytes and parsing them are separate steps, so a thread can load the next file while
 * it parses this one.
 */
import { readFile, readFileSync } from 'node:fs';
import { promisify } from 'node:util';
import { filePreparer, type PreparedFile } from '../catalog';
import { DiskPace, type DiskPaceSettings } from '../fs/disk-pace';
import type { FormatRegistry } from '../formats/registry';
import { reasonOf, type ProblemReason } from '../model/file-problem';
import { fsProblem } from '../scan/fs-errors';
import type { FoundFile } from '../scan/walk-archive';

/** Files larger than this are reported instead of read: no news article file is this big. */
const MAX_FILE_BYTES = 1024 * 1024 * 1024;

/**
 * fs's callback readFile, not fs/promises': half the CPU a file (no FileHandle and promise for each of
 * open, stat, read and close), which a folder of one file per article pays 100,000 times.
 */
const readWhole = promisify(readFile);

/** A file's bytes, or why they could not be read. */
export type LoadedFile = { readonly bytes: Uint8Array } | { readonly notLoaded: ProblemReason };

export async function loadArchiveFile(file: FoundFile): Promise<LoadedFile> {
  return refused(file) ?? readWhole(file.absolutePath).then(
    (bytes) => ({ bytes }),
    (error: unknown) => ({ notLoaded: fsProblem(error) }),
  );
}

function loadArchiveFileNow(file: FoundFile): LoadedFile {
  try {
    return refused(file) ?? { bytes: readFileSync(file.absolutePath) };
  } catch (error) {
    return { notLoaded: fsProblem(error) };
  }
}

function refused(file: FoundFile): LoadedFile | null {
  return file.size > MAX_FILE_BYTES ? { notLoaded: reasonOf({ kind: 'too-large', megabytes: Math.round(file.size / 1048576) }) } : null;
}

/** Files up to this size may be read synchronously (larger ones are few, and their reads overlap parsing). */
const READ_NOW_MAX_BYTES = 1024 * 1024;
/**
 * How an index thread tells reads from memory (a small file takes about 10 µs) from reads that wait on
 * the disk: more than half of the last dozen or so over 50 µs, and waiting on the disk (see
 * `waitedOnDisk`). While they wait, one small file in 16 is still read when parsed: are reads from
 * memory again?
 */
const READ_PACE: DiskPaceSettings = { slowMs: 0.05, memory: 15 / 16, threshold: 8, probeEvery: 16 };
/** A read this slow waited on the disk even with no blocks counted: a network or FUSE file system's. */
const REMOTE_READ_MS = 2;
/**
 * Slow reads that share one count of the blocks read. The count is a system call that sums every
 * thread of the process, 5–30 µs: with both cores busy nearly every read from memory is slow, and
 * counting at each took 3% of an index thread's time over one file per article.
 */
const SLOW_READS_PER_COUNT = 8;

/**
 * Loads an index thread's files, in the order it parses them. While the page cache holds them (an
 * archive just copied, or read before) a small file is read synchronously when it is parsed: about
 * 10 µs, where an asynchronous read makes four thread-pool round trips, a tenth of a pass over one
 * file per article. While most recent reads wait on the disk (a first pass after a restart, a USB
 * disk), files are read asynchronously as soon as they are asked for, so that the disk's waits
 * overlap parsing; large files always are.
 */
export class FileLoader {
  private readonly pace = new DiskPace(READ_PACE);
  private blocksSeen: number;
  private slowReads = 0;
  private blocksWereRead = false;

  /** `blocksRead`: the blocks this process has read from disks (tests count their own). */
  constructor(
    private readonly now: () => number = () => performance.now(),
    private readonly blocksRead: () => number = () => process.resourceUsage().fsRead,
  ) {
    this.blocksSeen = blocksRead();
  }

  /** Starts reading `file` if it is to be read ahead of parsing; undefined when `load` will read it. */
  ahead(file: FoundFile): Promise<LoadedFile> | undefined {
    // Asked for every file, large ones too: one in so many is a probe.
    const waitsOnDisk = this.pace.waitsOnDisk();
    return file.size > READ_NOW_MAX_BYTES || waitsOnDisk ? loadArchiveFile(file) : undefined;
  }

  /** The file's bytes when it is parsed: those read ahead, or read now (and timed). */
  load(file: FoundFile, ahead: Promise<LoadedFile> | undefined): LoadedFile | Promise<LoadedFile> {
    if (ahead !== undefined) return ahead;
    const started = this.now();
    const loaded = loadArchiveFileNow(file);
    this.pace.took(this.now() - started, (ms) => this.waitedOnDisk(ms));
    return loaded;
  }

  /**
   * Whether a slow read waited on the disk rather than for a core: blocks were read from a disk by
   * the last count (taken once in SLOW_READS_PER_COUNT slow reads), or it took a network's time.
   * Both cores busy with a pass (three threads and the collector's) made most reads from memory take
   * 64–128 µs, and files were then read ahead through the file system's threads, four round trips
   * each, for most of the pass. Where the count includes reads from memory (Windows counts every
   * read), this is the time alone.
   */
  private waitedOnDisk(ms: number): boolean {
    if (this.slowReads++ % SLOW_READS_PER_COUNT === 0) {
      const blocks = this.blocksRead();
      this.blocksWereRead = blocks > this.blocksSeen;
      this.blocksSeen = blocks;
    }
    return this.blocksWereRead || ms > REMOTE_READ_MS;
  }
}

export async function readPreparedFile(file: FoundFile, registry: FormatRegistry, loaded: LoadedFile | Promise<LoadedFile> = loadArchiveFile(file)): Promise<PreparedFile> {
  const bytes = await loaded;
  const preparer = filePreparer(file.path);
  if ('notLoaded' in bytes) return preparer.finish([bytes.notLoaded]);
  // Each article is prepared as it is read. The registry never throws: what it cannot read comes back as problems.
  return preparer.finish(await registry.readEach(file.path, bytes.bytes, (read) => preparer.add(read)));
}
