import { describe, expect, it } from 'vitest';
import { assessDealHealth, isDealStalled, lastTouchedAt, listClosingSoon } from '../../../lib/domain/analytics-health';
import { DAY, makeDeal, NOW, uuid } from './make-entities';

const future = { text: 'Call back', dueAt: NOW + DAY };
const deals = [
  makeDeal({ id: uuid(1), lastActivityAt: NOW - 15 * DAY, nextStep: future }),
  makeDeal({ id: uuid(2), lastActivityAt: NOW - DAY, nextStep: null }),
  makeDeal({ id: uuid(3), lastActivityAt: NOW - 20 * DAY, nextStep: { text: 'Wysłać ofertę', dueAt: NOW - 2 * DAY } }),
  makeDeal({ id: uuid(4), status: 'won', wonAt: NOW - 40 * DAY, lastActivityAt: NOW - 40 * DAY }),
  makeDeal({ id: uuid(5), lastActivityAt: NOW - 14 * DAY, nextStep: future }),
  makeDeal({ id: uuid(6), lastActivityAt: NOW - 2 * DAY, nextStep: future }),
  makeDeal({
    id: uuid(7),
    lastActivityAt: null,
    createdAt: NOW - 30 * DAY,
    nextStep: future,
    stageHistory: [{ stageId: 'prospecting', enteredAt: NOW - 2 * DAY, leftAt: null }],
  }),
];

describe('deal health', () => {
  it('flags stalled deals and missing or overdue next steps, worst first', () => {
    expect(assessDealHealth(deals, 14, NOW)).toEqual([
      { dealId: uuid(3), flags: ['stalled', 'overdue-next-step'], daysSinceActivity: 20 },
      { dealId: uuid(1), flags: ['stalled'], daysSinceActivity: 15 },
      { dealId: uuid(5), flags: ['stalled'], daysSinceActivity: 14 },
      { dealId: uuid(2), flags: ['no-next-step'], daysSinceActivity: 1 },
    ]);
  });

  it('within the same whole days quiet, the deal quiet longer comes first, then input order', () => {
    const HOUR = 3_600_000;
    const sameDay = [
      makeDeal({ id: uuid(11), lastActivityAt: NOW - 16 * DAY - HOUR }),
      makeDeal({ id: uuid(12), lastActivityAt: NOW - 16 * DAY - 5 * HOUR }),
      makeDeal({ id: uuid(13), lastActivityAt: NOW - 16 * DAY - HOUR }),
    ];
    expect(assessDealHealth(sameDay, 14, NOW).map((h) => [h.dealId, h.daysSinceActivity])).toEqual([
      [uuid(12), 16],
      [uuid(11), 16],
      [uuid(13), 16],
    ]);
  });

  it('stalls at exactly the threshold, never when closed, and respects a custom threshold', () => {
    expect(isDealStalled(deals[4]!, 14, NOW)).toBe(true);
    expect(isDealStalled(deals[4]!, 15, NOW)).toBe(false);
    expect(isDealStalled(deals[3]!, 14, NOW)).toBe(false);
  });

  it('counts a stage move or creation as a sign of life', () => {
    expect(lastTouchedAt(deals[6]!)).toBe(NOW - 2 * DAY);
    expect(lastTouchedAt(makeDeal({ lastActivityAt: null, createdAt: NOW - 3 * DAY }))).toBe(NOW - 3 * DAY);
  });

  it('returns nothing when there are no deals', () => {
    expect(assessDealHealth([], 14, NOW)).toEqual([]);
  });

  it('lists open deals closing within the coming days, soonest first', () => {
    const soon = [
      makeDeal({ id: uuid(1), expectedClose: '2026-03-22' }),
      makeDeal({ id: uuid(2), expectedClose: '2026-03-15' }),
      makeDeal({ id: uuid(3), expectedClose: '2026-03-23' }),
      makeDeal({ id: uuid(4), expectedClose: '2026-03-14' }),
      makeDeal({ id: uuid(5), expectedClose: '2026-03-16', status: 'lost', lostAt: 1 }),
      makeDeal({ id: uuid(6), expectedClose: null }),
    ];
    expect(listClosingSoon(soon, '2026-03-15', 7).map((d) => d.id)).toEqual([uuid(2), uuid(1)]);
  });
});
