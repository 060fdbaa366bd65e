import { describe, expect, it } from 'vitest';
import {
  BUILT_IN_CADENCE,
  CadenceSchema,
  shiftCadenceAfterLateTouch,
  startCadence,
  stopCadenceOnReply,
  stopCadenceRun,
  type Cadence,
} from '../../../lib/domain/cadence';
import { FollowUpSchema, completeFollowUp, type FollowUp } from '../../../lib/domain/follow-up';
import {
  OTHER_PERSON,
  PERSON,
  SUN_THU,
  makeFollowUp,
  makeIdGen,
  officeHours,
  showLocal,
  uuid,
} from './follow-up.fixture';

const WARSAW = officeHours('Europe/Warsaw');
const t = (iso: string) => Date.parse(iso);
const show = (fs: readonly FollowUp[], zone = 'Europe/Warsaw') => fs.map((f) => showLocal(f.dueAt, zone));

function startWarsawRun(): FollowUp[] {
  return startCadence(BUILT_IN_CADENCE, PERSON, t('2026-03-16T10:00:00+01:00'), WARSAW, makeIdGen());
}

describe('BUILT_IN_CADENCE', () => {
  it('has 6 to 8 touches mixing email, LinkedIn and phone over three working weeks', () => {
    const steps = BUILT_IN_CADENCE.steps;
    expect(steps.length).toBeGreaterThanOrEqual(6);
    expect(steps.length).toBeLessThanOrEqual(8);
    expect(new Set(steps.map((s) => s.kind))).toEqual(new Set(['email', 'linkedin-message', 'call']));
    expect(steps.reduce((sum, s) => sum + s.offsetDays, 0)).toBe(15);
    expect(steps.every((s) => s.noteKey !== null)).toBe(true);
    expect(CadenceSchema.parse(BUILT_IN_CADENCE)).toEqual(BUILT_IN_CADENCE);
  });

  it('needs a name or a name key and at least one step', () => {
    expect(CadenceSchema.safeParse({ id: 'c', steps: [{ offsetDays: 0, kind: 'call' }] }).success).toBe(false);
    expect(CadenceSchema.safeParse({ id: 'c', name: 'Mine', steps: [] }).success).toBe(false);
    expect(CadenceSchema.parse({ id: 'c', name: 'Mine', steps: [{ offsetDays: 0, kind: 'call' }] }).steps[0]).toEqual({
      offsetDays: 0,
      kind: 'call',
      note: null,
      noteKey: null,
    });
  });
});

describe('startCadence', () => {
  it('plans every touch in working days, keeping 10:00 across the spring change', () => {
    const run = startWarsawRun();
    expect(show(run)).toEqual([
      '2026-03-16 10:00 Mon',
      '2026-03-18 10:00 Wed',
      '2026-03-20 10:00 Fri',
      '2026-03-25 10:00 Wed',
      '2026-03-30 10:00 Mon',
      '2026-04-01 10:00 Wed',
      '2026-04-06 10:00 Mon',
    ]);
    expect(run.map((f) => f.cadenceStep)).toEqual([0, 1, 2, 3, 4, 5, 6]);
  });

  it('produces valid, open cadence follow-ups of one run with unique ids', () => {
    const run = startWarsawRun();
    for (const f of run) expect(FollowUpSchema.parse(f)).toEqual(f);
    expect(new Set(run.map((f) => f.cadenceRunId))).toEqual(new Set([uuid(100)]));
    expect(new Set(run.map((f) => f.id)).size).toBe(run.length);
    expect(run.every((f) => f.origin === 'cadence' && !f.done && f.personId === PERSON && f.dealId === null)).toBe(
      true,
    );
    expect(run[0]?.noteKey).toBe('cadence.touch.introEmail');
  });

  it('starts a weekend cadence on the next working day at dayStart', () => {
    const run = startCadence(BUILT_IN_CADENCE, PERSON, t('2026-03-28T15:00:00+01:00'), WARSAW, makeIdGen(), uuid(3));
    expect(show(run).slice(0, 2)).toEqual(['2026-03-30 09:00 Mon', '2026-04-01 09:00 Wed']);
    expect(run[0]?.dealId).toBe(uuid(3));
  });

  it('follows a Sun–Thu week in Istanbul', () => {
    const cadence: Cadence = {
      id: 'c',
      name: 'Short',
      nameKey: null,
      steps: [
        { offsetDays: 0, kind: 'email', note: 'Hi', noteKey: null },
        { offsetDays: 1, kind: 'call', note: null, noteKey: null },
        { offsetDays: 1, kind: 'linkedin-message', note: null, noteKey: null },
      ],
    };
    const wt = officeHours('Europe/Istanbul', { workingDays: SUN_THU });
    const run = startCadence(cadence, PERSON, t('2026-03-25T11:00:00+03:00'), wt, makeIdGen());
    expect(show(run, 'Europe/Istanbul')).toEqual([
      '2026-03-25 11:00 Wed',
      '2026-03-26 11:00 Thu',
      '2026-03-29 11:00 Sun',
    ]);
    expect(run.map((f) => f.note)).toEqual(['Hi', '', '']);
  });
});

