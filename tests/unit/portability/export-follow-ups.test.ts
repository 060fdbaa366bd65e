import { describe, expect, it } from 'vitest';
import ICAL from 'ical.js';
import { completeFollowUp, scheduleFollowUp } from '@/lib/worker/follow-ups';
import { buildFollowUpsIcs } from '@/lib/portability/export-follow-ups';
import { icsUidFor } from '@/lib/portability/ics';
import { addPerson, freshDb } from '../db/test-db';

const T = Date.UTC(2026, 3, 1, 8);

describe('exporting follow-ups to .ics', () => {
  it('exports open follow-ups with names and stable UIDs, closed ones only when asked', async () => {
    const db = await freshDb();
    const personId = await addPerson(db, { name: 'Олена Коваленко' });
    const open = await scheduleFollowUp(
      db,
      { personId, dealId: null, dueAt: T, kind: 'call', note: 'Budżet; termin, decyzja' },
      { now: T - 1 },
    );
    const done = await scheduleFollowUp(
      db,
      { personId, dealId: null, dueAt: T - 86_400_000, kind: 'email', note: '' },
      { now: T - 2 },
    );
    if (!open.ok || !done.ok) throw new Error('setup');
    await completeFollowUp(db, { followUpId: done.value.followUpId }, { now: T - 10 });
    const t = (key: string) => ({ reminderKind_call: 'Zadzwoń', reminderKind_email: 'E-mail' })[key] ?? key;

    const first = await buildFollowUpsIcs(db, { now: T, translate: t });
    const events = new ICAL.Component(ICAL.parse(first)).getAllSubcomponents('vevent');
    expect(events.map((e) => e.getFirstPropertyValue('summary'))).toEqual(['Zadzwoń: Олена Коваленко']);
    expect(events[0]?.getFirstPropertyValue('description')).toBe('Budżet; termin, decyzja');
    expect(events[0]?.getFirstPropertyValue('uid')).toBe(icsUidFor(open.value.followUpId));

    const again = await buildFollowUpsIcs(db, { now: T + 60_000, includeDoneSince: T - 3_600_000 });
    const uids = new ICAL.Component(ICAL.parse(again))
      .getAllSubcomponents('vevent')
      .map((e) => e.getFirstPropertyValue('uid'));
    expect(uids).toEqual([icsUidFor(done.value.followUpId), icsUidFor(open.value.followUpId)]);
  });
});
