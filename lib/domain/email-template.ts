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

/** What the user typed for one of their own templates, before it is stored. */
export type TemplateDraft = Pick<EmailTemplate, 'name' | 'subject' | 'body'>;
export type TemplateField = keyof TemplateDraft;
/** A problem with one field: its code and, for an unknown placeholder, the text in braces. */
export type TemplateProblem = { code: 'empty' | 'too-long' | 'taken' | 'unknown-placeholder'; placeholder?: string };

const LIMITS: Record<TemplateField, number> = { name: 100, subject: 500, body: 10_000 };

/** The first brace text that is not one Sidecar fills ("{firstname}" for "{first_name}"), or null. */
export function findUnknownPlaceholder(text: string): string | null {
  for (const [, name] of text.matchAll(/\{([^{}\s]{1,40})\}/g))
    if (!(PLACEHOLDERS as readonly string[]).includes(name ?? '')) return name ?? null;
  return null;
}

/**
 * What is wrong with a template draft, field by field (empty when it can be saved): a name is needed
 * and unique among the user's others, texts keep to the stored limits, and a placeholder is one of ours
 * (a misspelt one would reach the person as typed).
 */
export function checkTemplateDraft(
  draft: TemplateDraft,
  otherNames: readonly string[],
): Partial<Record<TemplateField, TemplateProblem>> {
  const problems: Partial<Record<TemplateField, TemplateProblem>> = {};
  const name = draft.name.trim();
  if (name === '') problems.name = { code: 'empty' };
  else if (otherNames.some((n) => n.trim().toLocaleLowerCase() === name.toLocaleLowerCase()))
    problems.name = { code: 'taken' };
  for (const field of ['name', 'subject', 'body'] as const) {
    if (problems[field]) continue;
    if (draft[field].length > LIMITS[field]) problems[field] = { code: 'too-long' };
    else if (field !== 'name') {
      const unknown = findUnknownPlaceholder(draft[field]);
      if (unknown !== null) problems[field] = { code: 'unknown-placeholder', placeholder: unknown };
    }
  }
  return problems;
}
