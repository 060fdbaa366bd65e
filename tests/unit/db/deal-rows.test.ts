import { describe, expect, it } from 'vitest';
import { NO_NEXT_STEP_DUE, toDealRow } from '@/lib/db/deal-rows';
import { logActivity } from '@/lib/worker/activities';
import { logEmails } from '@/lib/worker/log-email';
import { createDeal, moveDeal, updateDeal } from '@/lib/worker/deals';
import { mergePersons, undoMerge } from '@/lib/worker/merge';
import { removeStage } from '@/lib/worker/pipelines';
import { DEFAULT_PIPELINE_ID } from '@/lib/db/repositories/settings';
import type { DealRow } from '@/lib/db/rows';
import type { SidecarDB } from '@/lib/db/schema';
import { lastTouchedAt } from '@/lib/domain/analytics-health';
import { backupOf, restore } from '../worker/jobs/restore-harness';
import { DAY, NOW, makeDeal, uuid } from '../domain/make-entities';
import { addPerson, freshDb } from './test-db';
import { gmailMessage } from '../worker/harness';

const newDeal = (personId: string) => ({
  personId,
  pipelineId: DEFAULT_PIPELINE_ID,
  title: 'Pilot',
  value: 1_250_000,
  currency: 'PLN',
  expectedClose: null,
});

/** The stored row, after checking that its index fields are exactly what its own fields imply. */
async function stored(db: SidecarDB, dealId: string): Promise<DealRow> {
  const row = (await db.deals.get(dealId))!;
  const expected =
    row.status === 'open'
      ? { openTouchedAt: lastTouchedAt(row), openStepDueAt: row.nextStep?.dueAt ?? NO_NEXT_STEP_DUE }
      : {};
  expect({ openTouchedAt: row.openTouchedAt, openStepDueAt: row.openStepDueAt }).toEqual({
    openTouchedAt: undefined,
    openStepDueAt: undefined,
    ...expected,
  });
  return row;
}

async function openDeal(db: SidecarDB, personId: string, now = 2_000): Promise<string> {
  const created = await createDeal(db, newDeal(personId), { now });
  if (!created.ok) throw new Error('setup');
  return created.value.dealId;
}

