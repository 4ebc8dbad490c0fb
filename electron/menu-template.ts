/**
 * The application menu as data. Pure (type-only Electron import), so the rules "no reload or devtools
 * in a packaged app" and "every command has its accelerator" are unit-tested.
 */
import type { MenuItemConstructorOptions } from 'electron';
import type { AppCommand } from './api';

export interface MenuActions {
  readonly openArchive: () => void;
  readonly sendCommand: (command: AppCommand) => void;
}

export interface MenuContext {
  readonly isPackaged: boolean;
  readonly platform: NodeJS.Platform;
  readonly appName: string;
}

export function buildMenuTemplate(actions: MenuActions, context: MenuContext): MenuItemConstructorOptions[] {
  const isMac = context.platform === 'darwin';
  const appMenu: MenuItemConstructorOptions[] = isMac
    ? [
        {
          label: context.appName,
          submenu: [
            { role: 'about' },
            { type: 'separator' },
            { role: 'services' },
            { type: 'separator' },
            { role: 'hide' },
            { role: 'hideOthers' },
            { role: 'unhide' },
            { type: 'separator' },
            { role: 'quit' },
          ],
        },
      ]
    : [];

  const fileMenu: MenuItemConstructorOptions = {
    label: '&File',
    submenu: [
      { label: 'Open Archive…', accelerator: 'CmdOrCtrl+O', click: () => actions.openArchive() },
      { type: 'separator' },
      { label: 'Export PDF…', accelerator: 'CmdOrCtrl+P', click: () => actions.sendCommand('export-pdf') },
      ...(isMac ? [] : [{ type: 'separator' } as const, { role: 'quit' } as const]),
    ],
  };

  const viewMenu: MenuItemConstructorOptions = {
    label: '&View',
    submenu: [
      ...(context.isPackaged ? [] : [{ role: 'reload' } as const, { role: 'toggleDevTools' } as const, { type: 'separator' } as const]),
      { role: 'resetZoom' },
      { role: 'zoomIn' },
      { role: 'zoomOut' },
      { type: 'separator' },
      { role: 'togglefullscreen' },
    ],
  };

  const helpMenu: MenuItemConstructorOptions = {
    role: 'help',
    label: '&Help',
    submenu: [{ label: 'Keyboard Shortcuts', click: () => actions.sendCommand('focus-search') }],
  };

  return [...appMenu, fileMenu, { role: 'editMenu', label: '&Edit' }, viewMenu, ...(isMac ? [{ role: 'windowMenu' } as const] : []), helpMenu];
}
