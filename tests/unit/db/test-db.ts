import { SidecarDB } from '@/lib/db/schema';
import { ensureDefaults } from '@/lib/db/repositories/settings';
import { capturePerson } from '@/lib/db/repositories/persons';
import type { DetectedContact } from '@/lib/domain/contact';

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

/** Capture a contact and return the person's id. */
export async function addPerson(db: SidecarDB, over: Partial<DetectedContact> = {}, now = 1_000): Promise<string> {
  const { personId } = await capturePerson(
    db,
    contactOf(over),
    { pageKind: 'linkedin-profile', url: over.linkedinUrl ?? 'https://www.linkedin.com/in/mwz/' },
    now,
  );
  return personId;
}
