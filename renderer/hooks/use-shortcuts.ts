/**
 * Window-wide shortcuts and the menu commands main sends. Keys that only make sense inside one widget
 * (arrows in the result list) stay with that widget.
 */
import { useEffect, useLayoutEffect, useRef } from 'react';
import type { AppCommand, ArchivoApi } from '../../electron/api';
import { hasPrimaryModifier, isEditableTarget } from '../platform';
import { assertNever } from './use-export';

export interface ShortcutActions {
  readonly focusSearch: () => void;
  readonly exportPdf: () => void;
  readonly escape: () => boolean;
}

export function useShortcuts(api: ArchivoApi, actions: ShortcutActions): void {
  // Read the latest actions without re-subscribing on every render.
  const current = useRef(actions);
  useLayoutEffect(() => {
    current.current = actions;
  });

  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent): void => {
      if (event.defaultPrevented || event.isComposing) return;
      const key = event.key.toLowerCase();
      if (hasPrimaryModifier(event) && !event.shiftKey && (key === 'k' || key === 'p')) {
        event.preventDefault();
        if (key === 'k') current.current.focusSearch();
        else current.current.exportPdf();
        return;
      }
      if (event.key === '/' && !event.ctrlKey && !event.metaKey && !event.altKey && !isEditableTarget(event.target)) {
        event.preventDefault();
        current.current.focusSearch();
        return;
      }
      if (event.key === 'Escape' && current.current.escape()) event.preventDefault();
    };
    window.addEventListener('keydown', onKeyDown);

    const unsubscribe = api.onCommand((command: AppCommand) => {
      switch (command) {
        case 'focus-search':
          return current.current.focusSearch();
        case 'export-pdf':
          return current.current.exportPdf();
        default:
          return assertNever(command);
      }
    });
    return () => {
      window.removeEventListener('keydown', onKeyDown);
      unsubscribe();
    };
  }, [api]);
}
