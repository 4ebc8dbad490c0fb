/** The current translation, for every component: `const { t, f } = useI18n()`. */
import { createContext, useContext } from 'react';
import { createTranslation, type Translation } from './messages';

const I18nContext = createContext<Translation>(createTranslation('en', 'en-US'));

export const I18nProvider = I18nContext.Provider;

export function useI18n(): Translation {
  return useContext(I18nContext);
}
