/** Export of the open article to PDF, with its outcome kept for the status line. */
import { useCallback, useRef, useState } from 'react';
import type { ArchivoApi } from '../../electron/api';
import { messageOf } from './use-archive-status';

export type ExportState =
  | { readonly kind: 'idle' }
  | { readonly kind: 'working' }
  | { readonly kind: 'saved'; readonly path: string }
  | { readonly kind: 'failed'; readonly message: string };

export interface ExportControl {
  readonly state: ExportState;
  /** With `highlightQuery`, the PDF marks the words that query matches. */
  readonly exportPdf: (id: string, highlightQuery?: string) => void;
  readonly reset: () => void;
}

export function useExport(api: ArchivoApi): ExportControl {
  const [state, setState] = useState<ExportState>({ kind: 'idle' });
  // A menu accelerator and the page's own Ctrl+P handler may both fire: one export (and one dialog) at a time.
  const busy = useRef(false);

  const exportPdf = useCallback(
    (id: string, highlightQuery?: string) => {
      if (busy.current) return;
      busy.current = true;
      setState({ kind: 'working' });
      api
        .exportPdf(id, highlightQuery ? { highlightQuery } : undefined)
        .then(
          (result) => {
            switch (result.status) {
              case 'saved':
                return setState({ kind: 'saved', path: result.path });
              case 'canceled':
                return setState({ kind: 'idle' });
              case 'error':
                return setState({ kind: 'failed', message: result.message });
              default:
                return assertNever(result);
            }
          },
          (error: unknown) => setState({ kind: 'failed', message: messageOf(error) }),
        )
        .finally(() => {
          busy.current = false;
        });
    },
    [api],
  );

  const reset = useCallback(() => setState({ kind: 'idle' }), []);
  return { state, exportPdf, reset };
}

export function assertNever(value: never): never {
  throw new Error(`Unexpected value: ${JSON.stringify(value)}`);
}
