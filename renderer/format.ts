/** Formatting of values that come from the archive and need no locale: folder names. */

/** The last segment of an absolute path, for either separator; the path itself when it has none. */
export function folderName(path: string): string {
  const trimmed = path.replace(/[\\/]+$/, '');
  const last = trimmed.split(/[\\/]/).pop();
  return last !== undefined && last !== '' ? last : path;
}
