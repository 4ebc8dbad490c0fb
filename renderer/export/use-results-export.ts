/** Export of the whole current result set (table, references or one PDF), with its outcome and PDF progress. */
import { useCallback, useEffect, useRef, useState } from 'react';
import type { ArchivoApi, PdfBatchProgress, ResultsExportResult, ResultsFormat, ResultsSelection, UiLanguage } from '../../electron/api';
import { messageOf } from '../hooks/use-archive-status';

export type ResultsExportState =
  | { readonly kind: 'idle' }
  | { readonly kind: 'working'; readonly pdf: boolean; readonly progress: PdfBatchProgress | null }
  | { readonly kind: 'saved'; readonly path: string; readonly count: number; readonly receiptPath?: string }
  | { readonly kind: 'canceled' }
  | { readonly kind: 'failed'; readonly message: string };

export interface ResultsExportControl {
  readonly state: ResultsExportState;
  readonly exportFile: (format: ResultsFormat, receipt: boolean) => void;
  readonly exportPdf: () => void;
  readonly cancel: () => void;
}

export function useResultsExport(api: ArchivoApi, selection: ResultsSelection, language: UiLanguage): ResultsExportControl {
  const [state, setState] = useState<ResultsExportState>({ kind: 'idle' });
  const busy = useRef(false);

  useEffect(
    () =>
      api.onExportProgress((progress) => {
        setState((current) => (current.kind === 'working' && current.pdf ? { ...current, progress } : current));
      }),
    [api],
  );

  const run = useCallback((pdf: boolean, start: () => Promise<ResultsExportResult>) => {
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

  const { query, sort, filters } = selection;
  const exportFile = useCallback(
    (format: ResultsFormat, receipt: boolean) => run(false, () => api.exportResults({ query, sort, filters, format, receipt })),
    [api, run, query, sort, filters],
  );
  const exportPdf = useCallback(() => run(true, () => api.exportResultsPdf({ query, sort, filters }, language)), [api, run, query, sort, filters, language]);
  const cancel = useCallback(() => void api.cancelResultsExport(), [api]);
  return { state, exportFile, exportPdf, cancel };
}

function stateOf(result: ResultsExportResult): ResultsExportState {
  switch (result.status) {
    case 'saved':
      return { kind: 'saved', path: result.path, count: result.count, ...(result.receiptPath ? { receiptPath: result.receiptPath } : {}) };
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
