import type { ArchivoApi } from '../electron/api';
import { StartScreen } from './components/start-screen';
import { StatusBar } from './components/status-bar';
import { Workspace } from './components/workspace';
import { useArchiveStatus } from './hooks/use-archive-status';

/** Chooses the screen from the archive's status; the workspace takes over once an archive is ready. */
export function App({ api }: { readonly api: ArchivoApi }) {
  const { status, failure, openArchive } = useArchiveStatus(api);

  if (status?.state === 'ready' && failure === null) {
    return (
      <Workspace key={status.summary.root} api={api} summary={status.summary} indexing={status.indexing} onOpenArchive={openArchive} />
    );
  }
  const shown =
    failure !== null ? ({ state: 'error', root: '', message: failure } as const) : status?.state === 'ready' ? null : status;
  return (
    <div className="app">
      <StatusBar
        summary={null}
        problemsOpen={false}
        onToggleProblems={() => undefined}
        // While indexing, another archive can be chosen from the header; otherwise the page offers it.
        {...(shown?.state === 'loading' ? { onOpenArchive: openArchive } : {})}
      />
      <StartScreen status={shown} onOpenArchive={openArchive} />
    </div>
  );
}

/** Shown when the page was loaded without the bridge (e.g. opened in a plain browser). */
export function MissingBridge({ message }: { readonly message: string }) {
  return (
    <main className="start-screen">
      <p className="message error" role="alert">
        {message}
      </p>
    </main>
  );
}
