/**
 * Native dialogs, always modal to the window that asked (a dialog behind the window looks like a hang).
 * Tests replace `dialog.showOpenDialog` / `dialog.showSaveDialog` from the main process.
 */
import path from 'node:path';
import { app, dialog, type BrowserWindow } from 'electron';

export async function chooseArchiveFolder(parent: BrowserWindow | null): Promise<string | null> {
  const options: Electron.OpenDialogOptions = {
    title: 'Open Archive',
    buttonLabel: 'Open Archive',
    properties: ['openDirectory'],
  };
  const result = parent === null ? await dialog.showOpenDialog(options) : await dialog.showOpenDialog(parent, options);
  return result.canceled ? null : (result.filePaths[0] ?? null);
}

export async function chooseSavePath(parent: BrowserWindow | null, suggestedName: string): Promise<string | null> {
  const options: Electron.SaveDialogOptions = {
    title: 'Export PDF',
    buttonLabel: 'Export',
    defaultPath: path.join(app.getPath('documents'), suggestedName),
    filters: [{ name: 'PDF', extensions: ['pdf'] }],
    properties: ['createDirectory', 'showOverwriteConfirmation'],
  };
  const result = parent === null ? await dialog.showSaveDialog(options) : await dialog.showSaveDialog(parent, options);
  return result.canceled || result.filePath === '' ? null : result.filePath;
}
