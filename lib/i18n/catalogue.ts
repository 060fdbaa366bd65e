/**
 * A message catalogue: flat keys to strings with `{name}` placeholders, or to plural forms keyed by
 * Intl.PluralRules categories (zero, one, two, few, many, other).
 */
export type PluralForms = Partial<Record<Intl.LDMLPluralRule, string>> & { other: string };
export type Catalogue = Record<string, string | PluralForms>;

/** One entry of Chrome's `_locales/<lang>/messages.json`. */
export interface ChromeMessage {
  message: string;
  placeholders?: Record<string, { content: string }>;
}

/**
 * The chrome.i18n name of a catalogue key: Chrome allows only [A-Za-z0-9_@] (and ignores case), so
 * dotted keys such as `stage.b2b.demo-meeting` become `stage_b2b_demo_meeting`. The catalogue test
 * checks that no two keys meet under this mapping.
 */
export function chromeKeyOf(key: string): string {
  return key.replace(/[^A-Za-z0-9_@]/g, '_');
}

/**
 * Convert a catalogue to Chrome's messages.json: manifest strings, notifications and the overlays'
 * labels go through browser.i18n, so the worker and content scripts need no bundled catalogue. Dotted
 * keys go under their chromeKeyOf name. Plural entries are left out (chrome.i18n has no plurals); `{name}` becomes `$name$` with a `$n` placeholder.
 */
export function toChromeMessages(catalogue: Catalogue): Record<string, ChromeMessage> {
  const out: Record<string, ChromeMessage> = {};
  for (const [catalogueKey, value] of Object.entries(catalogue)) {
    if (typeof value !== 'string') continue;
    const key = chromeKeyOf(catalogueKey);
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

/**
 * What chrome.i18n.getMessage answers for one messages.json entry: `$name$` becomes its placeholder's
 * content, whose `$n` is the nth substitution; `$$` is a `$`.
 */
export function chromeMessageText(entry: ChromeMessage, substitutions: readonly string[]): string {
  return entry.message.replace(/\$(\w+)\$|\$\$/g, (whole, name: string | undefined) => {
    if (name === undefined) return '$';
    const content = entry.placeholders?.[name.toLowerCase()]?.content;
    if (content === undefined) return whole;
    return content.replace(/\$([1-9])/g, (_, n: string) => substitutions[Number(n) - 1] ?? '');
  });
}
