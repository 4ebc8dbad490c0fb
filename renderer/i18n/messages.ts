/** The message table of each UI language, built for one locale's formatters. */
import type { UiLanguage } from '../../electron/api';
import { englishMessages, type Messages } from './en';
import { spanishMessages } from './es';
import { createFormatters, type Formatters } from './formatters';
import { portugueseMessages } from './pt';

export type { Messages };

export const MESSAGE_TABLES: Readonly<Record<UiLanguage, (f: Formatters) => Messages>> = {
  en: englishMessages,
  es: spanishMessages,
  pt: portugueseMessages,
};

export interface Translation {
  readonly language: UiLanguage;
  readonly t: Messages;
  readonly f: Formatters;
}

export function createTranslation(language: UiLanguage, locale: string): Translation {
  const f = createFormatters(locale);
  return { language, t: MESSAGE_TABLES[language](f), f };
}
