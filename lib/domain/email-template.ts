import { z } from 'zod';

// Email templates (issue 19): a subject and a body with placeholders, filled in for one person when
// "Write" opens Gmail's compose. Built-in ones are catalogue texts, so they exist in every language
// Sidecar speaks; the user's own are stored in settings.templates as written.

export const PLACEHOLDERS = ['first_name', 'company', 'my_name'] as const;
export type Placeholder = (typeof PLACEHOLDERS)[number];

export const EmailTemplateSchema = z.object({
  id: z.string().min(1).max(100),
  name: z.string().trim().min(1).max(100),
  subject: z.string().max(500),
  body: z.string().max(10_000),
});
export type EmailTemplate = z.infer<typeof EmailTemplateSchema>;

/** A built-in template: its texts are catalogue keys (`template.<slug>.subject`, `.body`, `.name`). */
export interface BuiltInTemplate {
  id: string;
  slug: string;
}

export const BUILT_IN_PREFIX = 'builtin:';
/** The three the built-in cadence's emails use: introduction, value, closing the loop. */
export const BUILT_IN_TEMPLATES: readonly BuiltInTemplate[] = [
  { id: 'builtin:intro', slug: 'intro' },
  { id: 'builtin:value', slug: 'value' },
  { id: 'builtin:break-up', slug: 'breakUp' },
];

/** Whether an id names a template shipped with Sidecar. */
export const isBuiltInTemplateId = (id: string): boolean => id.startsWith(BUILT_IN_PREFIX);

/** A built-in template in a language: `t` is that language's translator. */
export function builtInTemplate(b: BuiltInTemplate, t: (key: string) => string): EmailTemplate {
  const key = `template.${b.slug}`;
  return { id: b.id, name: t(`${key}.name`), subject: t(`${key}.subject`), body: t(`${key}.body`) };
}

export type PlaceholderValues = Record<Placeholder, string>;

/** The values for a person: their first name (given name, else the first word of the name), company, and you. */
export function placeholderValues(
  person: { displayName: string; givenName: string | null; company: string | null },
  myName: string | null,
): PlaceholderValues {
  const first = person.givenName?.trim() || person.displayName.trim().split(/\s+/)[0] || person.displayName;
  return { first_name: first, company: person.company?.trim() ?? '', my_name: myName?.trim() ?? '' };
}

/** Fill {first_name}, {company} and {my_name}; any other brace text stays as written. */
export function fillPlaceholders(text: string, values: PlaceholderValues): string {
  return text.replace(/\{(first_name|company|my_name)\}/g, (_, name: Placeholder) => values[name]);
}

/** A template filled for one person: the draft's subject and body. */
export function fillTemplate(template: EmailTemplate, values: PlaceholderValues): { subject: string; body: string } {
  return { subject: fillPlaceholders(template.subject, values), body: fillPlaceholders(template.body, values) };
}
