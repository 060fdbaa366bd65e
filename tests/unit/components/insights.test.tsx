// @vitest-environment happy-dom
import { cleanup, fireEvent, screen, waitFor, within } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { SidecarDB } from '@/lib/db/schema';
import type { StageVisit } from '@/lib/domain/deal';
import { InsightsView } from '@/components/insights/insights-view';
import { DAY, NOW, makeDeal, uuid } from '../domain/make-entities';
import { makeDb, renderInPanel } from './panel-harness';

vi.mock('@/lib/messaging/client', () => ({ sendMessage: vi.fn() }));
const { sendMessage } = await import('@/lib/messaging/client');
const send = vi.mocked(sendMessage);

let db: SidecarDB;
/** Stage visits from [stageId, days ago entered] pairs; each visit ends when the next begins. */
function visits(...steps: [string, number][]): StageVisit[] {
  return steps.map(([stageId, ago], i) => ({
    stageId,
    enteredAt: NOW - ago * DAY,
    leftAt: i + 1 < steps.length ? NOW - steps[i + 1]![1] * DAY : null,
  }));
}
const created = { createdAt: NOW - 30 * DAY };

beforeEach(async () => {
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(NOW); // 2026-03-15
  send.mockReset();
  send.mockResolvedValue({ ok: true, value: {} } as never);
  db = await makeDb('b2b-outbound', { monthlyQuota: 100_000, currency: 'EUR' });
  await db.deals.bulkAdd([
    // Won on 5 March after 20 days, skipping stages (skipped stages count as passed).
    makeDeal({
      id: uuid(1),
      status: 'won',
      stageId: 'won',
      wonAt: NOW - 10 * DAY,
      value: 100_000,
      ...created,
      stageHistory: visits(['prospecting', 30], ['qualification', 28], ['won', 10]),
    }),
    // Two lost at Proposal: the leak, where the articles say "look at your offer".
    makeDeal({
      id: uuid(2),
      status: 'lost',
      stageId: 'lost',
      lostAt: NOW - 10 * DAY,
      lostReason: 'Price',
      ...created,
      stageHistory: visits(
        ['prospecting', 30],
        ['qualification', 27],
        ['demo-meeting', 24],
        ['proposal', 20],
        ['lost', 10],
      ),
    }),
    makeDeal({
      id: uuid(3),
      status: 'lost',
      stageId: 'lost',
      lostAt: NOW - 6 * DAY,
      lostReason: 'Scope',
      ...created,
      stageHistory: visits(
        ['prospecting', 30],
        ['qualification', 29],
        ['demo-meeting', 25],
        ['proposal', 22],
        ['lost', 6],
      ),
    }),
    // Open: 500 € at 10% closing in March (50 €), 2 000 € at 60% in April (1 200 €).
    makeDeal({
      id: uuid(4),
      value: 50_000,
      expectedClose: '2026-03-25',
      ...created,
      stageHistory: visits(['prospecting', 30]),
    }),
    makeDeal({
      id: uuid(5),
      value: 200_000,
      stageId: 'proposal',
      expectedClose: '2026-04-15',
      ...created,
      stageHistory: visits(['prospecting', 30], ['qualification', 25], ['demo-meeting', 20], ['proposal', 15]),
    }),
    // Lost 190 days ago: outside the default 90-day range.
    makeDeal({
      id: uuid(6),
      status: 'lost',
      stageId: 'lost',
      lostAt: NOW - 190 * DAY,
      lostReason: 'Old',
      createdAt: NOW - 200 * DAY,
      stageHistory: visits(['prospecting', 200], ['lost', 190]),
    }),
  ]);
});
afterEach(() => {
  cleanup();
  db.close();
  vi.useRealTimers();
});

const chart = (name: RegExp) => screen.getByRole('img', { name });

describe('Insights', () => {
  it('draws the funnel with conversions and the leak, with an accessible name and data table', async () => {
    renderInPanel(db, <InsightsView />);
    await screen.findByText('Funnel and leaks', { selector: 'h3' });
    // Reached: 5, 4, 4, 4, 1, 1 (won). Conversion: 4/5, 4/4, 4/4, 1/4, 1/1.
    expect(
      chart(
        /^Funnel of 5 deals: Prospecting 5, Qualification 4, Demo \/ Meeting 4, Proposal 4, Negotiation & commitment 1, Won 1$/,
      ),
    ).toBeTruthy();
    const table = screen.getByRole('table', { name: 'Funnel and leaks' });
    expect(within(table).getByRole('row', { name: /Prospecting/ }).textContent).toContain('80% to next');
    expect(within(table).getByRole('row', { name: /Proposal/ }).textContent).toContain('25% to next, 2 lost here');
    expect(screen.getByTestId('leak').textContent).toBe(
      'Most deals leak at Proposal (2 lost). Many leave at consideration: look at your offer.',
    );
  });

  it('forecasts by expected-close month against the quota, and shows this month’s attainment', async () => {
    renderInPanel(db, <InsightsView />);
    await screen.findByText('Funnel and leaks', { selector: 'h3' });
    expect(
      chart(
        /^Weighted forecast in EUR: Mar 2026 €50\.00, Apr 2026 €1,200\.00, May 2026 €0\.00, .*Monthly quota: €1,000\.00$/,
      ),
    ).toBeTruthy();
    expect(screen.getByTestId('attainment').textContent).toBe('Won this month: €1,000.00 of €1,000.00 (100%)');
  });

  it('shows days in stage and sales velocity, and the range changes the cohort', async () => {
    renderInPanel(db, <InsightsView />);
    await screen.findByText('Funnel and leaks', { selector: 'h3' });
    // Prospecting stays of 2, 3, 1 and 5 days: 2.75; Proposal 10 and 16: 13.
    expect(chart(/^Average days in stage: Prospecting 2\.8 d, .*Proposal 13 d/)).toBeTruthy();
    // 2 open × 1/3 won × 1 000 € / 20 days = 33,33 € a day.
    const eur = screen.getByLabelText('Sales velocity in EUR');
    expect(eur.textContent).toContain('€33.33');
    expect(eur.textContent).toContain('33% (1/3)');
    fireEvent.click(screen.getByLabelText('All'));
    await waitFor(() => expect(chart(/^Funnel of 6 deals/)).toBeTruthy());
    expect(screen.getByLabelText('Sales velocity in EUR').textContent).toContain('25% (1/4)');
  });

  it('saves the monthly quota typed the locale’s way', async () => {
    renderInPanel(db, <InsightsView />);
    const input = await screen.findByLabelText('Monthly quota (EUR)');
    expect((input as HTMLInputElement).value).toBe('1,000');
    fireEvent.input(input, { target: { value: '2,500.50' } });
    fireEvent.click(within(input.closest('form')!).getByRole('button', { name: 'Save' }));
    await waitFor(() =>
      expect(send).toHaveBeenCalledWith('updateSettings', {
        patch: { monthlyQuota: 250_050 },
        opId: expect.any(String),
      }),
    );
  });
});
