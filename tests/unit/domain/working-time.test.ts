import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  DEFAULT_WORKING_TIME,
  WorkingTimeSchema,
  atLocalTime,
  isWithinWorkingHours,
  isWorkingDay,
  startOfLocalDay,
  zonedParts,
} from '../../../lib/domain/working-time';
import {
  addWorkingDays,
  countWorkingDaysBetween,
  moveIntoWorkingTime,
  nextWorkingDayAt,
} from '../../../lib/domain/working-days';
import { SUN_THU, officeHours, showLocal } from './follow-up.fixture';

const WARSAW = officeHours('Europe/Warsaw');
const NEW_YORK = officeHours('America/New_York');
const ZONES = ['Europe/Warsaw', 'Europe/Kyiv', 'Asia/Bangkok', 'America/New_York', 'Europe/Istanbul'];

describe('WorkingTimeSchema', () => {
  it('fills Mon–Fri 09:00–17:00 when only the zone is given', () => {
    expect(WorkingTimeSchema.parse({ timeZone: 'Europe/Kyiv' })).toEqual({
      ...DEFAULT_WORKING_TIME,
      timeZone: 'Europe/Kyiv',
    });
  });

  it.each(ZONES)('accepts %s', (timeZone) => {
    expect(WorkingTimeSchema.safeParse({ timeZone }).success).toBe(true);
  });

  it.each([
    { timeZone: 'Mars/Olympus_Mons' },
    { timeZone: '' },
    { timeZone: 'UTC', workingDays: [] },
    { timeZone: 'UTC', workingDays: [0, 1] },
    { timeZone: 'UTC', workingDays: [1, 8] },
    { timeZone: 'UTC', workingDays: [1, 1, 2] },
    { timeZone: 'UTC', dayStart: '24:00' },
    { timeZone: 'UTC', dayStart: '9:00' },
    { timeZone: 'UTC', dayStart: '17:00', dayEnd: '09:00' },
    { timeZone: 'UTC', dayStart: '09:00', dayEnd: '09:00' },
  ])('rejects %j', (input) => {
    expect(WorkingTimeSchema.safeParse(input).success).toBe(false);
  });
});

describe('zonedParts', () => {
  const instant = Date.parse('2026-01-01T20:00:00Z');
  it.each([
    ['Asia/Bangkok', '2026-01-02 03:00 Fri'],
    ['Europe/Istanbul', '2026-01-01 23:00 Thu'],
    ['America/New_York', '2026-01-01 15:00 Thu'],
    ['Europe/Kyiv', '2026-01-01 22:00 Thu'],
  ])('reads the wall clock in %s', (zone, expected) => {
    expect(showLocal(instant, zone)).toBe(expected);
    expect(zonedParts(instant, zone).second).toBe(0);
  });
});

describe('nextWorkingDayAt', () => {
  it.each([
    ['Friday before the spring change (Warsaw)', WARSAW, '2026-03-27T15:00:00+01:00', '2026-03-30T09:00:00+02:00'],
    ['Friday before the autumn change (Warsaw)', WARSAW, '2026-10-23T15:00:00+02:00', '2026-10-26T09:00:00+01:00'],
    ['Friday before the spring change (New York)', NEW_YORK, '2026-03-06T15:00:00-05:00', '2026-03-09T09:00:00-04:00'],
    ['Friday before the autumn change (New York)', NEW_YORK, '2026-10-30T15:00:00-04:00', '2026-11-02T09:00:00-05:00'],
    [
      'Saturday 01:30 on the change night (Kyiv)',
      officeHours('Europe/Kyiv'),
      '2026-03-28T01:30:00+02:00',
      '2026-03-30T09:00:00+03:00',
    ],
    ['early Tuesday goes to Wednesday, not today', WARSAW, '2026-03-24T06:00:00+01:00', '2026-03-25T09:00:00+01:00'],
    [
      'Thursday in a Sun–Thu week (Istanbul)',
      officeHours('Europe/Istanbul', { workingDays: SUN_THU }),
      '2026-03-26T12:00:00+03:00',
      '2026-03-29T09:00:00+03:00',
    ],
  ])('%s', (_label, wt, from, expected) => {
    expect(nextWorkingDayAt(Date.parse(from), wt)).toBe(Date.parse(expected));
  });

  it('uses the local day, not the UTC day (Bangkok Friday night is already Saturday)', () => {
    const wt = officeHours('Asia/Bangkok');
    // Friday 20:00 UTC is Saturday 03:00 in Bangkok: the next working day is Monday.
    expect(showLocal(nextWorkingDayAt(Date.parse('2026-01-02T20:00:00Z'), wt), 'Asia/Bangkok')).toBe(
      '2026-01-05 09:00 Mon',
    );
  });

  it('takes an explicit time of day', () => {
    expect(nextWorkingDayAt(Date.parse('2026-03-27T15:00:00+01:00'), WARSAW, '14:30')).toBe(
      Date.parse('2026-03-30T14:30:00+02:00'),
    );
  });
});

