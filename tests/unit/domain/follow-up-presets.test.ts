import { describe, expect, it } from 'vitest';
import {
  FOLLOW_UP_PRESETS,
  FollowUpPresetSchema,
  computePresetDueAt,
  findWeekStart,
  parseLocalDate,
  type FollowUpPreset,
} from '../../../lib/domain/follow-up-presets';
import type { WorkingTime } from '../../../lib/domain/working-time';
import { SUN_THU, officeHours, showLocal } from './follow-up.fixture';

const WARSAW = officeHours('Europe/Warsaw');
const NEW_YORK = officeHours('America/New_York');
const ISTANBUL_SUN_THU = officeHours('Europe/Istanbul', { workingDays: SUN_THU });

function run(kind: 'tomorrow-morning' | 'in-3-days' | 'next-week', now: string, wt: WorkingTime): string {
  const due = computePresetDueAt({ kind }, Date.parse(now), wt);
  return due === null ? 'null' : showLocal(due, wt.timeZone);
}

describe('tomorrow-morning', () => {
  it.each([
    ['Wednesday afternoon', '2026-03-25T15:00:00+01:00', WARSAW, '2026-03-26 09:00 Thu'],
    ['Friday → Monday, across the spring change', '2026-03-27T15:00:00+01:00', WARSAW, '2026-03-30 09:00 Mon'],
    ['Saturday → Monday', '2026-03-28T10:00:00+01:00', WARSAW, '2026-03-30 09:00 Mon'],
    ['early Tuesday still means Wednesday', '2026-03-24T06:00:00+01:00', WARSAW, '2026-03-25 09:00 Wed'],
    ['late Friday in New York, autumn change', '2026-10-30T23:30:00-04:00', NEW_YORK, '2026-11-02 09:00 Mon'],
    ['Thursday in a Sun–Thu week', '2026-03-26T12:00:00+03:00', ISTANBUL_SUN_THU, '2026-03-29 09:00 Sun'],
    ['Bangkok evening', '2026-03-24T21:00:00+07:00', officeHours('Asia/Bangkok'), '2026-03-25 09:00 Wed'],
  ])('%s', (_label, now, wt, expected) => {
    expect(run('tomorrow-morning', now, wt)).toBe(expected);
  });

  it('returns epoch ms for the exact instant', () => {
    expect(computePresetDueAt({ kind: 'tomorrow-morning' }, Date.parse('2026-03-27T15:00:00+01:00'), WARSAW)).toBe(
      Date.parse('2026-03-30T07:00:00Z'),
    );
  });
});

describe('in-3-days', () => {
  it.each([
    ['keeps the hour when picked during work', '2026-03-24T14:20:00+01:00', WARSAW, '2026-03-27 14:20 Fri'],
    ['uses dayStart when picked after hours', '2026-03-24T20:00:00+01:00', WARSAW, '2026-03-27 09:00 Fri'],
    [
      'moves a Sunday landing to Monday 09:00 (spring change)',
      '2026-03-26T11:00:00+01:00',
      WARSAW,
      '2026-03-30 09:00 Mon',
    ],
    ['keeps the hour across the autumn change', '2026-10-23T14:20:00+02:00', WARSAW, '2026-10-26 14:20 Mon'],
    ['New York Thursday → Sunday → Monday', '2026-03-05T11:00:00-05:00', NEW_YORK, '2026-03-09 09:00 Mon'],
    ['Kyiv on the change night', '2026-10-22T10:45:00+03:00', officeHours('Europe/Kyiv'), '2026-10-26 09:00 Mon'],
    [
      'Sun–Thu: Monday → Thursday keeps the hour',
      '2026-03-23T10:30:00+03:00',
      ISTANBUL_SUN_THU,
      '2026-03-26 10:30 Thu',
    ],
    ['Sun–Thu: Tuesday → Friday → Sunday', '2026-03-24T10:30:00+03:00', ISTANBUL_SUN_THU, '2026-03-29 09:00 Sun'],
  ])('%s', (_label, now, wt, expected) => {
    expect(run('in-3-days', now, wt)).toBe(expected);
  });
});

