/** Preferences read once from localStorage, written back on every change, and applied to the page. */
import { useCallback, useEffect, useState } from 'react';
import type { ArchivoApi, UiLanguage } from '../../electron/api';
import { parsePreferences, STORAGE_KEY, type Preferences } from './preferences';

export interface PreferencesControl {
  readonly preferences: Preferences;
  readonly update: (change: Partial<Preferences>) => void;
}

function load(): Preferences {
  try {
    return parsePreferences(window.localStorage.getItem(STORAGE_KEY));
  } catch {
    return parsePreferences(null);
  }
}

export function usePreferences(): PreferencesControl {
  const [preferences, setPreferences] = useState<Preferences>(load);

  const update = useCallback((change: Partial<Preferences>) => {
    setPreferences((current) => {
      const next = { ...current, ...change };
      try {
        window.localStorage.setItem(STORAGE_KEY, JSON.stringify(next));
      } catch {
        // Storage full or disabled: the preference still applies for this session.
      }
      return next;
    });
  }, []);

  return { preferences, update };
}

/** The colour scheme the system asks for, kept current. */
export function useSystemDark(): boolean {
  const query = '(prefers-color-scheme: dark)';
  const [dark, setDark] = useState(() => window.matchMedia(query).matches);
  useEffect(() => {
    const media = window.matchMedia(query);
    const onChange = (): void => setDark(media.matches);
    media.addEventListener('change', onChange);
    return () => media.removeEventListener('change', onChange);
  }, []);
  return dark;
}

/** Puts theme, language and text size on <html>, where the style sheet and assistive technology read them. */
export function useApplyPreferences(preferences: Preferences, language: UiLanguage, systemDark: boolean, api: ArchivoApi | null): void {
  const theme = preferences.theme === 'system' ? (systemDark ? 'dark' : 'light') : preferences.theme;
  useEffect(() => {
    const root = document.documentElement;
    root.dataset['theme'] = theme;
    root.lang = language;
    // Every size in the style sheet is in rem, so this scales text and spacing together.
    root.style.fontSize = `${preferences.zoom}%`;
  }, [theme, language, preferences.zoom]);

  useEffect(() => {
    // Main shows the choices checked in the View menu and matches native dialogs to the theme.
    api
      ?.reportPreferences({ theme: preferences.theme, language: preferences.language, effectiveLanguage: language, zoom: preferences.zoom })
      .catch(() => undefined);
  }, [api, preferences.theme, preferences.language, preferences.zoom, language]);
}