describe('deal index fields (openTouchedAt, openStepDueAt)', () => {
  it('an open deal has both, recomputed from its own fields; a closed one has neither', () => {
    const step = { text: 'Call', dueAt: NOW + DAY };
    const deal = makeDeal({
      lastActivityAt: NOW - 3 * DAY,
      nextStep: step,
      stageHistory: [{ stageId: 'prospecting', enteredAt: NOW - DAY, leftAt: null }],
    });
    expect(toDealRow(deal)).toEqual({ ...deal, openTouchedAt: NOW - DAY, openStepDueAt: NOW + DAY });
    expect(toDealRow({ ...deal, nextStep: null, openTouchedAt: 1, openStepDueAt: 2 })).toMatchObject({
      openTouchedAt: NOW - DAY,
      openStepDueAt: NO_NEXT_STEP_DUE,
    });
    const won = toDealRow({ ...deal, status: 'won', wonAt: NOW, openTouchedAt: 1, openStepDueAt: 2 });
    expect(won).toEqual({ ...deal, status: 'won', wonAt: NOW });
  });

  it('createDeal, updateDeal and moveDeal keep them right, and a win removes them', async () => {
    const db = await freshDb();
    const personId = await addPerson(db);
    const id = await openDeal(db, personId, 2_000);
    expect(await stored(db, id)).toMatchObject({ openTouchedAt: 2_000, openStepDueAt: NO_NEXT_STEP_DUE });

    expect(
      (await updateDeal(db, { dealId: id, patch: { nextStep: { text: 'Demo', dueAt: 50_000 } } }, { now: 3_000 })).ok,
    ).toBe(true);
    expect(await stored(db, id)).toMatchObject({ openTouchedAt: 2_000, openStepDueAt: 50_000 });
    expect((await updateDeal(db, { dealId: id, patch: { nextStep: null } }, { now: 3_500 })).ok).toBe(true);
    expect((await stored(db, id)).openStepDueAt).toBe(NO_NEXT_STEP_DUE);

    const stages = (await db.pipelines.get(DEFAULT_PIPELINE_ID))!.stages;
    expect(
      (
        await moveDeal(
          db,
          { dealId: id, toStageId: stages[1]!.id, nextStep: { text: 'Offer', dueAt: 60_000 } },
          { now: 4_000 },
        )
      ).ok,
    ).toBe(true);
    expect(await stored(db, id)).toMatchObject({ openTouchedAt: 4_000, openStepDueAt: 60_000 });
    const won = stages.find((s) => s.kind === 'won')!;
    expect((await moveDeal(db, { dealId: id, toStageId: won.id }, { now: 5_000 })).ok).toBe(true);
    expect(await stored(db, id)).toMatchObject({ status: 'won' });
    expect(await db.deals.where('openTouchedAt').aboveOrEqual(0).count()).toBe(0);
  });

  it('logging a touch (activity or email) moves openTouchedAt, leaving no stale index entry', async () => {
    const db = await freshDb();
    const personId = await addPerson(db, { emails: ['x@firma.pl'] }, 1_000);
    const id = await openDeal(db, personId, 2_000);
    const logged = await logActivity(
      db,
      { kind: 'note', personId, at: 7_000, text: 'Spoke at the fair' },
      { now: 7_100 },
    );
    expect(logged.ok).toBe(true);
    expect((await stored(db, id)).openTouchedAt).toBe(7_000);
    const messages = [gmailMessage('g1', 'x@firma.pl', ['me@x.io'], 9_000)];
    await logEmails(db, { account: 'me@x.io', threadUrl: null, messages }, { now: 9_100 });
    expect((await stored(db, id)).openTouchedAt).toBe(9_000);
    expect(await db.deals.where('openTouchedAt').belowOrEqual(8_000).count()).toBe(0);
  });

  it('removing a stage re-enters its deals now; merging and undoing keep the fields', async () => {
    const db = await freshDb();
    const a = await addPerson(db, { name: 'Łukasz Nowak', linkedinUrl: 'https://www.linkedin.com/in/lukasz-nowak/' });
    const b = await addPerson(db, {
      site: 'gmail',
      name: 'Lukasz Nowak',
      linkedinUrl: null,
      emails: ['lukasz@firma.pl'],
    });
    const id = await openDeal(db, b, 2_000);
    const stages = (await db.pipelines.get(DEFAULT_PIPELINE_ID))!.stages;
    expect(
      (
        await removeStage(
          db,
          { pipelineId: DEFAULT_PIPELINE_ID, stageId: stages[0]!.id, moveDealsTo: stages[1]!.id },
          { now: 9_000 },
        )
      ).ok,
    ).toBe(true);
    expect(await stored(db, id)).toMatchObject({ stageId: stages[1]!.id, openTouchedAt: 9_000 });
    expect(await db.deals.where('[pipelineId+stageId]').equals([DEFAULT_PIPELINE_ID, stages[1]!.id]).count()).toBe(1);

    const merged = await mergePersons(
      db,
      { survivorId: a, absorbedId: b, choices: { displayName: 'a' } },
      { now: 10_000 },
    );
    if (!merged.ok) throw new Error(merged.error);
    expect(await stored(db, id)).toMatchObject({ personId: a, openTouchedAt: 9_000, openStepDueAt: NO_NEXT_STEP_DUE });
    expect((await undoMerge(db, { mergeActivityId: merged.value.mergeActivityId }, { now: 11_000 })).ok).toBe(true);
    expect(await stored(db, id)).toMatchObject({ personId: b, openTouchedAt: 9_000 });
  });

  it('raw table writes recompute them too: stale values never reach the index', async () => {
    const db = await freshDb();
    const stale = { ...makeDeal({ id: uuid(7), lastActivityAt: NOW }), openTouchedAt: 1, openStepDueAt: 1 };
    await db.deals.bulkPut([stale]);
    expect((await stored(db, uuid(7))).openTouchedAt).toBe(NOW);
    await db.deals.update(uuid(7), { nextStep: { text: 'Ping', dueAt: NOW + DAY } });
    expect((await stored(db, uuid(7))).openStepDueAt).toBe(NOW + DAY);
    await db.deals.where('id').equals(uuid(7)).modify({ status: 'lost', lostAt: NOW, lostReason: 'price' });
    await stored(db, uuid(7));
    expect(await db.deals.where('openStepDueAt').aboveOrEqual(NO_NEXT_STEP_DUE).count()).toBe(0);
  });

  it('a backup leaves them out, and a restore puts them back', async () => {
    const db = await freshDb();
    const personId = await addPerson(db, { name: 'Ірина Бойко' });
    const id = await openDeal(db, personId, 2_000);
    await updateDeal(db, { dealId: id, patch: { nextStep: { text: 'Дзвінок', dueAt: 40_000 } } }, { now: 3_000 });
    const text = await backupOf(db);
    expect(text).not.toContain('openTouchedAt');
    expect(text).not.toContain('openStepDueAt');
    const other = await freshDb();
    expect((await restore(other, text)).status).toBe('done');
    expect(await stored(other, id)).toMatchObject({ openTouchedAt: 2_000, openStepDueAt: 40_000 });
    expect(await other.deals.where('openStepDueAt').below(50_000).primaryKeys()).toEqual([id]);
  });
});
