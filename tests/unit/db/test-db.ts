import { SidecarDB } from '@/lib/db/schema';
import { ensureDefaults } from '@/lib/db/repositories/settings';
import { captureContact } from '@/lib/worker/capture';
import type { DetectedContact, Detection } from '@/lib/domain/contact';

/** A fresh database of its own for each test, with the default pipeline and settings. */
export async function freshDb(): Promise<SidecarDB> {
  const db = new SidecarDB(`t-${crypto.randomUUID()}`);
  await ensureDefaults(db);
  return db;
}

/** A detected contact with sensible empty fields. */
export const contactOf = (over: Partial<DetectedContact> = {}): DetectedContact => ({
  key: 'k',
  site: 'linkedin',
  name: 'Małgorzata Wiśniewska-Żurek',
  linkedinUrl: 'https://www.linkedin.com/in/mwz/',
  salesNavUrl: null,
  emails: [],
  headline: null,
  title: null,
  company: null,
  location: null,
  role: null,
  automated: false,
  ...over,
});

/** Capture a contact (the capture use-case) and return the person's id. */
export async function addPerson(db: SidecarDB, over: Partial<DetectedContact> = {}, now = 1_000): Promise<string> {
  const contact = contactOf(over);
  const source = { pageKind: 'linkedin-profile' as const, url: over.linkedinUrl ?? 'https://www.linkedin.com/in/mwz/' };
  const r = await captureContact(db, { contact, source, leadSource: 'outbound' }, { now });
  if (!r.ok) throw new Error(r.error);
  return r.value.personId;
}

/** A LinkedIn profile's detection holding these contacts. */
export const detectionWith = (contacts: DetectedContact[], url = 'https://www.linkedin.com/in/mwz/'): Detection => ({
  url,
  pageKind: 'linkedin-profile',
  company: null,
  signedInUser: null,
  degraded: false,
  warnings: [],
  hiddenMessages: 0,
  contacts,
});
