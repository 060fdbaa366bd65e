import { describe, expect, it } from 'vitest';
import {
  markFollowUpDone,
  rescheduleFollowUpTo,
  scheduleFollowUp,
  snoozeFollowUpUntil,
} from '@/lib/db/repositories/follow-ups';
import { addPerson, freshDb } from './test-db';

describe('follow-ups', () => {
  it('keeps the open-due index in step: schedule, snooze, reschedule, done', async () => {
    const db = await freshDb();
    const personId = await addPerson(db);
    const created = await scheduleFollowUp(
      db,
      { personId, dealId: null, dueAt: 1_000, kind: 'call', note: 'Zadzwonić' },
      10,
    );
    if (!created.ok) throw new Error(created.error);
    const id = created.value.id;
    expect((await db.followUps.get(id))?.openDueAt).toBe(1_000);
    await snoozeFollowUpUntil(db, id, 5_000, 20);
    expect((await db.followUps.get(id))?.openDueAt).toBe(5_000);
    await rescheduleFollowUpTo(db, id, 9_000, 30);
    expect(await db.followUps.where('openDueAt').belowOrEqual(8_000).count()).toBe(0);
    expect(await db.followUps.where('openDueAt').belowOrEqual(9_000).count()).toBe(1);
    await markFollowUpDone(db, id, 40);
    expect(await db.followUps.where('openDueAt').belowOrEqual(Infinity).count()).toBe(0);
  });

  it('done lands on the timeline once, however often it is clicked', async () => {
    const db = await freshDb();
    const personId = await addPerson(db);
    const created = await scheduleFollowUp(
      db,
      { personId, dealId: null, dueAt: 1_000, kind: 'email', note: 'Send the offer' },
      10,
    );
    if (!created.ok) throw new Error(created.error);
    await markFollowUpDone(db, created.value.id, 50);
    await markFollowUpDone(db, created.value.id, 60);
    const done = (await db.activities.where('personId').equals(personId).toArray()).filter(
      (a) => a.kind === 'follow-up-done',
    );
    expect(done).toMatchObject([{ followUpId: created.value.id, note: 'Send the offer', at: 50 }]);
  });

  it('refuses a follow-up for someone who does not exist, and stores nothing', async () => {
    const db = await freshDb();
    const r = await scheduleFollowUp(
      db,
      { personId: crypto.randomUUID(), dealId: null, dueAt: 1, kind: 'task', note: '' },
      1,
    );
    expect(r).toMatchObject({ ok: false, error: 'not-found' });
    expect(await db.followUps.count()).toBe(0);
  });
});
