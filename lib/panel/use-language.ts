import { useEffect, useState } from 'preact/hooks';
import { FALLBACK, loadCatalogue, pickLanguage } from '../i18n/locales';
import { createTranslator } from '../i18n/translate';
import { textDirection } from '../i18n/format';
import type { I18n } from './i18n-context';

/**
 * The panel's translator: the language the user picked in settings, else the browser's. English
 * strings show at once; another catalogue replaces them when its chunk has loaded.
 */
export function useLanguage(choice: string, browserLanguages: readonly string[]): I18n {
  const [i18n, setI18n] = useState<I18n>({ t: createTranslator('en', FALLBACK, FALLBACK), locale: 'en' });
  const lang = pickLanguage(choice, browserLanguages);
  useEffect(() => {
    // English is what the first render already shows: replacing it would re-render every view.
    if (lang === 'en' && i18n.locale === 'en') {
      document.documentElement.lang = lang;
      document.documentElement.dir = textDirection(lang);
      return;
    }
    let live = true;
    void loadCatalogue(lang).then((cat) => {
      if (!live) return;
      setI18n({ t: createTranslator(lang, cat, FALLBACK), locale: lang });
      document.documentElement.lang = lang;
      document.documentElement.dir = textDirection(lang);
    });
    return () => {
      live = false;
    };
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [lang]);
  return i18n;
}
