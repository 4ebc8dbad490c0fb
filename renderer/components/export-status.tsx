import type { ExportState } from '../hooks/use-export';
import { useI18n } from '../i18n/i18n-context';

/** The outcome of the last export, announced politely; empty while nothing happened. */
export function ExportStatus({ state }: { readonly state: ExportState }) {
  const { t } = useI18n();
  let message = '';
  switch (state.kind) {
    case 'idle':
      break;
    case 'working':
      message = t.exporting;
      break;
    case 'saved':
      message = t.exportSaved(state.path);
      break;
    case 'failed':
      message = t.exportFailed(state.message);
      break;
  }
  return (
    <p className="export-status" role="status" data-kind={state.kind} data-no-find>
      {message}
    </p>
  );
}
