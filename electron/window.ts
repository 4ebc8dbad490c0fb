/**
 * The main window: sandboxed, isolated, showing `app://archivo/index.html`, with the failure hooks that
 * make a blank window diagnosable (a preload that failed, a page that did not load, a renderer crash).
 */
import path from 'node:path';
import { BrowserWindow } from 'electron';
import { APP_INDEX_URL } from './app-url';

export function createMainWindow(): BrowserWindow {
  const window = new BrowserWindow({
    title: 'Archivo',
    width: 1280,
    height: 840,
    minWidth: 720,
    minHeight: 480,
    show: false,
    autoHideMenuBar: false,
    webPreferences: {
      // Must be absolute: a relative path is dropped silently and window.archivo never appears.
      preload: path.join(__dirname, 'preload.cjs'),
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      webviewTag: false,
      spellcheck: false,
    },
  });

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
