import { describe, expect, it } from 'vitest';
import type { Dexie } from 'dexie';
import { SidecarDB } from '@/lib/db/schema';
import type { CadenceRunRow, ReminderOutboxRow } from '@/lib/db/rows';
import { ActivitySchema, type Activity } from '@/lib/domain/activity';
import { CompanySchema, type Company } from '@/lib/domain/company';
import { DealSchema } from '@/lib/domain/deal';
import { EPOCH_LAST } from '@/lib/domain/epoch-range';
import { FollowUpSchema } from '@/lib/domain/follow-up';
import { PersonSchema } from '@/lib/domain/person';
import { DAY, NOW, email, makeDeal, makePerson, uuid } from '../domain/make-entities';
import { makeFollowUp } from '../domain/follow-up.fixture';
import { createAtVersion, v1Prospect } from './schema-history';

// Dates no schema accepts any more (issue 16), as rows stored before v6 could hold them: sent by a
// page (sendAt, at), restored from a backup, or typed as a custom date in year 9999.
const HUGE = 9_007_199_254_740_991;
const PAST_DATES = Date.parse('+275760-09-13T00:00:00Z');

const healthyPerson = makePerson({ id: uuid(1), displayName: 'Olena Kovalenko' });
const damagedPerson = {
  ...makePerson({ id: uuid(2), displayName: 'İlker Yılmaz' }),
  createdAt: HUGE,
  updatedAt: NaN,
  sources: [
    {
      site: 'gmail',
      pageKind: 'gmail-thread',
      url: 'https://mail.google.com/mail/u/0/#inbox/abc',
      firstSeen: -5,
      lastSeen: PAST_DATES,
    },
    { site: 'user', pageKind: 'other', url: 'javascript:alert(1)', firstSeen: NOW, lastSeen: NOW },
  ],
  provenance: { displayName: { source: 'user', at: Infinity } },
  // Links typed before they were checked (a manual capture took any URL): dropped by v6 too.
  linkedinUrl: 'https://evil.example/in/ilker/',
  salesNavUrls: ['https://evil.example/sales/lead/x', 'https://www.linkedin.com/sales/lead/ACwAAAB2D9232,NAME,x7Qe'],
} as const;
const company: Company = {
  id: uuid(3),
  name: 'Cargolink',
  domains: [],
  linkedinUrl: null,
  industry: null,
  size: null,
  createdAt: NOW,
  updatedAt: 8.64e15 + 1,
};
const companyWithLink = { ...company, id: uuid(4), updatedAt: NOW, linkedinUrl: 'javascript:alert(1)' };
const healthyDeal = makeDeal({ id: uuid(10), nextStep: { text: 'Call', dueAt: NOW + DAY } });
const damagedDeal = makeDeal({
  id: uuid(11),
  expectedClose: '9999-12-31',
  nextStep: { text: 'Call', dueAt: HUGE },
  stageHistory: [{ stageId: 'prospecting', enteredAt: PAST_DATES, leftAt: null }],
  status: 'won',
  wonAt: -1,
});
const healthyActivity = email(uuid(1), NOW, 'sent');
const damagedActivity = {
  ...email(uuid(2), NOW, 'received'),
  id: uuid(21),
  at: PAST_DATES,
  threadUrl: 'https://evil.example/login',
} as Activity;
const mergeActivity = {
  ...email(uuid(1), NOW, 'sent'),
  id: uuid(22),
  kind: 'merge',
  absorbedPersonId: uuid(2),
  undo: {
    survivorBefore: healthyPerson,
    absorbed: damagedPerson,
    movedActivityIds: [],
    movedDealIds: [],
    movedFollowUpIds: [],
  },
} as unknown as Activity;
const healthyFollowUp = { ...makeFollowUp({ id: uuid(30) }), openDueAt: makeFollowUp().dueAt };
const damagedFollowUp = { ...makeFollowUp({ id: uuid(31) }), dueAt: HUGE, snoozedUntil: HUGE, openDueAt: HUGE };
const run: CadenceRunRow = {
  id: uuid(40),
  cadenceId: 'c',
  personId: uuid(1),
  dealId: null,
  status: 'stopped',
  startedAt: NOW,
  endedAt: HUGE,
};
const reminder: ReminderOutboxRow = { id: 'n1', followUpIds: [], summary: false, createdAt: NOW, leaseUntil: HUGE };

