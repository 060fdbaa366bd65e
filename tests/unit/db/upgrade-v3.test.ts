import { STORES } from '@/lib/db/versions';
import { describe, expect, it } from 'vitest';
import { Dexie } from 'dexie';
import { SidecarDB } from '@/lib/db/schema';
import { listOpenDueBy } from '@/lib/db/repositories/follow-ups';
import { getSettings } from '@/lib/db/repositories/settings';
import { UNKNOWN_CADENCE_ID } from '@/lib/db/migrations/v3';
import { FollowUpSchema } from '@/lib/domain/follow-up';
import { DEFAULT_SETTINGS } from '@/lib/domain/settings';
import { makePerson, uuid } from '../domain/make-entities';

// Schema v1 and v2 exactly as released (lib/db/versions.ts keeps every version's stores).
const V2 = { ...STORES[1], ...STORES[2] };

const T = Date.UTC(2026, 2, 10, 9);
// A v2 follow-up as an early build stored it: no noteKey, cancelReason or dedupeKey yet.
const v2FollowUp = (n: number, over: Record<string, unknown>) => ({
  id: uuid(n),
  personId: uuid(1),
  dealId: null,
  dueAt: T,
  kind: 'email',
  note: 'Zadzwonić do Łucji',
  done: false,
  doneAt: null,
  snoozedUntil: null,
  origin: 'manual',
  ruleId: null,
  cadenceRunId: null,
  cadenceStep: null,
  notifiedAt: null,
  createdAt: T - 1_000,
  updatedAt: T - 1_000,
  ...over,
});

async function createV2(name: string): Promise<void> {
  const v2 = new Dexie(name);
  v2.version(2).stores(V2);
  await v2.table('prospects').add(makePerson({ id: uuid(1), displayName: 'Łucja Żak' }));
  await v2.table('followUps').bulkAdd([
    v2FollowUp(10, { snoozedUntil: T + 3_600_000, openDueAt: T }), // stale index value
    v2FollowUp(11, { done: true, doneAt: T, openDueAt: T }), // done, yet still indexed
    v2FollowUp(12, {
      origin: 'cadence',
      cadenceRunId: uuid(90),
      cadenceStep: 0,
      done: true,
      doneAt: T,
      createdAt: T - 5_000,
    }),
    v2FollowUp(13, {
      origin: 'cadence',
      cadenceRunId: uuid(90),
      cadenceStep: 1,
      dueAt: T + 86_400_000,
      openDueAt: T + 86_400_000,
    }),
    v2FollowUp(14, {
      origin: 'rule',
      ruleId: 'no-reply',
      dedupeKey: 'rule:no-reply:1:x',
      openDueAt: T,
      noteKey: 'followUp.rule.noReply',
      cancelReason: null,
    }),
  ]);
  const { rules: _rules, ...before } = {
    ...DEFAULT_SETTINGS,
    workingTime: { ...DEFAULT_SETTINGS.workingTime, timeZone: 'Europe/Warsaw' },
  };
  void _rules;
  await v2.table('settings').put({ id: 'settings', value: before });
  v2.close();
}

describe('schema upgrade v2 → v3', () => {
  it('keeps every follow-up, fills the later fields, fixes the scan index and rebuilds cadence runs', async () => {
    const name = `up3-${crypto.randomUUID()}`;
    await createV2(name);
    const db = new SidecarDB(name);
    await db.open();
    expect(db.verno).toBeGreaterThanOrEqual(3);
    const rows = await db.followUps.toArray();
    expect(rows).toHaveLength(5);
    for (const f of rows) expect(FollowUpSchema.safeParse(f).success, JSON.stringify(f)).toBe(true);
    expect(await db.followUps.get(uuid(10))).toMatchObject({
      noteKey: null,
      cancelReason: null,
      dedupeKey: null,
      openDueAt: T + 3_600_000,
    });
    expect((await db.followUps.get(uuid(11)))?.openDueAt).toBeUndefined();
    expect((await db.followUps.get(uuid(14)))?.dedupeKey).toBe('rule:no-reply:1:x');
    expect((await listOpenDueBy(db, T)).map((f) => f.id)).toEqual([uuid(14)]);
    expect(await db.cadenceRuns.toArray()).toEqual([
      {
        id: uuid(90),
        cadenceId: UNKNOWN_CADENCE_ID,
        personId: uuid(1),
        dealId: null,
        status: 'active',
        startedAt: T - 5_000,
        endedAt: null,
      },
    ]);
    expect(await getSettings(db)).toMatchObject({
      rules: DEFAULT_SETTINGS.rules,
      workingTime: { timeZone: 'Europe/Warsaw' },
    });
    expect(await db.prospects.get(uuid(1))).toMatchObject({ displayName: 'Łucja Żak' });
    expect([await db.cadences.count(), await db.meta.count(), await db.reminderOutbox.count()]).toEqual([0, 0, 0]);
    db.close();
  });

  it('an empty v2 database upgrades too', async () => {
    const name = `up3-${crypto.randomUUID()}`;
    const v2 = new Dexie(name);
    v2.version(2).stores(V2);
    await v2.open();
    v2.close();
    const db = new SidecarDB(name);
    await db.open();
    expect(db.verno).toBeGreaterThanOrEqual(3);
    expect(await db.followUps.count()).toBe(0);
    db.close();
  });
});
