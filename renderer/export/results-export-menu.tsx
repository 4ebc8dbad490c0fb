/** "Export results…": all results of the current search, or only the ticked ones, as a table, references or PDFs. */
import { useState } from 'react';
import type { ArchivoApi, PdfLayout, ResultsFormat, ResultsSelection, SelectedResult } from '../../electron/api';
import { useI18n } from '../i18n/i18n-context';
import type { Messages } from '../i18n/messages';
import { useResultsExport, type ResultsExportState } from './use-results-export';

/** What the format list offers: the file formats, then the two PDF layouts. */
type ExportChoice = ResultsFormat | `pdf-${PdfLayout}`;

const TABLES: readonly ResultsFormat[] = ['csv', 'json'];
const REFERENCES: readonly ResultsFormat[] = ['csl-json', 'ris', 'bibtex'];
const PDFS: readonly PdfLayout[] = ['combined', 'per-article'];

/** Formats' own names, the same in every language. */
const FORMAT_LABELS: Readonly<Record<ResultsFormat, string>> = {
  csv: 'CSV',
  json: 'JSON',
  'csl-json': 'CSL-JSON',
  ris: 'RIS',
  bibtex: 'BibTeX',
};

const pdfLabel = (layout: PdfLayout, t: Messages): string => (layout === 'combined' ? t.pdfCombined : t.pdfPerArticle);

export interface ResultsExportMenuProps {
  readonly api: ArchivoApi;
  /** The search shown: query, sort and filters. */
  readonly search: ResultsSelection;
  readonly total: number;
  /** Results ticked in the list, in list order. */
  readonly ticked: readonly SelectedResult[];
}

export function ResultsExportMenu({ api, search, total, ticked }: ResultsExportMenuProps) {
  const { t, language } = useI18n();
  const [choice, setChoice] = useState<ExportChoice>('csv');
  const [receipt, setReceipt] = useState(false);
  const [highlight, setHighlight] = useState(false);
  // With results ticked, the ticked ones are what the user most likely means.
  const [onlyTicked, setOnlyTicked] = useState(true);
  const tickedOnly = onlyTicked && ticked.length > 0;
  const exporter = useResultsExport(api, tickedOnly ? { ...search, selected: ticked } : search, language);
  const working = exporter.state.kind === 'working';
  const pdf = choice.startsWith('pdf-') ? (choice.slice(4) as PdfLayout) : null;

  const start = (): void => {
    if (pdf !== null) exporter.exportPdf(pdf, highlight);
    else exporter.exportFile(choice as ResultsFormat, receipt);
  };

  return (
    <div className="results-export">
      <details>
        <summary>{t.exportResults}</summary>
        <div className="results-export-panel" role="group" aria-label={t.exportResultsTitle}>
          {ticked.length > 0 && (
            <fieldset>
              <legend>{t.exportScope}</legend>
              <label>
                <input type="radio" name="export-scope" checked={!tickedOnly} onChange={() => setOnlyTicked(false)} />
                <span>{t.scopeAll(total)}</span>
              </label>
              <label>
                <input type="radio" name="export-scope" checked={tickedOnly} onChange={() => setOnlyTicked(true)} />
                <span>{t.scopeTicked(ticked.length)}</span>
              </label>
            </fieldset>
          )}
          <label>
            <span>{t.exportFormat}</span>
            <select value={choice} onChange={(event) => setChoice(event.target.value as ExportChoice)}>
              {[
                { label: t.formatTables, formats: TABLES },
                { label: t.formatReferences, formats: REFERENCES },
              ].map(({ label, formats }) => (
                <optgroup key={label} label={label}>
                  {formats.map((format) => (
                    <option key={format} value={format}>
                      {FORMAT_LABELS[format]}
                    </option>
                  ))}
                </optgroup>
              ))}
              <optgroup label="PDF">
                {PDFS.map((layout) => (
                  <option key={layout} value={`pdf-${layout}`}>
                    {pdfLabel(layout, t)}
                  </option>
                ))}
              </optgroup>
            </select>
          </label>
          {pdf === null ? (
            <label className="checkbox">
              <input type="checkbox" checked={receipt} onChange={(event) => setReceipt(event.target.checked)} />
              <span>{t.exportReceipt}</span>
            </label>
          ) : (
            <label className="checkbox">
              <input type="checkbox" checked={highlight} onChange={(event) => setHighlight(event.target.checked)} />
              <span>{t.exportHighlight}</span>
            </label>
          )}
          <button type="button" className="primary" disabled={working} onClick={start}>
            {t.exportResultsButton}
          </button>
        </div>
      </details>
      <ExportLine state={exporter.state} onCancel={exporter.cancel} />
    </div>
  );
}

function ExportLine({ state, onCancel }: { readonly state: ResultsExportState; readonly onCancel: () => void }) {
  const { t } = useI18n();
  return (
    <p className="results-export-status" data-kind={state.kind}>
      <span role="status">{exportMessage(state, t)}</span>
      {state.kind === 'working' && state.pdf !== null && (
        <button type="button" onClick={onCancel}>
          {t.cancelExport}
        </button>
      )}
    </p>
  );
}

function exportMessage(state: ResultsExportState, t: Messages): string {
  switch (state.kind) {
    case 'idle':
      return '';
    case 'working': {
      const { progress } = state;
      if (progress === null) return t.resultsExporting;
      if (state.pdf === 'per-article' && progress.phase !== 'done') return t.pdfFilesProgress(progress.done, progress.total);
      return t.pdfProgress(progress.phase, progress.done, progress.total);
    }
    case 'saved': {
      const saved = state.folder ? t.pdfsSaved(state.count, state.path) : t.resultsSaved(state.count, state.path);
      return saved + (state.receiptPath ? `. ${t.receiptSaved(state.receiptPath)}` : '');
    }
    case 'canceled':
      return t.exportCanceled;
    case 'failed':
      return t.exportFailed(state.message);
  }
}
