import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { SidecarDB } from '@/lib/db/schema';
import { addPerson, contactOf, freshDb } from '../db/test-db';
import { gmailMessage, messagesFor } from './harness';

const src = { pageKind: 'linkedin-profile' as const, url: 'https://www.linkedin.com/in/mwz/' };

describe('people (updatePerson, changeQualification, mergePersons, undoMerge, deletePerson, forgetPerson)', () => {
  let db: SidecarDB;
  let m: ReturnType<typeof messagesFor>;
  beforeEach(async () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(2_000);
    db = await freshDb();
    m = messagesFor(db);
  });
  afterEach(() => vi.useRealTimers());

  it('a user edit is never overwritten by a later capture', async () => {
    const id = await addPerson(db, { headline: 'Dyrektorka ds. Zakupów' });
    await m.sendOk('updatePerson', { personId: id, patch: { headline: 'Head of Purchasing (EMEA)' } });
    await m.sendOk('captureManual', {
      contact: contactOf({ headline: 'Something else', location: 'Kraków' }),
      ...src,
    });
    const p = (await db.prospects.get(id))!;
    expect(p.headline).toBe('Head of Purchasing (EMEA)');
    expect(p.location).toBe('Kraków');
    expect(p.provenance.headline?.source).toBe('user');
  });

  it('an address the user typed is recorded as typed, one read from a page as read there', async () => {
    const id = await addPerson(db);
    await m.sendOk('updatePerson', { personId: id, patch: { emails: ['maria@firma.pl'] } });
    await m.sendOk('captureManual', { contact: contactOf({ emails: ['maria@firma.pl', 'm.w@firma.pl'] }), ...src });
    const p = (await db.prospects.get(id))!;
    expect(p.valueProvenance).toEqual([
      { field: 'emails', value: 'maria@firma.pl', source: 'user', at: 2_000 },
      { field: 'emails', value: 'm.w@firma.pl', source: 'linkedin', at: 2_000, ...src },
    ]);
  });

  it('an invalid edit stores nothing', async () => {
    const id = await addPerson(db);
    const before = await db.prospects.get(id);
    expect(
      await m.send('updatePerson', {
        personId: id,
        patch: { emails: ['not an address'], displayName: 'x'.repeat(301) },
      }),
    ).toMatchObject({
      ok: false,
      error: 'invalid-input',
    });
    expect(await db.prospects.get(id)).toEqual(before);
  });

  it("marking SQL is the user's call and lands on the timeline", async () => {
    const id = await addPerson(db);
    await m.sendOk('changeQualification', { personId: id, criterion: { key: 'budget', answer: 'yes', note: '50k' } });
    expect((await db.prospects.get(id))!.lifecycle).toBe('lead');
    await m.sendOk('changeQualification', { personId: id, status: 'sql' });
    expect(await db.prospects.get(id)).toMatchObject({
      lifecycle: 'sql',
      qualification: { status: 'sql', budget: { answer: 'yes', note: '50k' } },
    });
    const kinds = (await db.activities.where('personId').equals(id).toArray()).map((a) => a.kind);
    expect(kinds).toContain('qualification-change');
  });

  it('merge unites emails, activities, follow-ups and cadence runs; undo restores both people exactly', async () => {
    const a = await addPerson(db, { name: 'Łukasz Nowak', linkedinUrl: 'https://www.linkedin.com/in/lukasz-nowak/' });
    const b = await addPerson(db, {
      site: 'gmail',
      name: 'Lukasz Nowak',
      linkedinUrl: null,
      emails: ['lukasz@firma.pl'],
    });
    await m.sendOk('logEmail', {
      account: 'me@x.io',
      threadUrl: null,
      messages: [gmailMessage('m1', 'lukasz@firma.pl', ['me@x.io'], 5)],
    });
    await m.sendOk('scheduleFollowUp', { personId: b, dealId: null, dueAt: 10_000, kind: 'call', note: '' });
    const { cadenceRunId } = await m.sendOk('startCadence', { personId: b, cadenceId: 'builtin:seven-touches' });
    const before = { a: await db.prospects.get(a), b: await db.prospects.get(b) };
    const merged = await m.sendOk('mergePersons', { survivorId: a, absorbedId: b, choices: { displayName: 'a' } });
    expect(await db.prospects.count()).toBe(1);
    const survivor = (await db.prospects.get(a))!;
    expect(survivor.emails).toEqual(['lukasz@firma.pl']);
    expect(survivor.displayName).toBe('Łukasz Nowak');
    expect(await db.activities.where('personId').equals(b).count()).toBe(0);
    expect((await db.cadenceRuns.get(cadenceRunId))?.personId).toBe(a);
    const again = await m.sendOk('captureManual', {
      contact: contactOf({ site: 'gmail', name: null, linkedinUrl: null, emails: ['LUKASZ@firma.pl'] }),
      ...src,
    });
    expect(again).toEqual({ personId: a, created: false });

    await m.sendOk('undoMerge', { mergeActivityId: merged.mergeActivityId });
    expect(await db.prospects.get(b)).toEqual(before.b);
    expect(await db.prospects.get(a)).toEqual({
      ...before.a,
      sources: expect.any(Array),
      updatedAt: expect.any(Number),
    });
    expect((await db.cadenceRuns.get(cadenceRunId))?.personId).toBe(b);
    expect((await db.activities.where('personId').equals(b).toArray()).map((x) => x.kind).sort()).toEqual([
      'captured',
      'email',
    ]);
  });

  it('deleting a person deletes their deals, timeline, follow-ups and cadence runs; forgetting someone unknown is not-found', async () => {
    const id = await addPerson(db);
    await m.sendOk('scheduleFollowUp', { personId: id, dealId: null, dueAt: 1, kind: 'task', note: '' });
    await m.sendOk('startCadence', { personId: id, cadenceId: 'builtin:seven-touches' });
    await m.sendOk('createDeal', { personId: id, title: 'Deal', value: 1, currency: 'EUR', expectedClose: null });
    await m.sendOk('deletePerson', { personId: id });
    const counts = await Promise.all(
      [db.prospects, db.activities, db.followUps, db.deals, db.cadenceRuns].map((t) => t.count()),
    );
    expect(counts).toEqual([0, 0, 0, 0, 0]);
    expect(await m.send('forgetPerson', { personId: id })).toMatchObject({ ok: false, error: 'not-found' });
    const other = await addPerson(db, { linkedinUrl: 'https://www.linkedin.com/in/other/' });
    await m.sendOk('forgetPerson', { personId: other });
    expect(await db.prospects.count()).toBe(0);
  });
});
