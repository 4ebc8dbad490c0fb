/** Which UI language and locale to use: the user's choice, else the system's languages, else English. */
import { UI_LANGUAGES, type LanguagePreference, type UiLanguage } from '../../electron/api';

/** The locale of each UI language when the system names none of its regional forms. */
const DEFAULT_LOCALES: Readonly<Record<UiLanguage, string>> = { en: 'en-US', es: 'es-ES', pt: 'pt-BR' };

function primary(tag: string): string {
  return tag.split(/[-_]/)[0]?.toLowerCase() ?? '';
}

function isUiLanguage(value: string): value is UiLanguage {
  return (UI_LANGUAGES as readonly string[]).includes(value);
}

/** The first of the system's preferred languages that the UI speaks; English when none. */
export function systemLanguage(preferred: readonly string[]): UiLanguage {
  for (const tag of preferred) {
    const language = primary(tag);
    if (isUiLanguage(language)) return language;
  }
  return 'en';
}

export function effectiveLanguage(preference: LanguagePreference, preferred: readonly string[]): UiLanguage {
  return preference === 'system' ? systemLanguage(preferred) : preference;
}

/**
 * The locale for dates and numbers: the system's own regional form of the UI language when it lists one
 * (es-MX, pt-PT), so a Mexican user sees Mexican formats; otherwise the language's default.
 */
export function localeFor(language: UiLanguage, preferred: readonly string[]): string {
  for (const tag of preferred) {
    if (primary(tag) !== language) continue;
    try {
      return Intl.getCanonicalLocales(tag.replace('_', '-'))[0] ?? DEFAULT_LOCALES[language];
    } catch {
      continue;
    }
  }
  return DEFAULT_LOCALES[language];
}
