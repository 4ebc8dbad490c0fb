/** "Export results…": every result of the current search as a table, references or one PDF. */
import { useState } from 'react';
import { RESULTS_FORMATS, type ArchivoApi, type ResultsFormat, type ResultsSelection } from '../../electron/api';
import { useI18n } from '../i18n/i18n-context';
import { useResultsExport, type ResultsExportState } from './use-results-export';

/** Formats' own names, the same in every language. */
const FORMAT_LABELS: Readonly<Record<ResultsFormat, string>> = {
  csv: 'CSV',
  json: 'JSON',
  'csl-json': 'CSL-JSON',
  ris: 'RIS',
  bibtex: 'BibTeX',
};

export function ResultsExportMenu({ api, selection }: { readonly api: ArchivoApi; readonly selection: ResultsSelection }) {
  const { t, language } = useI18n();
  const exporter = useResultsExport(api, selection, language);
  const [format, setFormat] = useState<ResultsFormat>('csv');
  const [receipt, setReceipt] = useState(false);
  const working = exporter.state.kind === 'working';
  return (
    <div className="results-export">
      <details>
        <summary>{t.exportResults}</summary>
        <div className="results-export-panel" role="group" aria-label={t.exportResultsTitle}>
          <label>
            <span>{t.exportFormat}</span>
            <select value={format} onChange={(event) => setFormat(event.target.value as ResultsFormat)}>
              {RESULTS_FORMATS.map((value) => (
                <option key={value} value={value}>
                  {FORMAT_LABELS[value]}
                </option>
              ))}
            </select>
          </label>
          <label className="checkbox">
            <input type="checkbox" checked={receipt} onChange={(event) => setReceipt(event.target.checked)} />
            <span>{t.exportReceipt}</span>
          </label>
          <button type="button" className="primary" disabled={working} onClick={() => exporter.exportFile(format, receipt)}>
            {t.exportResultsButton}
          </button>
          <button type="button" disabled={working} onClick={exporter.exportPdf}>
            {t.exportAllPdf}
          </button>
        </div>
      </details>
      <ExportLine state={exporter.state} onCancel={exporter.cancel} />
    </div>
  );
}

function ExportLine({ state, onCancel }: { readonly state: ResultsExportState; readonly onCancel: () => void }) {
  const { t } = useI18n();
  let message = '';
  switch (state.kind) {
    case 'idle':
      break;
    case 'working':
      message = state.progress ? t.pdfProgress(state.progress.phase, state.progress.done, state.progress.total) : t.resultsExporting;
      break;
    case 'saved':
      message = t.resultsSaved(state.count, state.path) + (state.receiptPath ? `. ${t.receiptSaved(state.receiptPath)}` : '');
      break;
    case 'canceled':
      message = t.exportCanceled;
      break;
    case 'failed':
      message = t.exportFailed(state.message);
      break;
  }
  return (
    <p className="results-export-status" data-kind={state.kind}>
      <span role="status">{message}</span>
      {state.kind === 'working' && state.pdf && (
        <button type="button" onClick={onCancel}>
          {t.cancelExport}
        </button>
      )}
    </p>
  );
}
