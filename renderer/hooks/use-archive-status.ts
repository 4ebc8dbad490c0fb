/** The archive's state as main reports it: fetched once on start, then kept current by push events. */
import { useCallback, useEffect, useState } from 'react';
import type { ArchivoApi, ArchiveStatus } from '../../electron/api';

export interface ArchiveStatusState {
  /** Null until the first answer arrives. */
  readonly status: ArchiveStatus | null;
  /** Set when talking to main failed (not when the archive itself failed: that is a status). */
  readonly failure: string | null;
  readonly openArchive: () => void;
  readonly openRecent: (root: string) => void;
}

export function useArchiveStatus(api: ArchivoApi): ArchiveStatusState {
  const [status, setStatus] = useState<ArchiveStatus | null>(null);
  const [failure, setFailure] = useState<string | null>(null);

  useEffect(() => {
    let pushed = false;
    const unsubscribe = api.onStatusChanged((next) => {
      pushed = true;
      setStatus(next);
    });
    api.getStatus().then(
      // An event that arrived while getStatus was in flight is newer: keep it.
      (initial) => { if (!pushed) setStatus(initial); },
      (error: unknown) => setFailure(messageOf(error)),
    );
    return unsubscribe;
  }, [api]);

  const openArchive = useCallback(() => {
    api.openArchive().then(setStatus, (error: unknown) => setFailure(messageOf(error)));
  }, [api]);

  const openRecent = useCallback(
    (root: string) => {
      api.openRecentArchive(root).then(setStatus, (error: unknown) => setFailure(messageOf(error)));
    },
    [api],
  );

  return { status, failure, openArchive, openRecent };
}

export function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
