/**
 * Where persisted indexes live: a per-user cache folder, never the archive itself (archives may be
 * read-only drives, and a journalist's source folder must stay untouched).
 */
import { createHash } from 'node:crypto';
import os from 'node:os';
import path from 'node:path';

export function defaultIndexDir(env: NodeJS.ProcessEnv = process.env, platform: NodeJS.Platform = process.platform): string {
  if (env.ARCHIVO_INDEX_DIR) return env.ARCHIVO_INDEX_DIR;
  const home = os.homedir();
  switch (platform) {
    case 'win32':
      return path.join(env.LOCALAPPDATA ?? path.join(home, 'AppData', 'Local'), 'Archivo', 'Cache', 'indexes');
    case 'darwin':
      return path.join(home, 'Library', 'Caches', 'Archivo', 'indexes');
    default:
      return path.join(env.XDG_CACHE_HOME || path.join(home, '.cache'), 'archivo', 'indexes');
  }
}

/** One index file per archive folder, named by a hash of the folder's resolved path. */
export function indexFileFor(indexDir: string, archiveRoot: string): string {
  const key = createHash('sha256').update(archiveRoot).digest('hex').slice(0, 24);
  return path.join(indexDir, `${key}.archivo-index`);
}