describe('next-week', () => {
  it.each([
    ['Wednesday → Monday', '2026-03-25T15:00:00+01:00', WARSAW, '2026-03-30 09:00 Mon'],
    ['Monday → the Monday after', '2026-03-23T08:00:00+01:00', WARSAW, '2026-03-30 09:00 Mon'],
    ['Sunday → tomorrow', '2026-03-29T10:00:00+02:00', WARSAW, '2026-03-30 09:00 Mon'],
    ['New York Friday before the autumn change', '2026-10-30T10:00:00-04:00', NEW_YORK, '2026-11-02 09:00 Mon'],
    ['Sun–Thu week starts on Sunday', '2026-03-25T15:00:00+03:00', ISTANBUL_SUN_THU, '2026-03-29 09:00 Sun'],
    ['Sun–Thu on Sunday → next Sunday', '2026-03-29T15:00:00+03:00', ISTANBUL_SUN_THU, '2026-04-05 09:00 Sun'],
  ])('%s', (_label, now, wt, expected) => {
    expect(run('next-week', now, wt)).toBe(expected);
  });

  it.each([
    [[1, 2, 3, 4, 5], 1],
    [SUN_THU, 7],
    [[2, 3, 4, 5, 6], 2],
    [[1, 2, 4, 5], 1],
    [[1, 2, 3, 4, 5, 6, 7], 1],
    [[3], 3],
  ])('week of %j starts on ISO day %i', (workingDays, expected) => {
    expect(findWeekStart(officeHours('UTC', { workingDays }))).toBe(expected);
  });
});

describe('custom', () => {
  it('is the exact wall-clock time in the zone, weekends included', () => {
    const preset: FollowUpPreset = { kind: 'custom', date: '2026-03-28', time: '10:15' };
    expect(computePresetDueAt(preset, 0, officeHours('Asia/Bangkok'))).toBe(Date.parse('2026-03-28T10:15:00+07:00'));
  });

  it('moves a time skipped by the spring change forward by the gap', () => {
    const preset: FollowUpPreset = { kind: 'custom', date: '2026-03-29', time: '02:30' };
    expect(computePresetDueAt(preset, 0, WARSAW)).toBe(Date.parse('2026-03-29T03:30:00+02:00'));
  });

  it('returns null for a date that does not exist', () => {
    expect(computePresetDueAt({ kind: 'custom', date: '2026-02-30', time: '10:00' }, 0, WARSAW)).toBeNull();
    // Years the date field accepts but no follow-up lies in (issue 16): outside the epoch range.
    for (const date of ['9999-12-31', '2200-01-01', '0001-01-01', '1969-12-31'])
      expect(computePresetDueAt({ kind: 'custom', date, time: '10:00' }, 0, WARSAW), date).toBeNull();
    expect(parseLocalDate('2028-02-29')).toEqual({ year: 2028, month: 2, day: 29 });
  });

  it('validates the preset shape', () => {
    expect(FollowUpPresetSchema.safeParse({ kind: 'custom', date: '2026-3-1', time: '10:00' }).success).toBe(false);
    expect(FollowUpPresetSchema.safeParse({ kind: 'custom', date: '2026-03-01', time: '25:00' }).success).toBe(false);
    expect(FollowUpPresetSchema.safeParse({ kind: 'yesterday' }).success).toBe(false);
  });
});

it('labels every preset with a message key', () => {
  expect(FOLLOW_UP_PRESETS.map((p) => p.labelKey)).toEqual([
    'followUp.preset.tomorrowMorning',
    'followUp.preset.in3Days',
    'followUp.preset.nextWeek',
    'followUp.preset.custom',
  ]);
});
