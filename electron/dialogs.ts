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

/** `filter` names the file type offered (a PDF when omitted). */
export async function chooseSavePath(
  parent: BrowserWindow | null,
  suggestedName: string,
  filter: { readonly name: string; readonly extensions: readonly string[] } = { name: 'PDF', extensions: ['pdf'] },
): Promise<string | null> {
  const options: Electron.SaveDialogOptions = {
    title: `Export ${filter.name}`,
    buttonLabel: 'Export',
    defaultPath: path.join(app.getPath('documents'), suggestedName),
    filters: [{ name: filter.name, extensions: [...filter.extensions] }],
    properties: ['createDirectory', 'showOverwriteConfirmation'],
  };
  const result = parent === null ? await dialog.showSaveDialog(options) : await dialog.showSaveDialog(parent, options);
  return result.canceled || result.filePath === '' ? null : result.filePath;
}

/** The folder in which a new folder `folderName` of PDFs will be made (the dialog says so). */
export async function chooseExportFolder(parent: BrowserWindow | null, folderName: string): Promise<string | null> {
  const options: Electron.OpenDialogOptions = {
    title: `Export PDFs into a new folder “${folderName}” in…`,
    // macOS shows `message`, not `title`, on open panels.
    message: `A new folder “${folderName}” will hold one PDF per article.`,
    buttonLabel: 'Export Here',
    defaultPath: app.getPath('documents'),
    properties: ['openDirectory', 'createDirectory', 'promptToCreate'],
  };
  const result = parent === null ? await dialog.showOpenDialog(options) : await dialog.showOpenDialog(parent, options);
  return result.canceled ? null : (result.filePaths[0] ?? null);
}
