/**
 * Finds the files of an archive folder at any depth. Hidden entries (".git", ".DS_Store") are skipped,
 * symbolic links are followed but a folder is never entered twice (symlink loops), and a folder that
 * cannot be read becomes a problem instead of stopping the scan.
 */
import { statSync, type Dirent, type Stats } from 'node:fs';
import { readdir, realpath, stat } from 'node:fs/promises';
import path from 'node:path';
import type { Problem } from '../model/article';
import { describeFsError } from './fs-errors';

/**
 * Files stat'ed at once: enough to keep the file system's threads busy (or, stat'ed synchronously,
 * to be worth a turn of the thread), few enough to keep a slow disk answering.
 */
const STAT_BATCH = 64;
/**
 * A batch stat'ed synchronously in longer than this waited on a disk (from memory it takes about
 * 0.2 ms), or the thread was paused (a garbage collection, both cores busy): while most recent
 * batches are slow, the walk stats asynchronously, so the thread can answer searches meanwhile.
 */
const SLOW_STAT_BATCH_MS = 10;
/**
 * Stats are asynchronous while `slowness` is above this: three slow batches in a row, where one is
 * a pause. (Index threads started mid-walk made one batch slow: the last 75,000 of 100,000
 * files, stat'ed asynchronously for good, took 1.9 s instead of 0.75 s.)
 */
const FROM_DISK_SLOWNESS = 2.25;
/** While stats are asynchronous, one batch in this many is stat'ed synchronously: is the disk answering from memory again? */
const PROBE_EVERY = 8;

export interface WalkOptions {
  /** The clock that times stat batches (tests make it slow). */
  readonly now?: () => number;
}

export interface FoundFile {
  /** Relative to the archive root, `/`-separated. */
  readonly path: string;
  readonly absolutePath: string;
  readonly size: number;
  readonly mtimeMs: number;
}

export interface WalkResult {
  readonly files: FoundFile[];
  readonly problems: Problem[];
}

export async function walkArchive(root: string, wanted: (relativePath: string) => boolean, options: WalkOptions = {}): Promise<WalkResult> {
  const files: FoundFile[] = [];
  const problems: Problem[] = [];
  const visited = new Set<string>();
  const now = options.now ?? (() => performance.now());
  /**
   * Synchronous stats while they answer from memory: asynchronous ones make a round trip to the file
   * system's threads each (at 100,000 files the walk took 1.55 s; 1.1 s with synchronous stats;
   * 0.45 s once each folder was read whole and each file's record made without a spread).
   * `slowness` counts slow synchronous batches, each counting less as later ones come.
   */
  let slowness = 0;
  let batches = 0;

  async function statBatch(batch: readonly { readonly absolutePath: string }[]): Promise<PromiseSettledResult<Stats>[]> {
    const probe = ++batches % PROBE_EVERY === 0;
    if (slowness > FROM_DISK_SLOWNESS && !probe) return Promise.allSettled(batch.map((file) => stat(file.absolutePath)));
    const started = now();
    const stats = batch.map((file): PromiseSettledResult<Stats> => {
      try {
        return { status: 'fulfilled', value: statSync(file.absolutePath) };
      } catch (reason) {
        return { status: 'rejected', reason };
      }
    });
    slowness = (slowness * 3) / 4 + (now() - started > SLOW_STAT_BATCH_MS ? 1 : 0);
    // Between batches the thread answers whatever else is waiting (a search, a cancel).
    await new Promise((resolve) => setImmediate(resolve));
    return stats;
  }

  async function visit(directory: string, relative: string): Promise<void> {
    let real: string;
    try {
      real = await realpath(directory);
    } catch (error) {
      problems.push({ path: relative || '.', reason: describeFsError(error) });
      return;
    }
    if (visited.has(real)) {
      if (relative) problems.push({ path: relative, reason: 'skipped: this folder link points back into the archive (a loop)' });
      return;
    }
    visited.add(real);
    const children: { name: string; isDirectory: boolean }[] = [];
    let entries: Dirent[];
    try {
      // The whole folder in one round trip to the file system's threads.
      entries = await readdir(directory, { withFileTypes: true });
    } catch (error) {
      problems.push({ path: relative || '.', reason: describeFsError(error) });
      return;
    }
    for (const entry of entries) {
      if (entry.name.startsWith('.')) continue;
      let isDirectory = entry.isDirectory();
      if (entry.isSymbolicLink()) {
        try {
          isDirectory = (await stat(path.join(directory, entry.name))).isDirectory();
        } catch (error) {
          problems.push({ path: joinRelative(relative, entry.name), reason: describeFsError(error) });
          continue;
        }
      } else if (!isDirectory && !entry.isFile()) {
        continue; // sockets, devices, pipes: never archive content
      }
      children.push({ name: entry.name, isDirectory });
    }
    children.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
    for (let next = 0; next < children.length; ) {
      const child = children[next]!;
      if (child.isDirectory) {
        await visit(path.join(directory, child.name), joinRelative(relative, child.name));
        next++;
        continue;
      }
      // The files up to the next folder, a batch at a time: a folder of one file per article has
      // thousands, and one stat after another waits for the file system's threads each time.
      const batch: { path: string; absolutePath: string }[] = [];
      for (; next < children.length && !children[next]!.isDirectory && batch.length < STAT_BATCH; next++) {
        const { name } = children[next]!;
        const childRelative = joinRelative(relative, name);
        if (wanted(childRelative)) batch.push({ path: childRelative, absolutePath: path.join(directory, name) });
      }
      const stats = await statBatch(batch);
      stats.forEach((result, at) => {
        const file = batch[at]!;
        if (result.status === 'rejected') problems.push({ path: file.path, reason: describeFsError(result.reason) });
        else files.push({ path: file.path, absolutePath: file.absolutePath, size: result.value.size, mtimeMs: result.value.mtimeMs });
      });
    }
  }

  await visit(root, '');
  return { files, problems };
}

function joinRelative(parent: string, name: string): string {
  return parent ? `${parent}/${name}` : name;
}
