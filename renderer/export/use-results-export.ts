/** Export of the current results, all or the ticked ones (table, references or PDFs), with its outcome and PDF progress. */
import { useCallback, useEffect, useRef, useState } from 'react';
import type { ArchivoApi, PdfBatchProgress, PdfLayout, ResultsExportResult, ResultsFormat, ResultsSelection, UiLanguage } from '../../electron/api';
import { messageOf } from '../hooks/use-archive-status';

export type ResultsExportState =
  | { readonly kind: 'idle' }
  | { readonly kind: 'working'; readonly pdf: PdfLayout | null; readonly progress: PdfBatchProgress | null }
  | { readonly kind: 'saved'; readonly path: string; readonly count: number; readonly receiptPath?: string; readonly folder?: boolean }
  | { readonly kind: 'canceled' }
  | { readonly kind: 'failed'; readonly message: string };

export interface ResultsExportControl {
  readonly state: ResultsExportState;
  readonly exportFile: (format: ResultsFormat, receipt: boolean) => void;
  readonly exportPdf: (layout: PdfLayout, highlight: boolean) => void;
  readonly cancel: () => void;
}

export function useResultsExport(api: ArchivoApi, selection: ResultsSelection, language: UiLanguage): ResultsExportControl {
  const [state, setState] = useState<ResultsExportState>({ kind: 'idle' });
  const busy = useRef(false);

  useEffect(
    () =>
      api.onExportProgress((progress) => {
        setState((current) => (current.kind === 'working' && current.pdf !== null ? { ...current, progress } : current));
      }),
    [api],
  );

  const run = useCallback((pdf: PdfLayout | null, start: () => Promise<ResultsExportResult>) => {
    if (busy.current) return;
    busy.current = true;
    setState({ kind: 'working', pdf, progress: null });
    start()
      .then(
        (result) => setState(stateOf(result)),
        (error: unknown) => setState({ kind: 'failed', message: messageOf(error) }),
      )
      .finally(() => {
        busy.current = false;
      });
  }, []);

  const exportFile = useCallback(
    (format: ResultsFormat, receipt: boolean) => run(null, () => api.exportResults({ ...selection, format, receipt })),
    [api, run, selection],
  );
  const exportPdf = useCallback(
    (layout: PdfLayout, highlight: boolean) => run(layout, () => api.exportResultsPdf({ ...selection, layout, highlight }, language)),
    [api, run, selection, language],
  );
  const cancel = useCallback(() => void api.cancelResultsExport(), [api]);
  return { state, exportFile, exportPdf, cancel };
}

function stateOf(result: ResultsExportResult): ResultsExportState {
  switch (result.status) {
    case 'saved':
      return {
        kind: 'saved',
        path: result.path,
        count: result.count,
        ...(result.receiptPath ? { receiptPath: result.receiptPath } : {}),
        ...(result.folder ? { folder: true } : {}),
      };
    case 'canceled':
      return { kind: 'canceled' };
    case 'error':
      return { kind: 'failed', message: result.message };
    default:
      return assertNever(result);
  }
}

function assertNever(value: never): never {
  throw new Error(`Unexpected value: ${JSON.stringify(value)}`);
}
