/**
 * Window-wide shortcuts and the menu commands main sends. Keys that only make sense inside one widget
 * (arrows in the result list, Enter in the find bar) stay with that widget.
 */
import { useEffect, useLayoutEffect, useRef } from 'react';
import type { AppCommand, ArchivoApi, LanguagePreference, ThemePreference } from '../../electron/api';
import { hasPrimaryModifier, isEditableTarget } from '../platform';
import { assertNever } from './use-export';

export interface ShortcutActions {
  readonly focusSearch: () => void;
  readonly exportPdf: () => void;
  /** Esc: closes the innermost open thing; false when nothing was open. */
  readonly escape: () => boolean;
  readonly showShortcuts: () => void;
  readonly findInArticle: () => void;
  readonly zoom: (direction: -1 | 0 | 1) => void;
  readonly setTheme: (theme: ThemePreference) => void;
  readonly setLanguage: (language: LanguagePreference) => void;
}

type KeyAction = 'focus-search' | 'export-pdf' | 'find-in-article' | 'zoom-in' | 'zoom-out' | 'zoom-reset';

/** Which primary-modifier shortcut a key press is, if any. */
export function primaryShortcut(key: string, shift: boolean): KeyAction | null {
  switch (key.toLowerCase()) {
    case 'k':
      return shift ? null : 'focus-search';
    case 'p':
      return shift ? null : 'export-pdf';
    case 'f':
      return shift ? null : 'find-in-article';
    case '=':
    case '+':
      return 'zoom-in';
    case '-':
    case '_':
      return 'zoom-out';
    case '0':
      return shift ? null : 'zoom-reset';
    default:
      return null;
  }
}

/** A menu accelerator may fire as well as the page's own handler: the second within this window is dropped. */
const DUPLICATE_WINDOW_MS = 300;

export function useShortcuts(api: ArchivoApi, actions: ShortcutActions): void {
  // Read the latest actions without re-subscribing on every render.
  const current = useRef(actions);
  useLayoutEffect(() => {
    current.current = actions;
  });

  useEffect(() => {
    let lastKey: { action: AppCommand; at: number } | null = null;

    const run = (command: AppCommand): void => {
      const a = current.current;
      switch (command) {
        case 'focus-search':
          return a.focusSearch();
        case 'export-pdf':
          return a.exportPdf();
        case 'show-shortcuts':
          return a.showShortcuts();
        case 'find-in-article':
          return a.findInArticle();
        case 'zoom-in':
          return a.zoom(1);
        case 'zoom-out':
          return a.zoom(-1);
        case 'zoom-reset':
          return a.zoom(0);
        case 'theme-system':
          return a.setTheme('system');
        case 'theme-light':
          return a.setTheme('light');
        case 'theme-dark':
          return a.setTheme('dark');
        case 'language-system':
          return a.setLanguage('system');
        case 'language-en':
          return a.setLanguage('en');
        case 'language-es':
          return a.setLanguage('es');
        case 'language-pt':
          return a.setLanguage('pt');
        default:
          return assertNever(command);
      }
    };

    const onKeyDown = (event: KeyboardEvent): void => {
      if (event.defaultPrevented || event.isComposing) return;
      if (hasPrimaryModifier(event)) {
        const action = primaryShortcut(event.key, event.shiftKey);
        if (action === null) return;
        event.preventDefault();
        lastKey = { action, at: Date.now() };
        run(action);
        return;
      }
      const plain = !event.ctrlKey && !event.metaKey && !event.altKey;
      if (plain && event.key === '/' && !isEditableTarget(event.target)) {
        event.preventDefault();
        current.current.focusSearch();
        return;
      }
      if (plain && event.key === '?' && !isEditableTarget(event.target)) {
        event.preventDefault();
        current.current.showShortcuts();
        return;
      }
      if (event.key === 'Escape' && current.current.escape()) event.preventDefault();
    };
    window.addEventListener('keydown', onKeyDown);

    const unsubscribe = api.onCommand((command: AppCommand) => {
      if (lastKey !== null && lastKey.action === command && Date.now() - lastKey.at < DUPLICATE_WINDOW_MS) return;
      run(command);
    });
    return () => {
      window.removeEventListener('keydown', onKeyDown);
      unsubscribe();
    };
  }, [api]);
}
