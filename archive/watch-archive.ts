/**
 * Notices files added, changed or deleted in an archive while it is open. File-system events are
 * only a hint (they are coalesced, platform-specific and sometimes lost), so they trigger a quiet
 * period and then a cheap re-scan that compares sizes and times, never a trust in the event itself.
 */
import { watch, type FSWatcher } from 'node:fs';

export interface ArchiveWatcher {
  close(): void;
}

export function watchArchive(root: string, onChange: () => void, quietMs = 750): ArchiveWatcher {
  let timer: NodeJS.Timeout | undefined;
  let watcher: FSWatcher | undefined;
  const schedule = (): void => {
    clearTimeout(timer);
    timer = setTimeout(onChange, quietMs);
  };
  try {
    watcher = watch(root, { recursive: true, persistent: false }, (_event, name) => {
      if (name && String(name).split(/[\\/]/).some((part) => part.startsWith('.'))) return; // hidden, e.g. editors' temp files
      schedule();
    });
    // A watcher that fails later (folder removed, too many watches) just stops hinting.
    watcher.on('error', () => watcher?.close());
  } catch {
    // Watching is a convenience: archives on some network drives cannot be watched.
  }
  return {
    close() {
      clearTimeout(timer);
      watcher?.close();
    },
  };
}
