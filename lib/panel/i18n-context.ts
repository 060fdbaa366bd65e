import { createContext } from 'preact';
import { useContext } from 'preact/hooks';
import type { Translate } from '../i18n/translate';

export interface I18n {
  t: Translate;
  locale: string;
}

export const I18nContext = createContext<I18n>({ t: (key) => key, locale: 'en' });

/** The panel's translator and locale (for Intl formatting). */
export const useI18n = (): I18n => useContext(I18nContext);
