/**
 * The archive the app has open: its library, its status, and the rule that only the most recent open
 * request may change them (opening B while A is still indexing must not end with A shown).
 * No Electron import: the main process passes in how to open a library and how to announce a status.
 */
import type { ArchiveLibrary } from '../archive/library';
import type { ArchiveStatus } from './api';

export interface ArchiveSessionDeps {
  readonly openLibrary: (root: string) => Promise<ArchiveLibrary>;
  /** Called on every status change (the main process broadcasts it to the windows). */
  readonly onStatus: (status: ArchiveStatus) => void;
  /** Called after a successful open, e.g. to remember it for the next start. */
  readonly onOpened?: (root: string) => void | Promise<void>;
}

export interface ArchiveSession {
  getLibrary(): ArchiveLibrary | null;
  getStatus(): ArchiveStatus;
  /** Resolves to the status once this request has settled (or been superseded by a newer one). */
  open(root: string): Promise<ArchiveStatus>;
}

export function createArchiveSession(deps: ArchiveSessionDeps): ArchiveSession {
  let library: ArchiveLibrary | null = null;
  let status: ArchiveStatus = { state: 'empty' };
  let generation = 0;

  const setStatus = (next: ArchiveStatus): void => {
    status = next;
    deps.onStatus(next);
  };

  return {
    getLibrary: () => library,
    getStatus: () => status,
    async open(root) {
      generation += 1;
      const mine = generation;
      library = null;
      setStatus({ state: 'loading', root });
      try {
        const opened = await deps.openLibrary(root);
        if (mine !== generation) return status;
        library = opened;
        setStatus({ state: 'ready', summary: opened.summary });
        try {
          await deps.onOpened?.(root);
        } catch (error) {
          console.error('archivo: could not remember the archive', error);
        }
      } catch (error) {
        if (mine !== generation) return status;
        setStatus({ state: 'error', root, message: error instanceof Error ? error.message : String(error) });
      }
      return status;
    },
  };
}
