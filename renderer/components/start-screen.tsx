import type { ArchiveStatus } from '../../electron/api';
import { folderName } from '../format';
import { strings } from '../strings';

export interface StartScreenProps {
  /** Null while the first status is on its way. */
  readonly status: Exclude<ArchiveStatus, { state: 'ready' }> | null;
  readonly onOpenArchive: () => void;
}

/** Everything before an archive is ready to search: nothing open, indexing, or a failure to open. */
export function StartScreen({ status, onOpenArchive }: StartScreenProps) {
  return (
    <main className="start-screen">
      <div className="start-card">{content(status, onOpenArchive)}</div>
    </main>
  );
}

function content(status: StartScreenProps['status'], onOpenArchive: () => void) {
  const openButton = (label: string) => (
    <button type="button" className="primary" onClick={onOpenArchive}>
      {label}
    </button>
  );
  if (status === null) return <p className="hint" role="status">{strings.starting}</p>;
  switch (status.state) {
    case 'empty':
      return (
        <>
          <h2>{strings.emptyTitle}</h2>
          <p>{strings.emptyHint}</p>
          {openButton(strings.openArchive)}
        </>
      );
    case 'loading':
      return (
        <div role="status" className="loading">
          <span className="spinner" aria-hidden="true" />
          <p>{strings.indexing(folderName(status.root))}</p>
          <p className="hint">{strings.indexingHint}</p>
        </div>
      );
    case 'error':
      return (
        <>
          <h2>{strings.errorTitle}</h2>
          <p className="message error" role="alert">
            {status.message}
          </p>
          {status.root !== '' && (
            <p className="hint">
              <code className="path">{status.root}</code>
            </p>
          )}
          {openButton(strings.openAnotherArchive)}
        </>
      );
  }
}
