/**
 * Finds the files of an archive folder at any depth. Hidden entries (".git", ".DS_Store") are skipped,
 * symbolic links are followed but a folder is never entered twice (symlink loops), and a folder that
 * cannot be read becomes a problem instead of stopping the scan.
 */
import { opendir, realpath, stat } from 'node:fs/promises';
import path from 'node:path';
import type { Problem } from '../model/article';
import { describeFsError } from './fs-errors';

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

export async function walkArchive(root: string, wanted: (relativePath: string) => boolean): Promise<WalkResult> {
  const files: FoundFile[] = [];
  const problems: Problem[] = [];
  const visited = new Set<string>();

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
    let entries;
    try {
      entries = await opendir(directory);
    } catch (error) {
      problems.push({ path: relative || '.', reason: describeFsError(error) });
      return;
    }
    const children: { name: string; isDirectory: boolean }[] = [];
    try {
      for await (const entry of entries) {
        if (entry.name.startsWith('.')) continue;
        const absolute = path.join(directory, entry.name);
        let isDirectory = entry.isDirectory();
        if (entry.isSymbolicLink()) {
          try {
            isDirectory = (await stat(absolute)).isDirectory();
          } catch (error) {
            problems.push({ path: joinRelative(relative, entry.name), reason: describeFsError(error) });
            continue;
          }
        } else if (!isDirectory && !entry.isFile()) {
          continue; // sockets, devices, pipes: never archive content
        }
        children.push({ name: entry.name, isDirectory });
      }
    } catch (error) {
      problems.push({ path: relative || '.', reason: describeFsError(error) });
    }
    children.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
    for (const child of children) {
      const childRelative = joinRelative(relative, child.name);
      const childAbsolute = path.join(directory, child.name);
      if (child.isDirectory) {
        await visit(childAbsolute, childRelative);
      } else if (wanted(childRelative)) {
        try {
          const info = await stat(childAbsolute);
          files.push({ path: childRelative, absolutePath: childAbsolute, size: info.size, mtimeMs: info.mtimeMs });
        } catch (error) {
          problems.push({ path: childRelative, reason: describeFsError(error) });
        }
      }
    }
  }

  await visit(root, '');
  return { files, problems };
}

function joinRelative(parent: string, name: string): string {
  return parent ? `${parent}/${name}` : name;
}
