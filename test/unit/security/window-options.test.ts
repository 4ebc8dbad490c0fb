/**
 * The main window's webPreferences are the heart of Electron's security checklist: one weakened flag
 * hands article content (or anyone who injects script into the shell) the user's machine.
 */
import path from 'node:path';
import { describe, expect, it, vi } from 'vitest';

// window.ts creates BrowserWindows; only the pure options factory is under test here.
vi.mock('electron', () => ({ BrowserWindow: class {} }));
const { mainWindowOptions } = await import('../../../electron/window');

const preload = path.resolve('/opt/Archivo/resources/app.asar/out/electron/preload.cjs');

describe('mainWindowOptions', () => {
  const prefs = mainWindowOptions({ preload }).webPreferences ?? {};

  it('isolates and sandboxes the renderer, with no Node anywhere', () => {
    expect(prefs.contextIsolation).toBe(true);
    expect(prefs.sandbox).toBe(true);
    expect(prefs.nodeIntegration).toBe(false);
    expect(prefs.nodeIntegrationInSubFrames).toBe(false);
    expect(prefs.nodeIntegrationInWorker).toBe(false);
  });

  it('keeps the web security model and turns nothing experimental on', () => {
    expect(prefs.webSecurity).toBe(true);
    expect(prefs.allowRunningInsecureContent).toBe(false);
    expect(prefs.experimentalFeatures).toBe(false);
    expect(prefs.enableBlinkFeatures).toBeUndefined();
    expect(prefs.webviewTag).toBe(false);
    expect(prefs.navigateOnDragDrop).toBe(false);
  });

  it('uses the absolute preload path it is given, and refuses a relative one (Electron would drop it silently)', () => {
    expect(prefs.preload).toBe(preload);
    expect(() => mainWindowOptions({ preload: 'preload.cjs' })).toThrow(/absolute/);
    expect(() => mainWindowOptions({ preload: './out/electron/preload.cjs' })).toThrow(/absolute/);
  });

  it('sets no other session, partition or preference that would escape the guards in security.ts', () => {
    expect(prefs.session).toBeUndefined();
    expect(prefs.partition).toBeUndefined();
    expect(Object.keys(prefs).sort()).toEqual(
      [
        'allowRunningInsecureContent', 'contextIsolation', 'experimentalFeatures', 'navigateOnDragDrop', 'nodeIntegration',
        'nodeIntegrationInSubFrames', 'nodeIntegrationInWorker', 'preload', 'sandbox', 'spellcheck', 'webSecurity', 'webviewTag',
      ].sort(),
    );
  });
});