async function fill(db: Dexie, version: number): Promise<void> {
  await db.table('prospects').bulkAdd([healthyPerson, damagedPerson]);
  await db.table('companies').bulkAdd([company, companyWithLink]);
  await db.table('deals').bulkAdd([healthyDeal, damagedDeal]);
  await db.table('activities').bulkAdd([healthyActivity, damagedActivity, mergeActivity]);
  await db.table('followUps').bulkAdd([healthyFollowUp, damagedFollowUp]);
  if (version >= 3) {
    await db.table('cadenceRuns').add(run);
    await db.table('reminderOutbox').add(reminder);
  }
}

/** Open at the newest version: damaged dates repaired, every row valid, healthy rows untouched. */
async function expectRepaired(name: string, version: number): Promise<void> {
  const db = new SidecarDB(name);
  await db.open();
  expect(db.verno).toBeGreaterThanOrEqual(6);
  const person = (await db.prospects.get(uuid(2)))!;
  expect(PersonSchema.safeParse(person).success).toBe(true);
  expect(person).toMatchObject({ createdAt: EPOCH_LAST, updatedAt: EPOCH_LAST });
  expect(person.sources[0]).toMatchObject({ firstSeen: 0, lastSeen: EPOCH_LAST });
  expect(person.provenance.displayName?.at).toBe(EPOCH_LAST);
  expect(person.sources.map((s) => s.url)).toEqual(['https://mail.google.com/mail/u/0/#inbox/abc', '']);
  expect(person.linkedinUrl).toBeNull();
  expect(person.salesNavUrls).toEqual(['https://www.linkedin.com/sales/lead/ACwAAAB2D9232,NAME,x7Qe']);
  expect(CompanySchema.parse(await db.companies.get(uuid(4))).linkedinUrl).toBeNull();
  expect(await db.prospects.get(uuid(1))).toEqual(healthyPerson);
  expect(CompanySchema.parse(await db.companies.get(uuid(3))).updatedAt).toBe(EPOCH_LAST);

  const deal = (await db.deals.get(uuid(11)))!;
  expect(DealSchema.safeParse(deal).success).toBe(true);
  expect(deal).toMatchObject({ expectedClose: null, wonAt: 0, nextStep: { dueAt: EPOCH_LAST } });
  expect(deal.stageHistory[0]?.enteredAt).toBe(EPOCH_LAST);
  expect(DealSchema.safeParse(await db.deals.get(uuid(10))).success).toBe(true);

  for (const a of await db.activities.toArray()) expect(ActivitySchema.safeParse(a).success, a.id).toBe(true);
  expect(await db.activities.get(uuid(21))).toMatchObject({ at: EPOCH_LAST, threadUrl: null });
  expect(await db.activities.get(healthyActivity.id)).toEqual(healthyActivity);

  const followUp = (await db.followUps.get(uuid(31)))!;
  expect(FollowUpSchema.safeParse(followUp).success).toBe(true);
  expect(followUp).toMatchObject({ dueAt: EPOCH_LAST, snoozedUntil: null, openDueAt: EPOCH_LAST });
  expect(await db.followUps.get(uuid(30))).toEqual(healthyFollowUp);
  expect(await db.followUps.where('openDueAt').above(EPOCH_LAST).count()).toBe(0);
  if (version >= 3) {
    expect((await db.cadenceRuns.get(uuid(40)))?.endedAt).toBe(EPOCH_LAST);
    expect((await db.reminderOutbox.get('n1'))?.leaseUntil).toBeNull();
  }
  db.close();
}

describe('schema upgrade → v6: dates back in range, refused links dropped', () => {
  for (const version of [2, 3, 4, 5] as const) {
    it(`v${version} → v6 repairs every table's dates and links and leaves healthy rows alone`, async () => {
      const name = `up6-${crypto.randomUUID()}`;
      await createAtVersion(name, version, (old) => fill(old, version));
      await expectRepaired(name, version);
    });
  }

  it('v1 → v6: a v1 prospect dated past the last Date becomes a valid Person', async () => {
    const name = `up6-${crypto.randomUUID()}`;
    const row = v1Prospect({ name: 'Çağla Öztürk', createdAt: HUGE, updatedAt: -10 });
    await createAtVersion(name, 1, (v1) => v1.table('prospects').add(row));
    const db = new SidecarDB(name);
    await db.open();
    const person = await db.prospects.get(row.id);
    expect(PersonSchema.safeParse(person).success).toBe(true);
    expect(person).toMatchObject({ createdAt: EPOCH_LAST, updatedAt: 0 });
    for (const a of await db.activities.toArray()) expect(ActivitySchema.safeParse(a).success).toBe(true);
    db.close();
  });
});
