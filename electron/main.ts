/**
 * Entry point of the desktop app (bundled to out/electron/main.cjs). Everything that must happen
 * before `ready` is at the top level here, in order; everything else is a `setupX()` composed in
 * `onReady`, one concern per file.
 */
import { mkdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { app, BrowserWindow, clipboard, nativeTheme, session } from 'electron';
import { registerAppScheme, setupAppProtocol } from './app-protocol';
import { chooseArchive, sampleArchivePath } from './archive-location';
import { createArchiveSession, type ArchiveSession } from './archive-session';
import { parseAppArgs } from './args';
import { chooseArchiveFolder, chooseExportFolder, chooseSavePath } from './dialogs';
import { createIpcHandlers } from './ipc-handlers';
import { registerIpcHandlers, sendToRenderer } from './ipc-main';
import { setupMenu } from './menu';
import { renderArticlePdf, renderHtmlToPdf } from './print-to-pdf';
import { loadRecentArchives } from './recent-archives';
import { openExternalAfterConfirm, setupSecurity } from './security';
import { readSettings, writeSettings } from './settings';
import { createMainWindow } from './window';
import { windowStateWritten } from './window-state';
import { setupWindowState } from './window-state-electron';
import { workerLibraryOpener } from './worker-library';

// Test hook: each end-to-end run gets its own profile. Must precede the single-instance lock, which
// locks the userData folder, and `ready`; setPath throws if the folder does not exist.
const userDataOverride = process.env['ARCHIVO_USER_DATA'];
if (userDataOverride) {
  const dir = path.resolve(userDataOverride);
  mkdirSync(dir, { recursive: true });
  app.setPath('userData', dir);
}

// Both must run before `ready`, once.
registerAppScheme();
app.enableSandbox();

const launchArgs = parseAppArgs(process.argv, { defaultApp: process.defaultApp === true });
const launchArchive = launchArgs.archive === null ? null : path.resolve(process.cwd(), launchArgs.archive);

let mainWindow: BrowserWindow | null = null;
let archiveSession: ArchiveSession | null = null;

if (!app.requestSingleInstanceLock({ archive: launchArchive })) {
  app.quit();
} else {
  app.on('second-instance', (_event, _argv, _cwd, additionalData) => {
    const archive = archiveFromInstanceData(additionalData);
    if (archive !== null) void archiveSession?.open(archive);
    showMainWindow();
  });
  app.on('window-all-closed', () => {
    if (process.platform !== 'darwin') app.quit();
  });
  // The window's state is written as it closes; quit once that write has landed.
  let stateWritten = false;
  app.on('will-quit', (event) => {
    if (stateWritten) return;
    event.preventDefault();
    void windowStateWritten().finally(() => {
      stateWritten = true;
      app.quit();
    });
  });
  app.whenReady().then(onReady, (error: unknown) => {
    console.error('archivo: failed before start:', error);
    app.exit(1);
  });
}

async function onReady(): Promise<void> {
  const ses = session.defaultSession;
  setupSecurity(ses);
  setupAppProtocol(ses, path.join(__dirname, '..', 'renderer'));

  const userData = app.getPath('userData');
  const settingsFile = path.join(userData, 'settings.json');
  const windowStateFile = path.join(userData, 'window-state.json');
  const recent = await loadRecentArchives(path.join(userData, 'recent-archives.json'));
  const sampleArchive = sampleArchivePath({
    isPackaged: app.isPackaged,
    appPath: app.getAppPath(),
    resourcesPath: process.resourcesPath,
  });
  const archive = createArchiveSession({
    openLibrary: workerLibraryOpener({ workerFile: path.join(__dirname, 'archive-worker.cjs') }),
    onStatus: (status) => {
      for (const window of BrowserWindow.getAllWindows()) sendToRenderer(window.webContents, 'archive:status-changed', status);
    },
    // The sample is where every start without a remembered archive ends up anyway.
    onOpened: async (root) => {
      if (root === sampleArchive) return;
      await writeSettings(settingsFile, { lastArchive: root });
      menu.setRecent(await recent.add(root));
    },
  });
  archiveSession = archive;

  registerIpcHandlers(
    createIpcHandlers({
      getLibrary: () => archive.getLibrary(),
      getStatus: () => archive.getStatus(),
      chooseArchiveFolder: () => chooseArchiveFolder(currentWindow()),
      openArchive: (root) => archive.open(root),
      chooseSavePath: (name, filter) => chooseSavePath(currentWindow(), name, filter),
      chooseExportFolder: (folderName) => chooseExportFolder(currentWindow(), folderName),
      renderPdf: (article, highlights) => renderArticlePdf(article, highlights),
      // Printing cannot be interrupted mid-page; a cancel takes effect between print passes.
      renderHtml: (html) => renderHtmlToPdf(html),
      // The system's region picks the paper (es-MX → Letter) when it speaks the UI's language.
      printLocale: (language) => (app.getLocale().toLowerCase().startsWith(language) ? app.getLocale() : language),
      // In main: the sandboxed renderer has no clipboard permission (every permission is denied).
      copyToClipboard: ({ text, html }) => clipboard.write({ text, html }),
      emit: (channel, payload) => {
        for (const window of BrowserWindow.getAllWindows()) sendToRenderer(window.webContents, channel, payload);
      },
      getRecentArchives: () => recent.list(),
      // The same confirm-then-open flow as a clicked link: one dialog at a time, http(s) only.
      openExternal: (url) => openExternalAfterConfirm(url),
      onUiPreferences: (preferences) => {
        nativeTheme.themeSource = preferences.theme;
        menu.setPreferences(preferences);
      },
    }),
  );
  const menu = setupMenu(
    {
      openArchive: () => {
        void chooseArchiveFolder(currentWindow()).then((root) => (root === null ? null : archive.open(root)));
      },
      openRecent: (root) => void archive.open(root),
      sendCommand: (command) => {
        const window = currentWindow();
        if (window !== null) sendToRenderer(window.webContents, 'app:command', command);
      },
    },
    { recent: recent.list() },
  );

  mainWindow = await openMainWindow(windowStateFile);
  app.on('activate', () => {
    if (BrowserWindow.getAllWindows().length === 0) void openMainWindow(windowStateFile).then((window) => (mainWindow = window));
  });

  const settings = await readSettings(settingsFile);
  const choice = chooseArchive({
    argument: launchArchive,
    cwd: process.cwd(),
    lastArchive: settings.lastArchive,
    sampleArchive,
    isDirectory,
  });
  await archive.open(choice.root);
}

/** A window placed where the user left it last time (it shows itself once painted). */
async function openMainWindow(windowStateFile: string): Promise<BrowserWindow> {
  const window = createMainWindow();
  await setupWindowState(window, windowStateFile);
  return window;
}

function currentWindow(): BrowserWindow | null {
  const focused = BrowserWindow.getFocusedWindow();
  if (focused !== null) return focused;
  return mainWindow !== null && !mainWindow.isDestroyed() ? mainWindow : null;
}

function showMainWindow(): void {
  const window = currentWindow();
  if (window === null) return;
  if (window.isMinimized()) window.restore();
  window.focus();
}

/** A second launch passes its resolved `--archive` here; anything else in the message is ignored. */
function archiveFromInstanceData(data: unknown): string | null {
  if (typeof data !== 'object' || data === null || !('archive' in data)) return null;
  const archive = (data as { archive: unknown }).archive;
  return typeof archive === 'string' && path.isAbsolute(archive) ? archive : null;
}

function isDirectory(candidate: string): boolean {
  try {
    return statSync(candidate).isDirectory();
  } catch {
    return false;
  }
}
