import type { LanguagePreference, ThemePreference } from '../../electron/api';
import { useI18n } from '../i18n/i18n-context';
import { MESSAGE_TABLES } from '../i18n/messages';
import { createFormatters } from '../i18n/formatters';
import { DEFAULT_ZOOM, type Preferences } from '../preferences/preferences';

export interface SettingsControlsProps {
  readonly preferences: Preferences;
  readonly onChange: (change: Partial<Preferences>) => void;
  readonly onZoom: (direction: -1 | 0 | 1) => void;
}

/** Each language is offered in its own name, so a user lost in a foreign UI can find theirs. */
const LANGUAGE_CHOICES = (['en', 'es', 'pt'] as const).map((language) => ({
  value: language,
  label: MESSAGE_TABLES[language](createFormatters('en')).languageName,
}));

/** Theme, language and text size, always at hand in the header (the View menu offers the same). */
export function SettingsControls({ preferences, onChange, onZoom }: SettingsControlsProps) {
  const { t, f } = useI18n();
  return (
    <div className="settings" role="group" aria-label={t.settingsLabel}>
      <label>
        <span className="visually-hidden">{t.theme}</span>
        <select value={preferences.theme} onChange={(event) => onChange({ theme: event.target.value as ThemePreference })} title={t.theme}>
          <option value="system">{`${t.theme}: ${t.themeSystem}`}</option>
          <option value="light">{`${t.theme}: ${t.themeLight}`}</option>
          <option value="dark">{`${t.theme}: ${t.themeDark}`}</option>
        </select>
      </label>
      <label>
        <span className="visually-hidden">{t.uiLanguage}</span>
        <select value={preferences.language} onChange={(event) => onChange({ language: event.target.value as LanguagePreference })} title={t.uiLanguage}>
          <option value="system">{`${t.uiLanguage}: ${t.languageSystem}`}</option>
          {LANGUAGE_CHOICES.map((choice) => (
            <option key={choice.value} value={choice.value} lang={choice.value}>
              {choice.label}
            </option>
          ))}
        </select>
      </label>
      <div className="zoom" role="group" aria-label={t.textSize}>
        <button type="button" className="icon" onClick={() => onZoom(-1)} aria-label={t.zoomOut} title={`${t.zoomOut} (Ctrl −)`}>
          <span aria-hidden="true">A−</span>
        </button>
        <button
          type="button"
          className="zoom-value"
          onClick={() => onZoom(0)}
          aria-label={t.zoomReset(preferences.zoom)}
          title={t.zoomReset(DEFAULT_ZOOM)}
        >
          {`${f.number(preferences.zoom)}%`}
        </button>
        <button type="button" className="icon" onClick={() => onZoom(1)} aria-label={t.zoomIn} title={`${t.zoomIn} (Ctrl +)`}>
          <span aria-hidden="true">A+</span>
        </button>
      </div>
    </div>
  );
}
