import { describe, expect, it } from 'vitest';
import { SidecarDB } from '@/lib/db/schema';
import { PersonSchema } from '@/lib/domain/person';
import { matchesQuery } from '@/lib/domain/text-fold';
import { ActivitySchema } from '@/lib/domain/activity';
import type { ProspectRowV1 } from '@/lib/db/migrations/v1-rows';
import { createAtVersion, v1Prospect } from './schema-history';

/** A database exactly as schema v1 (the walking skeleton) left it, filled with real-looking rows. */
const createV1 = (name: string, rows: ProspectRowV1[]) =>
  createAtVersion(name, 1, (v1) => v1.table('prospects').bulkAdd(rows));

const ROWS: ProspectRowV1[] = [
  v1Prospect({
    name: 'Олена Коваленко',
    headline: 'Директорка з продажів у Cargolink',
    company: 'Cargolink',
    linkedinUrl: 'https://www.linkedin.com/in/olena-kovalenko-4a1b2c/',
    linkedinKey: 'olena-kovalenko-4a1b2c',
    sources: [
      {
        site: 'linkedin',
        pageKind: 'linkedin-profile',
        url: 'https://www.linkedin.com/in/olena-kovalenko-4a1b2c/',
        firstSeen: 1,
        lastSeen: 2,
      },
    ],
  }),
  v1Prospect({
    name: 'İlker Yılmaz',
    emails: ['Ilker@Example.COM.tr'],
    emailKeys: ['ilker@example.com.tr'],
    sources: [
      {
        site: 'gmail',
        pageKind: 'gmail-thread',
        url: 'https://mail.google.com/mail/u/0/#inbox/x',
        firstSeen: 5,
        lastSeen: 5,
      },
    ],
  }),
  v1Prospect({
    name: null,
    emails: ['somchai.j@siamfresh.co.th'],
    emailKeys: ['somchai.j@siamfresh.co.th'],
    lifecycle: 'customer',
  }),
  v1Prospect({
    name: '<img src=x onerror=alert(1)>',
    linkedinUrl: 'https://www.linkedin.com/in/x-1/',
    linkedinKey: 'x-1',
  }),
];

describe('schema upgrade', () => {
  it('v1 → v2 keeps every prospect and field, as valid Persons, with captures on the timeline', async () => {
    const name = `up-${crypto.randomUUID()}`;
    await createV1(name, ROWS);
    const db = new SidecarDB(name);
    await db.open();
    expect(db.verno).toBeGreaterThanOrEqual(2);
    const people = await db.prospects.toArray();
    expect(people).toHaveLength(ROWS.length);
    for (const p of people) expect(PersonSchema.safeParse(p).success, JSON.stringify(p)).toBe(true);
    const byId = new Map(people.map((p) => [p.id, p]));
    const olena = byId.get(ROWS[0]!.id)!;
    expect(olena).toMatchObject({
      displayName: 'Олена Коваленко',
      company: 'Cargolink',
      linkedinKey: 'olena-kovalenko-4a1b2c',
      leadSource: 'outbound',
    });
    expect(matchesQuery(olena.searchTokens, 'olena')).toBe(true);
    expect(byId.get(ROWS[1]!.id)).toMatchObject({ displayName: 'İlker Yılmaz', emails: ['ilker@example.com.tr'] });
    expect(byId.get(ROWS[2]!.id)).toMatchObject({ displayName: 'somchai.j@siamfresh.co.th', lifecycle: 'customer' });
    expect(byId.get(ROWS[3]!.id)?.displayName).toBe('<img src=x onerror=alert(1)>');
    const activities = await db.activities.toArray();
    expect(activities.map((a) => a.kind).sort()).toEqual(['captured', 'captured']);
    for (const a of activities) expect(ActivitySchema.safeParse(a).success).toBe(true);
    // The upgraded indexes answer: identity by LinkedIn key and by email.
    expect(await db.prospects.where('linkedinKey').equals('x-1').count()).toBe(1);
    expect(await db.prospects.where('emails').equals('ilker@example.com.tr').count()).toBe(1);
    db.close();
  });

  it('an empty v1 database upgrades too', async () => {
    const name = `up-${crypto.randomUUID()}`;
    await createV1(name, []);
    const db = new SidecarDB(name);
    await db.open();
    expect(await db.prospects.count()).toBe(0);
    db.close();
  });
});
