/**
 * Applies the remembered window state to a new window and keeps it up to date. Call before the window
 * is shown (it is created hidden and shown on ready-to-show), so it never jumps on screen:
 *
 *   await setupWindowState(mainWindow, path.join(app.getPath('userData'), 'window-state.json'));
 */
import { screen, type BrowserWindow } from 'electron';
import { fitToDisplays, readWindowState, writeWindowState, type WindowState } from './window-state';

/** Moving or resizing fires many events: save once it settles. */
const SAVE_DELAY_MS = 500;

export async function setupWindowState(window: BrowserWindow, file: string): Promise<void> {
  const saved = await readWindowState(file);
  if (saved !== null && !window.isDestroyed()) {
    window.setBounds(fitToDisplays(saved.bounds, screen.getAllDisplays().map((display) => display.workArea)));
    if (saved.maximized) window.maximize();
  }

  let timer: NodeJS.Timeout | null = null;
  const capture = (): WindowState => ({
    // The normal bounds, so a maximised window restores to its previous size next time.
    bounds: window.getNormalBounds(),
    maximized: window.isMaximized(),
  });
  const save = (): void => {
    if (timer !== null) clearTimeout(timer);
    timer = null;
    if (window.isDestroyed() || window.isMinimized() || window.isFullScreen()) return;
    writeWindowState(file, capture()).catch((error: unknown) => console.error('archivo: could not save the window state', error));
  };
  const later = (): void => {
    if (timer !== null) clearTimeout(timer);
    timer = setTimeout(save, SAVE_DELAY_MS);
  };
  window.on('resize', later);
  window.on('move', later);
  window.on('maximize', save);
  window.on('unmaximize', save);
  window.on('close', save);
}