describe('shiftCadenceAfterLateTouch', () => {
  it('shifts the open later steps by the lateness in working days', () => {
    const run = startWarsawRun();
    const step2 = run[2]!; // Fri 20 March, done Tuesday 24: two working days late
    const shifted = shiftCadenceAfterLateTouch(run, step2, t('2026-03-24T16:00:00+01:00'), WARSAW);
    expect(shifted.map((f) => f.cadenceStep)).toEqual([3, 4, 5, 6]);
    expect(show(shifted)).toEqual([
      '2026-03-27 10:00 Fri',
      '2026-04-01 10:00 Wed',
      '2026-04-03 10:00 Fri',
      '2026-04-08 10:00 Wed',
    ]);
    expect(shifted.every((f) => f.updatedAt === t('2026-03-24T16:00:00+01:00'))).toBe(true);
  });

  it('does not move anything for an on-time, early or weekend-only late touch', () => {
    const run = startWarsawRun();
    const step2 = run[2]!;
    expect(shiftCadenceAfterLateTouch(run, step2, t('2026-03-20T16:30:00+01:00'), WARSAW)).toEqual([]);
    expect(shiftCadenceAfterLateTouch(run, step2, t('2026-03-19T09:00:00+01:00'), WARSAW)).toEqual([]);
    expect(shiftCadenceAfterLateTouch(run, step2, t('2026-03-22T12:00:00+01:00'), WARSAW)).toEqual([]);
  });

  it('leaves done steps, other runs and manual follow-ups alone', () => {
    const run = startWarsawRun();
    const other = startCadence(BUILT_IN_CADENCE, OTHER_PERSON, t('2026-03-16T10:00:00+01:00'), WARSAW, makeIdGen(500));
    const doneStep4 = completeFollowUp(run[4]!, t('2026-03-20T12:00:00+01:00'));
    const all = [...run.slice(0, 4), doneStep4, ...run.slice(5), ...other, makeFollowUp()];
    const shifted = shiftCadenceAfterLateTouch(all, run[2]!, t('2026-03-23T10:00:00+01:00'), WARSAW);
    expect(shifted.map((f) => f.cadenceStep)).toEqual([3, 5, 6]);
    expect(shifted.every((f) => f.cadenceRunId === run[0]?.cadenceRunId)).toBe(true);
    expect(shiftCadenceAfterLateTouch(all, makeFollowUp(), t('2026-04-23T10:00:00Z'), WARSAW)).toEqual([]);
  });
});

describe('stopCadenceOnReply / stopCadenceRun', () => {
  it('cancels the open steps of the person who replied, with reason "replied"', () => {
    const run = startWarsawRun();
    const done0 = completeFollowUp(run[0]!, t('2026-03-16T11:00:00+01:00'));
    const other = startCadence(BUILT_IN_CADENCE, OTHER_PERSON, t('2026-03-16T10:00:00+01:00'), WARSAW, makeIdGen(500));
    const manual = makeFollowUp({ createdAt: t('2026-03-01T00:00:00Z') });
    const now = t('2026-03-19T12:00:00+01:00');
    const cancelled = stopCadenceOnReply(
      [done0, ...run.slice(1), ...other, manual],
      { personId: PERSON, at: now },
      now,
    );
    expect(cancelled.map((f) => f.cadenceStep)).toEqual([1, 2, 3, 4, 5, 6]);
    expect(cancelled.every((f) => f.done && f.cancelReason === 'replied' && f.doneAt === now)).toBe(true);
  });

  it('leaves a cadence started after the reply running', () => {
    const run = startWarsawRun();
    expect(
      stopCadenceOnReply(run, { personId: PERSON, at: t('2026-03-10T12:00:00Z') }, t('2026-03-19T12:00:00Z')),
    ).toEqual([]);
  });

  it('stops one run on request', () => {
    const run = startWarsawRun();
    const stopped = stopCadenceRun(run, uuid(100), t('2026-03-17T12:00:00Z'));
    expect(stopped).toHaveLength(7);
    expect(stopped.every((f) => f.cancelReason === 'stopped')).toBe(true);
    expect(stopCadenceRun(run, uuid(999), 0)).toEqual([]);
  });
});
