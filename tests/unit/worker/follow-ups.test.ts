import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { SidecarDB } from '@/lib/db/schema';
import { addPerson, freshDb } from '../db/test-db';
import { messagesFor } from './harness';

describe('follow-ups (scheduleFollowUp, snoozeFollowUp, rescheduleFollowUp, completeFollowUp, scheduleFollowUpPreset)', () => {
  let db: SidecarDB;
  let personId: string;
  let m: ReturnType<typeof messagesFor>;
  const at = (t: number) => vi.setSystemTime(t);
  beforeEach(async () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    db = await freshDb();
    personId = await addPerson(db);
    m = messagesFor(db);
  });
  afterEach(() => vi.useRealTimers());

  it('keeps the open-due index in step: schedule, snooze, reschedule, done', async () => {
    at(10);
    const { followUpId: id } = await m.sendOk('scheduleFollowUp', {
      personId,
      dealId: null,
      dueAt: 1_000,
      kind: 'call',
      note: 'Zadzwonić',
    });
    expect((await db.followUps.get(id))?.openDueAt).toBe(1_000);
    await m.sendOk('snoozeFollowUp', { followUpId: id, until: 5_000 });
    expect((await db.followUps.get(id))?.openDueAt).toBe(5_000);
    await m.sendOk('rescheduleFollowUp', { followUpId: id, dueAt: 9_000 });
    expect(await db.followUps.where('openDueAt').belowOrEqual(8_000).count()).toBe(0);
    expect(await db.followUps.where('openDueAt').belowOrEqual(9_000).count()).toBe(1);
    await m.sendOk('completeFollowUp', { followUpId: id });
    expect(await db.followUps.where('openDueAt').belowOrEqual(Infinity).count()).toBe(0);
  });

  it('done lands on the timeline once, however often it is clicked', async () => {
    const { followUpId } = await m.sendOk('scheduleFollowUp', {
      personId,
      dealId: null,
      dueAt: 1_000,
      kind: 'email',
      note: 'Send the offer',
    });
    at(50);
    await m.sendOk('completeFollowUp', { followUpId });
    at(60);
    await m.sendOk('completeFollowUp', { followUpId });
    const done = (await db.activities.where('personId').equals(personId).toArray()).filter(
      (a) => a.kind === 'follow-up-done',
    );
    expect(done).toMatchObject([{ followUpId, note: 'Send the offer', at: 50 }]);
  });

  it('a preset is computed in working time; a retry with the same operation id schedules once', async () => {
    at(Date.parse('2026-03-19T14:00:00Z'));
    const input = {
      personId,
      dealId: null,
      preset: { kind: 'tomorrow-morning' } as const,
      kind: 'call' as const,
      note: '',
    };
    const first = await m.send('scheduleFollowUpPreset', { ...input, opId: 'op-preset-1' });
    expect(await m.send('scheduleFollowUpPreset', { ...input, opId: 'op-preset-1' })).toEqual(first);
    expect(await db.followUps.count()).toBe(1);
  });

  it('refuses a follow-up for someone who does not exist, and stores nothing', async () => {
    const r = await m.send('scheduleFollowUp', {
      personId: crypto.randomUUID(),
      dealId: null,
      dueAt: 1,
      kind: 'task',
      note: '',
    });
    expect(r).toMatchObject({ ok: false, error: 'not-found' });
    expect(await db.followUps.count()).toBe(0);
    expect(await db.operations.count()).toBe(0);
  });
});
