import { useEffect, useState } from 'preact/hooks';
import { BUILT_IN_TEMPLATES, builtInTemplate, type EmailTemplate } from '../domain/email-template';
import type { Settings } from '../domain/settings';
import { FALLBACK, loadCatalogue, type Language } from '../i18n/locales';
import { createTranslator, type Translate } from '../i18n/translate';
import { useI18n } from './i18n-context';

/** A translator for a language other than the panel's (a template written to a Polish prospect from an English panel). */
export function useTranslatorFor(lang: Language): Translate | null {
  const { t, locale } = useI18n();
  const [other, setOther] = useState<{ lang: string; t: Translate } | null>(null);
  useEffect(() => {
    if (lang === locale) return;
    let live = true;
    void loadCatalogue(lang).then((cat) => live && setOther({ lang, t: createTranslator(lang, cat, FALLBACK) }));
    return () => {
      live = false;
    };
  }, [lang, locale]);
  if (lang === locale) return t;
  return other?.lang === lang ? other.t : null;
}

/** Every template the user can write with: the built-in ones in `t`'s language, then their own. */
export function templatesFor(t: Translate, settings: Pick<Settings, 'templates'>): EmailTemplate[] {
  return [...BUILT_IN_TEMPLATES.map((b) => builtInTemplate(b, t)), ...(settings.templates ?? [])];
}
