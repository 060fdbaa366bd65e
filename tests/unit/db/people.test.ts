import { describe, expect, it } from 'vitest';
import { capturePerson } from '@/lib/db/repositories/persons';
import { changeQualification, deletePerson, updatePerson } from '@/lib/db/repositories/person-edits';
import { mergePersons, undoMerge } from '@/lib/db/repositories/merges';
import { logEmail } from '@/lib/db/repositories/activities';
import { scheduleFollowUp } from '@/lib/db/repositories/follow-ups';
import { addPerson, contactOf, freshDb } from './test-db';

const src = { pageKind: 'linkedin-profile' as const, url: 'https://www.linkedin.com/in/mwz/' };

describe('people', () => {
  it('a user edit is never overwritten by a later capture', async () => {
    const db = await freshDb();
    const id = await addPerson(db, { headline: 'Dyrektorka ds. Zakupów' });
    expect((await updatePerson(db, id, { headline: 'Head of Purchasing (EMEA)' }, 2_000)).ok).toBe(true);
    await capturePerson(db, contactOf({ headline: 'Something else', location: 'Kraków' }), src, 3_000);
    const p = (await db.prospects.get(id))!;
    expect(p.headline).toBe('Head of Purchasing (EMEA)');
    expect(p.location).toBe('Kraków');
    expect(p.provenance.headline?.source).toBe('user');
  });

  it('an invalid edit stores nothing', async () => {
    const db = await freshDb();
    const id = await addPerson(db);
    const before = await db.prospects.get(id);
    expect(await updatePerson(db, id, { displayName: '   ' }, 2_000)).toMatchObject({
      ok: false,
      error: 'invalid-input',
    });
    expect(await db.prospects.get(id)).toEqual(before);
  });

  it("marking SQL is the user's call and lands on the timeline", async () => {
    const db = await freshDb();
    const id = await addPerson(db);
    await changeQualification(db, id, { criterion: { key: 'budget', answer: 'yes', note: '50k' } }, 2_000);
    expect((await db.prospects.get(id))!.lifecycle).toBe('lead');
    await changeQualification(db, id, { status: 'sql' }, 3_000);
    const p = (await db.prospects.get(id))!;
    expect(p).toMatchObject({
      lifecycle: 'sql',
      qualification: { status: 'sql', budget: { answer: 'yes', note: '50k' } },
    });
    expect(
      (await db.activities.where('personId').equals(id).toArray()).some((a) => a.kind === 'qualification-change'),
    ).toBe(true);
  });

  it('merge unites emails, activities and follow-ups; undo restores both people exactly', async () => {
    const db = await freshDb();
    const a = await addPerson(db, { name: 'Łukasz Nowak', linkedinUrl: 'https://www.linkedin.com/in/lukasz-nowak/' });
    const b = await addPerson(db, {
      site: 'gmail',
      name: 'Lukasz Nowak',
      linkedinUrl: null,
      emails: ['lukasz@firma.pl'],
    });
    await logEmail(
      db,
      [b],
      {
        gmailMessageId: 'm1',
        subject: 'Oferta',
        at: 5,
        from: 'lukasz@firma.pl',
        participants: [],
        snippet: 'Dzień dobry',
      },
      'me@x.io',
      null,
      6,
    );
    await scheduleFollowUp(db, { personId: b, dealId: null, dueAt: 10_000, kind: 'call', note: '' }, 7);
    const before = { a: await db.prospects.get(a), b: await db.prospects.get(b) };
    const merged = await mergePersons(db, a, b, { displayName: 'a' }, 8);
    if (!merged.ok) throw new Error(merged.error);
    expect(await db.prospects.count()).toBe(1);
    const survivor = (await db.prospects.get(a))!;
    expect(survivor.emails).toEqual(['lukasz@firma.pl']);
    expect(survivor.displayName).toBe('Łukasz Nowak');
    expect(await db.activities.where('personId').equals(b).count()).toBe(0);
    expect(await db.followUps.where('personId').equals(a).count()).toBe(1);
    // The survivor is now found by the absorbed person's email.
    const again = await capturePerson(
      db,
      contactOf({ site: 'gmail', name: null, linkedinUrl: null, emails: ['LUKASZ@firma.pl'] }),
      src,
      9,
    );
    expect(again).toEqual({ personId: a, created: false });

    expect((await undoMerge(db, merged.value.mergeActivityId)).ok).toBe(true);
    expect(await db.prospects.get(b)).toEqual(before.b);
    expect(await db.prospects.get(a)).toEqual(before.a);
    expect(await db.followUps.where('personId').equals(b).count()).toBe(1);
    expect((await db.activities.where('personId').equals(b).toArray()).map((x) => x.kind).sort()).toEqual([
      'captured',
      'email',
    ]);
  });

  it('logging one email twice puts it on the timeline once', async () => {
    const db = await freshDb();
    const id = await addPerson(db);
    const email = {
      gmailMessageId: 'FMfcg1',
      subject: 'Re: pilot',
      at: 100,
      from: 'daniel@brightloop.io',
      participants: [],
      snippet: 'x'.repeat(500),
    };
    expect(await logEmail(db, [id], email, 'Daniel@Brightloop.io', null, 200)).toEqual({ logged: 1, alreadyLogged: 0 });
    expect(await logEmail(db, [id], email, 'daniel@brightloop.io', null, 300)).toEqual({ logged: 0, alreadyLogged: 1 });
    const [logged] = (await db.activities.where('personId').equals(id).toArray()).filter((a) => a.kind === 'email');
    expect(logged).toMatchObject({ direction: 'sent', account: 'daniel@brightloop.io' });
    expect(logged && 'snippet' in logged ? [...logged.snippet].length : 0).toBeLessThanOrEqual(200);
  });

  it('deleting a person deletes their deals, timeline and follow-ups', async () => {
    const db = await freshDb();
    const id = await addPerson(db);
    await scheduleFollowUp(db, { personId: id, dealId: null, dueAt: 1, kind: 'task', note: '' }, 2);
    await deletePerson(db, id);
    expect([await db.prospects.count(), await db.activities.count(), await db.followUps.count()]).toEqual([0, 0, 0]);
  });
});
