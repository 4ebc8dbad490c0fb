/** Plain-language reasons for file-system errors, for the Problems list. */
export function describeFsError(error: unknown): string {
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  switch (code) {
    case 'EACCES':
    case 'EPERM':
      return 'permission denied: Archivo is not allowed to read this';
    case 'ENOENT':
      return 'not found: a broken link, or it was moved or deleted while the archive was being read';
    case 'ELOOP':
      return 'too many levels of links (a link loop)';
    case 'EISDIR':
      return 'this is a folder, not a file';
    case 'EIO':
      return 'the disk reported a read error';
    case 'ENAMETOOLONG':
      return 'the path is too long for this system';
    default:
      return `could not be read (${error instanceof Error ? error.message : String(error)})`;
  }
}
