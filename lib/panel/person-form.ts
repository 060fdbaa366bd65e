import { EmailAddressSchema } from '../domain/email-address';
import type { Person } from '../domain/person';
import { LeadSourceSchema, LifecycleSchema } from '../domain/person';
import type { MessageIn } from '../messaging/protocol';

export type PersonPatch = MessageIn<'updatePerson'>['patch'];

/** Single-line text fields and their maximum lengths (PersonSchema's). */
export const TEXT_FIELDS = {
  displayName: 300,
  givenName: 150,
  familyName: 150,
  headline: 500,
  title: 300,
  company: 300,
  location: 300,
} as const;
export type TextField = keyof typeof TEXT_FIELDS;
export type PersonFormField = TextField | 'emails' | 'phones' | 'tags' | 'leadSource' | 'lifecycle';
export type PersonFormValues = Record<PersonFormField, string>;
/** Field → message-catalogue key of what is wrong with it. */
export type PersonFormErrors = Partial<Record<PersonFormField, string>>;

/** The form's starting values: the person as stored. */
export function formValuesOf(p: Person): PersonFormValues {
  return {
    displayName: p.displayName,
    givenName: p.givenName ?? '',
    familyName: p.familyName ?? '',
    headline: p.headline ?? '',
    title: p.title ?? '',
    company: p.company ?? '',
    location: p.location ?? '',
    emails: p.emails.join(', '),
    phones: p.phones.join(', '),
    tags: p.tags.join(', '),
    leadSource: p.leadSource,
    lifecycle: p.lifecycle,
  };
}

/** Split a comma/semicolon/newline separated list, dropping empty entries. */
export const splitList = (s: string): string[] =>
  s
    .split(/[,;\n]/)
    .map((x) => x.trim())
    .filter(Boolean);

/** Validate the form the way PersonSchema will, so errors show next to their field before sending. */
export function validatePersonForm(
  v: PersonFormValues,
): { ok: true; patch: PersonPatch } | { ok: false; errors: PersonFormErrors } {
  const errors: PersonFormErrors = {};
  const patch: PersonPatch = {};
  for (const [field, max] of Object.entries(TEXT_FIELDS) as [TextField, number][]) {
    const text = v[field].trim();
    if (text.length > max) errors[field] = 'prospect.error.tooLong';
    else if (field === 'displayName') {
      if (text === '') errors.displayName = 'prospect.error.nameRequired';
      else patch.displayName = text;
    } else patch[field] = text === '' ? null : text;
  }
  const emails = splitList(v.emails);
  if (emails.some((e) => !EmailAddressSchema.safeParse(e).success)) errors.emails = 'prospect.error.email';
  else if (emails.length > 50) errors.emails = 'prospect.error.tooMany';
  else patch.emails = emails;
  const phones = splitList(v.phones);
  if (phones.some((p) => p.length > 50) || phones.length > 20) errors.phones = 'prospect.error.tooLong';
  else patch.phones = phones;
  const tags = splitList(v.tags);
  if (tags.some((t) => t.length > 60) || tags.length > 50) errors.tags = 'prospect.error.tooLong';
  else patch.tags = tags;
  const lead = LeadSourceSchema.safeParse(v.leadSource);
  if (lead.success) patch.leadSource = lead.data;
  const lifecycle = LifecycleSchema.safeParse(v.lifecycle);
  if (lifecycle.success) patch.lifecycle = lifecycle.data;
  return Object.keys(errors).length > 0 ? { ok: false, errors } : { ok: true, patch };
}
