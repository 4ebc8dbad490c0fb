import type { ArchiveStatus } from '../../electron/api';
import { folderName } from '../format';
import { useI18n } from '../i18n/i18n-context';

export interface StartScreenProps {
  /** Null while the first status is on its way. */
  readonly status: Exclude<ArchiveStatus, { state: 'ready' }> | null;
  readonly recent: readonly string[];
  readonly onOpenArchive: () => void;
  readonly onOpenRecent: (root: string) => void;
}

/** Everything before an archive is ready to search: nothing open, indexing, or a failure to open. */
export function StartScreen(props: StartScreenProps) {
  return (
    <main className="start-screen">
      <div className="start-card">
        <Content {...props} />
      </div>
    </main>
  );
}

function Content({ status, recent, onOpenArchive, onOpenRecent }: StartScreenProps) {
  const { t } = useI18n();
  const openButton = (label: string) => (
    <button type="button" className="primary" onClick={onOpenArchive}>
      {label}
    </button>
  );
  const recentList = recent.length > 0 && (
    <nav className="recent" aria-labelledby="recent-title">
      <h3 id="recent-title">{t.recentArchives}</h3>
      <ul>
        {recent.map((root) => (
          <li key={root}>
            <button type="button" className="link-button" onClick={() => onOpenRecent(root)} title={root}>
              {folderName(root)}
            </button>
            <code className="path">{root}</code>
          </li>
        ))}
      </ul>
    </nav>
  );
  if (status === null) return <p className="hint" role="status">{t.starting}</p>;
  switch (status.state) {
    case 'empty':
      return (
        <>
          <h2>{t.emptyTitle}</h2>
          <p>{t.emptyHint}</p>
          {openButton(t.openArchive)}
          {recentList}
        </>
      );
    case 'loading':
      return (
        <div role="status" className="loading">
          <span className="spinner" aria-hidden="true" />
          <p>{t.indexing(folderName(status.root))}</p>
          <p className="hint">{t.indexingHint}</p>
        </div>
      );
    case 'error':
      return (
        <>
          <h2>{t.errorTitle}</h2>
          <p className="message error" role="alert">
            {status.message}
          </p>
          {status.root !== '' && (
            <p className="hint">
              <code className="path">{status.root}</code>
            </p>
          )}
          <p className="hint">{t.errorHint}</p>
          {openButton(t.openAnotherArchive)}
          {recentList}
        </>
      );
  }
}
