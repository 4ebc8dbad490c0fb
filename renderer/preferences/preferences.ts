/**
 * The interface preferences a user expects to find again: theme, language, text size, the width of
 * the result list, the last query and whether PDFs mark the search's hits. Kept in the renderer's localStorage: `app://` is a standard,
 * secure scheme with a stable origin, so storage persists in the profile; reading it is synchronous,
 * so the first paint already has the right theme and language (no flash). Window bounds and recent
 * archives live in main, which owns windows and folders.
 *
 * Read leniently: a missing or damaged value falls back to its default without losing the others.
 */
import type { LanguagePreference, ThemePreference } from '../../electron/api';

export interface Preferences {
  readonly theme: ThemePreference;
  readonly language: LanguagePreference;
  /** Text size in percent of normal. */
  readonly zoom: number;
  /** Width of the search pane (result list and filters) in CSS pixels. */
  readonly searchPaneWidth: number;
  readonly lastQuery: string;
  /** An article's PDF marks the words its search matched. */
  readonly pdfMarkHits: boolean;
}

export const STORAGE_KEY = 'archivo.preferences.v1';
export const ZOOM_STEPS = [80, 90, 100, 110, 125, 150, 175, 200] as const;
export const DEFAULT_ZOOM = 100;
export const MIN_PANE_WIDTH = 320;
export const MAX_PANE_WIDTH = 900;
const MAX_REMEMBERED_QUERY = 1000;

export const DEFAULT_PREFERENCES: Preferences = Object.freeze({
  theme: 'system',
  language: 'system',
  zoom: DEFAULT_ZOOM,
  searchPaneWidth: 560,
  lastQuery: '',
  pdfMarkHits: false,
});

const THEMES: readonly ThemePreference[] = ['system', 'light', 'dark'];
const LANGUAGES: readonly LanguagePreference[] = ['system', 'en', 'es', 'pt'];

function pick<T>(value: unknown, allowed: readonly T[], fallback: T): T {
  return allowed.includes(value as T) ? (value as T) : fallback;
}

export function parsePreferences(stored: string | null): Preferences {
  let raw: Record<string, unknown> = {};
  try {
    const parsed: unknown = stored === null ? {} : JSON.parse(stored);
    if (typeof parsed === 'object' && parsed !== null && !Array.isArray(parsed)) raw = parsed as Record<string, unknown>;
  } catch {
    // A damaged entry: defaults.
  }
  const d = DEFAULT_PREFERENCES;
  return {
    theme: pick(raw['theme'], THEMES, d.theme),
    language: pick(raw['language'], LANGUAGES, d.language),
    zoom: pick(raw['zoom'], ZOOM_STEPS as readonly number[], d.zoom),
    searchPaneWidth:
      typeof raw['searchPaneWidth'] === 'number' && Number.isFinite(raw['searchPaneWidth'])
        ? clampPaneWidth(raw['searchPaneWidth'])
        : d.searchPaneWidth,
    lastQuery: typeof raw['lastQuery'] === 'string' ? raw['lastQuery'].slice(0, MAX_REMEMBERED_QUERY) : d.lastQuery,
    pdfMarkHits: typeof raw['pdfMarkHits'] === 'boolean' ? raw['pdfMarkHits'] : d.pdfMarkHits,
  };
}

export function clampPaneWidth(width: number): number {
  return Math.round(Math.min(MAX_PANE_WIDTH, Math.max(MIN_PANE_WIDTH, width)));
}

/** The next text size up (+1) or down (-1), staying on the steps; 0 resets. */
export function stepZoom(zoom: number, direction: -1 | 0 | 1): number {
  if (direction === 0) return DEFAULT_ZOOM;
  const steps: readonly number[] = ZOOM_STEPS;
  if (direction > 0) return steps.find((step) => step > zoom) ?? steps[steps.length - 1]!;
  return [...steps].reverse().find((step) => step < zoom) ?? steps[0]!;
}