describe('isWorkingDay / isWithinWorkingHours', () => {
  it('knows weekends and a Sun–Thu week', () => {
    const sunThu = officeHours('Europe/Istanbul', { workingDays: SUN_THU });
    const sunday = Date.parse('2026-03-29T10:00:00+03:00');
    const friday = Date.parse('2026-03-27T10:00:00+03:00');
    expect(isWorkingDay(sunday, officeHours('Europe/Istanbul'))).toBe(false);
    expect(isWorkingDay(sunday, sunThu)).toBe(true);
    expect(isWorkingDay(friday, sunThu)).toBe(false);
  });

  it('checks [dayStart, dayEnd) in the zone', () => {
    expect(isWithinWorkingHours(Date.parse('2026-03-30T09:00:00+02:00'), WARSAW)).toBe(true);
    expect(isWithinWorkingHours(Date.parse('2026-03-30T16:59:00+02:00'), WARSAW)).toBe(true);
    expect(isWithinWorkingHours(Date.parse('2026-03-30T17:00:00+02:00'), WARSAW)).toBe(false);
    expect(isWithinWorkingHours(Date.parse('2026-03-30T08:59:00+02:00'), WARSAW)).toBe(false);
  });
});

describe('addWorkingDays', () => {
  it('keeps the wall-clock time across the spring change (Warsaw)', () => {
    expect(addWorkingDays(Date.parse('2026-03-26T10:00:00+01:00'), 2, WARSAW)).toBe(
      Date.parse('2026-03-30T10:00:00+02:00'),
    );
  });

  it('keeps the wall-clock time across the autumn change (New York), also backwards', () => {
    const friday = Date.parse('2026-10-30T10:15:00-04:00');
    const monday = Date.parse('2026-11-02T10:15:00-05:00');
    expect(addWorkingDays(friday, 1, NEW_YORK)).toBe(monday);
    expect(addWorkingDays(monday, -1, NEW_YORK)).toBe(friday);
  });

  it('treats Saturday + 1 as Monday and 0 as no move', () => {
    const saturday = Date.parse('2026-03-28T11:00:00+01:00');
    expect(showLocal(addWorkingDays(saturday, 1, WARSAW), 'Europe/Warsaw')).toBe('2026-03-30 11:00 Mon');
    expect(addWorkingDays(saturday, 0, WARSAW)).toBe(saturday);
  });

  it('always lands on a working day at the same local time (property, five zones)', () => {
    const start = Date.parse('2026-01-01T00:00:00Z');
    fc.assert(
      fc.property(
        fc.constantFrom(...ZONES),
        fc.integer({ min: 0, max: 364 }),
        fc.integer({ min: 8, max: 20 }),
        fc.integer({ min: -40, max: 40 }),
        fc.constantFrom([1, 2, 3, 4, 5], SUN_THU, [1, 3, 5], [6]),
        (zone, dayIndex, hour, n, workingDays) => {
          const wt = officeHours(zone, { workingDays });
          const date = zonedParts(start + dayIndex * 86_400_000, zone);
          const from = atLocalTime(date, `${String(hour).padStart(2, '0')}:20`, zone);
          const to = addWorkingDays(from, n, wt);
          const parts = zonedParts(to, zone);
          expect([parts.hour, parts.minute]).toEqual([hour, 20]);
          if (n !== 0) expect(isWorkingDay(to, wt)).toBe(true);
          if (isWorkingDay(from, wt)) expect(countWorkingDaysBetween(from, to, wt)).toBe(n);
        },
      ),
    );
  });
});

describe('countWorkingDaysBetween', () => {
  const d = (iso: string) => Date.parse(iso);
  it.each([
    ['Mon → Wed', '2026-03-23T09:00:00+01:00', '2026-03-25T15:00:00+01:00', 2],
    ['Fri → Mon across the change', '2026-03-27T09:00:00+01:00', '2026-03-30T08:00:00+02:00', 1],
    ['Fri → Sat', '2026-03-27T09:00:00+01:00', '2026-03-28T09:00:00+01:00', 0],
    ['same day', '2026-03-23T09:00:00+01:00', '2026-03-23T16:00:00+01:00', 0],
    ['backwards', '2026-03-25T09:00:00+01:00', '2026-03-23T09:00:00+01:00', -2],
    ['a whole year', '2026-01-01T12:00:00+01:00', '2027-01-01T12:00:00+01:00', 261],
  ])('%s', (_label, from, to, expected) => {
    expect(countWorkingDaysBetween(d(from), d(to), WARSAW)).toBe(expected);
  });
});

describe('moveIntoWorkingTime / startOfLocalDay', () => {
  it.each([
    ['before dayStart → same day 09:00', '2026-03-24T07:10:00+01:00', '2026-03-24 09:00 Tue'],
    ['during hours → unchanged', '2026-03-24T11:10:00+01:00', '2026-03-24 11:10 Tue'],
    ['after dayEnd → next day 09:00', '2026-03-24T18:00:00+01:00', '2026-03-25 09:00 Wed'],
    ['weekend → Monday 09:00', '2026-03-29T10:00:00+02:00', '2026-03-30 09:00 Mon'],
  ])('%s', (_label, from, expected) => {
    expect(showLocal(moveIntoWorkingTime(Date.parse(from), WARSAW), 'Europe/Warsaw')).toBe(expected);
  });

  it('finds local midnight on a 23-hour day', () => {
    expect(startOfLocalDay(Date.parse('2026-03-08T20:00:00-04:00'), 'America/New_York')).toBe(
      Date.parse('2026-03-08T00:00:00-05:00'),
    );
  });
});
