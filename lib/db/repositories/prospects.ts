import type { DetectedContact, PageKind } from '../../domain/contact';
import { linkedinIdentityKey } from '../../domain/linkedin-url';
import type { SidecarDB } from '../schema';
import type { ProspectRow } from '../rows';

export interface CaptureSource {
  pageKind: PageKind;
  url: string;
}

/** Normalise an address for matching: trimmed and lower-cased (both parts, as mailbox providers do). */
export const toEmailKey = (email: string): string => email.trim().toLowerCase();

/**
 * Resolve a detected contact to a prospect and record the capture, in one transaction: LinkedIn
 * identity first, then any email. Idempotent: capturing a known person again fills empty fields and
 * adds the source. IndexedDB serialises readwrite transactions on the same store, so concurrent
 * captures from several tabs see each other's writes; the unique index is the last line of defence.
 */
export async function captureContact(
  db: SidecarDB, contact: DetectedContact, source: CaptureSource, now: number,
): Promise<{ personId: string; created: boolean }> {
  const linkedinKey = contact.linkedinUrl ? linkedinIdentityKey(contact.linkedinUrl) ?? undefined : undefined;
  const emailKeys = [...new Set(contact.emails.map(toEmailKey))];
  return db.transaction('rw', db.prospects, async () => {
    const existing = await findProspect(db, linkedinKey, emailKeys);
    if (existing) {
      await db.prospects.put(mergeInto(existing, contact, { linkedinKey, emailKeys }, source, now));
      return { personId: existing.id, created: false };
    }
    const row: ProspectRow = {
      id: crypto.randomUUID(),
      name: contact.name, headline: contact.headline, title: contact.title, company: contact.company,
      location: contact.location, linkedinUrl: contact.linkedinUrl,
      ...(linkedinKey ? { linkedinKey } : {}),
      emails: [...contact.emails], emailKeys, lifecycle: 'lead',
      sources: [{ site: contact.site, pageKind: source.pageKind, url: source.url, firstSeen: now, lastSeen: now }],
      createdAt: now, updatedAt: now,
    };
    await db.prospects.add(row);
    return { personId: row.id, created: true };
  });
}

/** Find the prospect a contact belongs to: LinkedIn identity (exact), then any email (exact). */
export async function findProspect(
  db: SidecarDB, linkedinKey: string | undefined, emailKeys: readonly string[],
): Promise<ProspectRow | undefined> {
  if (linkedinKey) {
    const byUrl = await db.prospects.where('linkedinKey').equals(linkedinKey).first();
    if (byUrl) return byUrl;
  }
  if (emailKeys.length === 0) return undefined;
  return db.prospects.where('emailKeys').anyOf([...emailKeys]).first();
}

function mergeInto(
  row: ProspectRow, c: DetectedContact, keys: { linkedinKey: string | undefined; emailKeys: string[] },
  source: CaptureSource, now: number,
): ProspectRow {
  const linkedinKey = row.linkedinKey ?? keys.linkedinKey;
  const sources = row.sources.map((s) => (s.url === source.url ? { ...s, lastSeen: now } : s));
  if (!sources.some((s) => s.url === source.url)) {
    sources.push({ site: c.site, pageKind: source.pageKind, url: source.url, firstSeen: now, lastSeen: now });
  }
  const newEmails = c.emails.filter((e) => !row.emailKeys.includes(toEmailKey(e)));
  return {
    ...row,
    name: row.name ?? c.name, headline: row.headline ?? c.headline, title: row.title ?? c.title,
    company: row.company ?? c.company, location: row.location ?? c.location,
    linkedinUrl: row.linkedinUrl ?? c.linkedinUrl,
    emails: [...row.emails, ...newEmails],
    emailKeys: [...new Set([...row.emailKeys, ...keys.emailKeys])],
    ...(linkedinKey ? { linkedinKey } : {}),
    sources, updatedAt: now,
  };
}
