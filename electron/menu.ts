/** Installs the application menu built in menu-template.ts, and rebuilds it when what it shows changes. */
import { app, Menu } from 'electron';
import type { UiPreferences } from './api';
import { buildMenuTemplate, EMPTY_MENU_STATE, type MenuActions, type MenuState } from './menu-template';

export interface MenuControl {
  /** The recent archives changed (File › Recent Archives). */
  setRecent(recent: readonly string[]): void;
  /** The renderer reported its preferences (checks in View, the menu's language). */
  setPreferences(preferences: UiPreferences): void;
}

export function setupMenu(actions: MenuActions, initial: Partial<MenuState> = {}): MenuControl {
  let state: MenuState = { ...EMPTY_MENU_STATE, ...initial };
  const install = (): void => {
    const template = buildMenuTemplate(actions, { isPackaged: app.isPackaged, platform: process.platform, appName: app.name }, state);
    Menu.setApplicationMenu(Menu.buildFromTemplate(template));
  };
  install();
  return {
    setRecent(recent) {
      state = { ...state, recent };
      install();
    },
    setPreferences(preferences) {
      const previous = state.preferences;
      state = { ...state, preferences };
      // Rebuilding the menu is not free: only when something it shows changed.
      if (previous?.theme !== preferences.theme || previous?.language !== preferences.language || previous?.effectiveLanguage !== preferences.effectiveLanguage) {
        install();
      }
    },
  };
}
