import type { Catalogue } from './catalogue';
import en from '../../locales/en.json';

/** The languages Sidecar ships, English first (the fallback for any missing key). */
export const LANGUAGES = ['en', 'pl', 'uk', 'ru', 'tr', 'th'] as const;
export type Language = (typeof LANGUAGES)[number];

export const FALLBACK: Catalogue = en;

/** Load one catalogue; each is its own chunk, so the panel only downloads the language it shows. */
export async function loadCatalogue(lang: Language): Promise<Catalogue> {
  const loaders: Record<Language, () => Promise<{ default: Catalogue }>> = {
    en: async () => ({ default: en }),
    pl: () => import('../../locales/pl.json'),
    uk: () => import('../../locales/uk.json'),
    ru: () => import('../../locales/ru.json'),
    tr: () => import('../../locales/tr.json'),
    th: () => import('../../locales/th.json'),
  };
  return (await loaders[lang]()).default;
}

/** The language to show: the user's choice, else the first browser language Sidecar has, else English. */
export function pickLanguage(choice: string, browserLanguages: readonly string[]): Language {
  const has = (l: string): l is Language => (LANGUAGES as readonly string[]).includes(l);
  if (choice !== 'auto' && has(choice)) return choice;
  for (const tag of browserLanguages) {
    const base = tag.toLowerCase().split('-')[0] ?? '';
    if (has(base)) return base;
  }
  return 'en';
}
