import { describe, expect, it } from 'vitest';
import { SidecarDB } from '@/lib/db/schema';
import { capturePerson as captureContact } from '@/lib/db/repositories/persons';
import type { DetectedContact } from '@/lib/domain/contact';

const newDb = () => new SidecarDB(`t-${crypto.randomUUID()}`);

const contact = (over: Partial<DetectedContact> = {}): DetectedContact => ({
  key: 'k', site: 'linkedin', name: 'Łukasz Żółć', linkedinUrl: 'https://www.linkedin.com/in/lukasz-zolc/',
  salesNavUrl: null, emails: [], headline: null, title: null, company: null, location: null, role: null,
  automated: false, ...over,
});
const source = { pageKind: 'linkedin-profile' as const, url: 'https://www.linkedin.com/in/lukasz-zolc/' };

describe('captureContact', () => {
  it('20 concurrent captures of one person make exactly one prospect', async () => {
    const db = newDb();
    const results = await Promise.all(Array.from({ length: 20 }, (_, i) =>
      captureContact(db, contact(), { ...source, url: `${source.url}?tab=${i}` }, 1000 + i)));
    expect(await db.prospects.count()).toBe(1);
    expect(new Set(results.map((r) => r.personId)).size).toBe(1);
    expect(results.filter((r) => r.created)).toHaveLength(1);
    const [row] = await db.prospects.toArray();
    expect(row?.sources).toHaveLength(20);
  });

  it('two spellings of one URL are one person', async () => {
    const db = newDb();
    await captureContact(db, contact({ linkedinUrl: 'https://www.linkedin.com/in/%D0%BE%D0%BB%D0%B5%D0%BD%D0%B0/' }), source, 1);
    await captureContact(db, contact({ linkedinUrl: 'https://www.linkedin.com/in/%d0%be%d0%bb%d0%b5%d0%bd%d0%b0/' }), source, 2);
    expect(await db.prospects.count()).toBe(1);
  });

  it('matches a Gmail contact to a LinkedIn prospect by email, filling empty fields only', async () => {
    const db = newDb();
    await captureContact(db, contact({ emails: ['Lukasz@Example.com'], headline: 'CTO' }), source, 1);
    const again = await captureContact(db, contact({
      site: 'gmail', linkedinUrl: null, name: 'Lukasz Z', emails: ['lukasz@example.com'], headline: 'Intern',
    }), { pageKind: 'gmail-thread', url: 'https://mail.google.com/mail/u/0/#inbox/x' }, 2);
    expect(again.created).toBe(false);
    const [row] = await db.prospects.toArray();
    expect(row).toMatchObject({ displayName: 'Łukasz Żółć', headline: 'CTO', emails: ['lukasz@example.com'] });
    expect(row?.sources.map((s) => s.pageKind)).toEqual(['linkedin-profile', 'gmail-thread']);
  });
});
