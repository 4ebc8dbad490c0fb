/**
 * The application menu as data. Pure (type-only Electron import), so the rules "no reload or devtools
 * in a packaged app", "every command has its accelerator" and "the menu shows the renderer's choices"
 * are unit-tested.
 */
import type { MenuItemConstructorOptions } from 'electron';
import type { AppCommand, LanguagePreference, ThemePreference, UiPreferences } from './api';
import { MENU_LABELS } from './menu-labels';

export interface MenuActions {
  readonly openArchive: () => void;
  /** Optional so the shell builds before main wires recent archives; without it the list is not shown. */
  readonly openRecent?: (root: string) => void;
  readonly sendCommand: (command: AppCommand) => void;
}

export interface MenuContext {
  readonly isPackaged: boolean;
  readonly platform: NodeJS.Platform;
  readonly appName: string;
}

/** What the menu reflects: the recent archives and the renderer's last reported preferences. */
export interface MenuState {
  readonly recent: readonly string[];
  readonly preferences: UiPreferences | null;
}

export const EMPTY_MENU_STATE: MenuState = { recent: [], preferences: null };

const LANGUAGE_NAMES: Readonly<Record<Exclude<LanguagePreference, 'system'>, string>> = { en: 'English', es: 'Español', pt: 'Português' };

export function buildMenuTemplate(actions: MenuActions, context: MenuContext, state: MenuState = EMPTY_MENU_STATE): MenuItemConstructorOptions[] {
  const isMac = context.platform === 'darwin';
  const labels = MENU_LABELS[state.preferences?.effectiveLanguage ?? 'en'];
  const theme = state.preferences?.theme ?? 'system';
  const language = state.preferences?.language ?? 'system';
  const send = (command: AppCommand) => () => actions.sendCommand(command);

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

  const recentItems: MenuItemConstructorOptions[] =
    state.recent.length > 0 && actions.openRecent !== undefined
      ? state.recent.map((root) => ({ label: escapeMnemonic(root), click: () => actions.openRecent?.(root) }))
      : [{ label: labels.noRecentArchives, enabled: false }];

  const fileMenu: MenuItemConstructorOptions = {
    label: labels.file,
    submenu: [
      { label: labels.openArchive, accelerator: 'CmdOrCtrl+O', click: () => actions.openArchive() },
      { label: labels.recentArchives, submenu: recentItems },
      { type: 'separator' },
      { label: labels.exportPdf, accelerator: 'CmdOrCtrl+P', click: send('export-pdf') },
      ...(isMac ? [] : [{ type: 'separator' } as const, { role: 'quit' } as const]),
    ],
  };

  const editMenu: MenuItemConstructorOptions = {
    label: labels.edit,
    submenu: [
      { role: 'undo' },
      { role: 'redo' },
      { type: 'separator' },
      { role: 'cut' },
      { role: 'copy' },
      { role: 'paste' },
      { role: 'selectAll' },
      { type: 'separator' },
      { label: labels.focusSearch, accelerator: 'CmdOrCtrl+K', click: send('focus-search') },
      { label: labels.findInArticle, accelerator: 'CmdOrCtrl+F', click: send('find-in-article') },
    ],
  };

  const themeItem = (value: ThemePreference, label: string): MenuItemConstructorOptions => ({
    label,
    type: 'radio',
    checked: theme === value,
    click: send(`theme-${value}`),
  });
  const languageItem = (value: LanguagePreference, label: string): MenuItemConstructorOptions => ({
    label,
    type: 'radio',
    checked: language === value,
    click: send(`language-${value}`),
  });

  const viewMenu: MenuItemConstructorOptions = {
    label: labels.view,
    submenu: [
      ...(context.isPackaged ? [] : [{ role: 'reload' } as const, { role: 'toggleDevTools' } as const, { type: 'separator' } as const]),
      {
        label: labels.theme,
        submenu: [themeItem('system', labels.themeSystem), themeItem('light', labels.themeLight), themeItem('dark', labels.themeDark)],
      },
      {
        label: labels.language,
        submenu: [
          languageItem('system', labels.languageSystem),
          { type: 'separator' },
          languageItem('en', LANGUAGE_NAMES.en),
          languageItem('es', LANGUAGE_NAMES.es),
          languageItem('pt', LANGUAGE_NAMES.pt),
        ],
      },
      { type: 'separator' },
      // Text size, not page zoom: the renderer scales its type and spacing and remembers the size.
      { label: labels.largerText, accelerator: 'CmdOrCtrl+=', click: send('zoom-in') },
      { label: labels.smallerText, accelerator: 'CmdOrCtrl+-', click: send('zoom-out') },
      { label: labels.normalText, accelerator: 'CmdOrCtrl+0', click: send('zoom-reset') },
      { type: 'separator' },
      { role: 'togglefullscreen' },
    ],
  };

  const helpMenu: MenuItemConstructorOptions = {
    role: 'help',
    label: labels.help,
    submenu: [{ label: labels.keyboardShortcuts, accelerator: 'Shift+/', registerAccelerator: false, click: send('show-shortcuts') }],
  };

  return [...appMenu, fileMenu, editMenu, viewMenu, ...(isMac ? [{ role: 'windowMenu' } as const] : []), helpMenu];
}

/** A folder name with "&" would turn the next letter into a mnemonic on Windows and Linux. */
function escapeMnemonic(label: string): string {
  return label.replace(/&/g, '&&');
}
