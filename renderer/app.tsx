import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import type { ArchivoApi } from '../electron/api';
import { SettingsControls } from './components/settings-controls';
import { ShortcutsDialog } from './components/shortcuts-dialog';
import { StartScreen } from './components/start-screen';
import { StatusBar } from './components/status-bar';
import { Workspace, type WorkspaceActions } from './components/workspace';
import { useArchiveStatus } from './hooks/use-archive-status';
import { useShortcuts } from './hooks/use-shortcuts';
import { I18nProvider } from './i18n/i18n-context';
import { effectiveLanguage, localeFor } from './i18n/language';
import { createTranslation } from './i18n/messages';
import { stepZoom } from './preferences/preferences';
import { useApplyPreferences, usePreferences, useSystemDark } from './preferences/use-preferences';

/** Preferences, language and app-wide shortcuts around whichever screen the archive's status calls for. */
export function App({ api }: { readonly api: ArchivoApi }) {
  const { preferences, update } = usePreferences();
  const systemDark = useSystemDark();
  const languages = navigator.languages;
  const language = effectiveLanguage(preferences.language, languages);
  const translation = useMemo(() => createTranslation(language, localeFor(language, languages)), [language, languages]);
  useApplyPreferences(preferences, language, systemDark, api);

  const { status, failure, openArchive, openRecent } = useArchiveStatus(api);
  const [recent, setRecent] = useState<readonly string[]>([]);
  const [problemsOpen, setProblemsOpen] = useState(false);
  const [shortcutsOpen, setShortcutsOpen] = useState(false);
  const workspace = useRef<WorkspaceActions>(null);

  useEffect(() => {
    if (status?.state === 'ready') return;
    api.getRecentArchives().then(setRecent, () => setRecent([]));
  }, [api, status?.state]);

  const zoom = useCallback((direction: -1 | 0 | 1) => update({ zoom: stepZoom(preferences.zoom, direction) }), [update, preferences.zoom]);

  useShortcuts(api, {
    focusSearch: () => workspace.current?.focusSearch(),
    exportPdf: () => workspace.current?.exportPdf(),
    findInArticle: () => workspace.current?.findInArticle(),
    escape: () => {
      if (shortcutsOpen) {
        setShortcutsOpen(false);
        return true;
      }
      return workspace.current?.escape() ?? false;
    },
    showShortcuts: () => setShortcutsOpen(true),
    zoom,
    setTheme: (theme) => update({ theme }),
    setLanguage: (next) => update({ language: next }),
  });

  const ready = status?.state === 'ready' && failure === null ? status : null;
  const shown = failure !== null ? ({ state: 'error', root: '', message: failure } as const) : status?.state === 'ready' ? null : status;

  return (
    <I18nProvider value={translation}>
      <div className="app">
        <StatusBar
          summary={ready?.summary ?? null}
          indexing={ready?.indexing ?? null}
          onStopIndexing={() => void api.stopIndexing()}
          problemsOpen={problemsOpen}
          onToggleProblems={() => setProblemsOpen((value) => !value)}
          // The start page offers its own button, except while indexing.
          {...(ready !== null || shown?.state === 'loading' ? { onOpenArchive: openArchive } : {})}
          onShowShortcuts={() => setShortcutsOpen(true)}
          settings={<SettingsControls preferences={preferences} onChange={update} onZoom={zoom} />}
        />
        {ready !== null ? (
          <Workspace
            key={ready.summary.root}
            api={api}
            summary={ready.summary}
            indexing={ready.indexing}
            problemsOpen={problemsOpen}
            onCloseProblems={() => setProblemsOpen(false)}
            preferences={preferences}
            onPreferences={update}
            actionsRef={workspace}
          />
        ) : (
          <StartScreen status={shown} recent={recent} onOpenArchive={openArchive} onOpenRecent={openRecent} />
        )}
        {shortcutsOpen && <ShortcutsDialog onClose={() => setShortcutsOpen(false)} />}
      </div>
    </I18nProvider>
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
