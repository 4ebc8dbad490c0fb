import type { ArchiveStatus } from './api';

/** Why there is no archive to answer from, in words the renderer shows as they are. */
export function noArchiveMessage(status: ArchiveStatus): string {
  switch (status.state) {
    case 'loading':
      return 'The archive is still being opened.';
    case 'error':
      return `The archive could not be opened: ${status.message}`;
    case 'empty':
    case 'ready':
      return 'No archive is open.';
  }
}
