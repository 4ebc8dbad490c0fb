/** Installs the application menu built in menu-template.ts. */
import { app, Menu } from 'electron';
import type { MenuActions } from './menu-template';
import { buildMenuTemplate } from './menu-template';

export function setupMenu(actions: MenuActions): void {
  const template = buildMenuTemplate(actions, { isPackaged: app.isPackaged, platform: process.platform, appName: app.name });
  Menu.setApplicationMenu(Menu.buildFromTemplate(template));
}
