import type { DetectedContact } from '../domain/contact';
import { linkedinIdentityKey } from '../domain/linkedin-url';
import type { ProspectRow } from '../db/rows';
import type { Translate } from '../i18n/translate';

/** The status label of a detected contact when it is already a prospect, else null. */
export function statusLabelFor(contact: DetectedContact, prospects: readonly ProspectRow[], t: Translate): string | null {
  const key = contact.linkedinUrl ? linkedinIdentityKey(contact.linkedinUrl) : null;
  const emails = new Set(contact.emails.map((e) => e.trim().toLowerCase()));
  const row = prospects.find((p) => (key && p.linkedinKey === key) || p.emailKeys.some((e) => emails.has(e)));
  return row ? t(`lifecycle_${row.lifecycle}`) : null;
}
