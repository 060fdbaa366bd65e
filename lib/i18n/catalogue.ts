/**
 * A message catalogue: flat keys to strings with `{name}` placeholders, or to plural forms keyed by
 * Intl.PluralRules categories (zero, one, two, few, many, other).
 */
export type PluralForms = Partial<Record<Intl.LDMLPluralRule, string>> & { other: string };
export type Catalogue = Record<string, string | PluralForms>;

/** One entry of Chrome's `_locales/<lang>/messages.json`. */
interface ChromeMessage {
  message: string;
  placeholders?: Record<string, { content: string }>;
}

/**
 * Convert a catalogue to Chrome's messages.json: manifest strings and the content scripts' few labels
 * go through browser.i18n, which content scripts can call without bundling the catalogues. Plural
 * entries are left out (chrome.i18n has no plurals); `{name}` becomes `$name$` with a `$n` placeholder.
 */
export function toChromeMessages(catalogue: Catalogue): Record<string, ChromeMessage> {
  const out: Record<string, ChromeMessage> = {};
  for (const [key, value] of Object.entries(catalogue)) {
    if (typeof value !== 'string' || !/^[A-Za-z0-9_@]+$/.test(key)) continue;
    const names: string[] = [];
    const message = value.replace(/\$/g, '$$$$').replace(/\{(\w+)\}/g, (_, name: string) => {
      if (!names.includes(name)) names.push(name);
      return `$${name}$`;
    });
    out[key] = names.length
      ? { message, placeholders: Object.fromEntries(names.map((n, i) => [n, { content: `$${i + 1}` }])) }
      : { message };
  }
  return out;
}
