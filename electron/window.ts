/**
 * The main window: sandboxed, isolated, showing `app://archivo/index.html`, with the failure hooks that
 * make a blank window diagnosable (a preload that failed, a page that did not load, a renderer crash).
 */
import path from 'node:path';
import { BrowserWindow } from 'electron';
import { APP_INDEX_URL } from './app-url';

/**
 * The main window's options, the one place the security-relevant webPreferences are set (a unit test
 * reads them). Pure: `preload` must be absolute, or Electron silently drops it.
 */
export function mainWindowOptions({ preload }: { readonly preload: string }): Electron.BrowserWindowConstructorOptions {
  if (!path.isAbsolute(preload)) throw new Error(`the preload path must be absolute, got ${preload}`);
  return {
    title: 'Archivo',
    width: 1280,
    height: 840,
    minWidth: 720,
    minHeight: 480,
    show: false,
    autoHideMenuBar: false,
    webPreferences: {
      preload,
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      experimentalFeatures: false,
      webviewTag: false,
      navigateOnDragDrop: false,
      spellcheck: false,
    },
  };
}

export function createMainWindow(): BrowserWindow {
  // Must be absolute: a relative path is dropped silently and window.archivo never appears.
  const window = new BrowserWindow(mainWindowOptions({ preload: path.join(__dirname, 'preload.cjs') }));

  window.once('ready-to-show', () => window.show());
  const contents = window.webContents;
  contents.on('preload-error', (_event, preloadPath, error) => {
    console.error(`archivo: preload ${preloadPath} failed:`, error);
  });
  contents.on('did-fail-load', (_event, errorCode, errorDescription, validatedURL, isMainFrame) => {
    if (isMainFrame) console.error(`archivo: could not load ${validatedURL}: ${errorDescription} (${errorCode})`);
  });
  contents.on('render-process-gone', (_event, details) => {
    console.error(`archivo: renderer process gone (${details.reason}, exit code ${details.exitCode})`);
  });

  void window.loadURL(APP_INDEX_URL).catch((error: unknown) => {
    console.error('archivo: loading the window failed:', error);
  });
  return window;
}
