// @vitest-environment happy-dom
import { cleanup, fireEvent, screen, waitFor, within } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { SidecarDB } from '@/lib/db/schema';
import { toFollowUpRow } from '@/lib/db/repositories/follow-ups';
import type { FollowUp } from '@/lib/domain/follow-up';
import { TodayView } from '@/components/today/today-view';
import { DAY, NOW, makeDeal, makePerson, uuid } from '../domain/make-entities';
import { createQualification } from '@/lib/domain/qualification';
import { makeDb, renderInPanel, t } from './panel-harness';

vi.mock('@/lib/messaging/client', () => ({ sendMessage: vi.fn() }));
const { sendMessage } = await import('@/lib/messaging/client');
const send = vi.mocked(sendMessage);

const HOUR = 3_600_000;
let db: SidecarDB;
const anna = makePerson({ id: uuid(1), displayName: 'Anna Nowak' });
const somchai = makePerson({ id: uuid(2), displayName: 'สมชาย ใจดี' });

function followUp(n: number, overrides: Partial<FollowUp>): FollowUp {
  return {
    id: uuid(n),
    personId: anna.id,
    dealId: null,
    dueAt: NOW,
    kind: 'email',
    note: '',
    noteKey: null,
    done: false,
    doneAt: null,
    cancelReason: null,
    snoozedUntil: null,
    origin: 'manual',
    ruleId: null,
    cadenceRunId: null,
    cadenceStep: null,
    notifiedAt: null,
    dedupeKey: null,
    createdAt: NOW - 5 * DAY,
    updatedAt: NOW - 5 * DAY,
    ...overrides,
  };
}
const fresh = { lastActivityAt: NOW - DAY, stageId: 'qualification' };

beforeEach(async () => {
  // 2026-03-15 is a Sunday: "tomorrow morning" and "next week" both mean Monday 09:00 UTC.
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(NOW);
  send.mockReset();
  send.mockResolvedValue({ ok: true, value: {} } as never);
  db = await makeDb();
  await db.prospects.bulkAdd([anna, somchai]);
});
afterEach(() => {
  cleanup();
  db.close();
  vi.useRealTimers();
});

async function seed() {
  await db.followUps.bulkAdd(
    [
      followUp(201, { note: 'Send the deck', dueAt: NOW - 2 * DAY }),
      followUp(202, { kind: 'call', dueAt: NOW + 2 * HOUR, personId: somchai.id }),
      followUp(203, { note: 'Tomorrow, not today', dueAt: NOW + DAY }),
      followUp(204, { note: 'Already done', dueAt: NOW - DAY, done: true, doneAt: NOW - DAY }),
      followUp(205, { noteKey: 'followUp_rule_afterMeeting', origin: 'rule', dueAt: NOW - HOUR }),
    ].map(toFollowUpRow),
  );
  await db.deals.bulkAdd([
    makeDeal({
      id: uuid(301),
      title: 'Gone quiet',
      lastActivityAt: NOW - 20 * DAY,
      nextStep: { text: 'Ping', dueAt: NOW + DAY },
    }),
    makeDeal({ id: uuid(302), title: 'No plan', personId: somchai.id, ...fresh }),
    makeDeal({ id: uuid(303), title: 'Slipped', nextStep: { text: 'Send contract', dueAt: NOW - DAY }, ...fresh }),
    makeDeal({ id: uuid(304), title: 'Healthy', nextStep: { text: 'Demo', dueAt: NOW + DAY }, ...fresh }),
    makeDeal({ id: uuid(305), title: 'Closed', status: 'won', wonAt: NOW - DAY, stageId: 'won' }),
  ]);
}
const section = (name: string) => screen.getByRole('list', { name: new RegExp(`^${name}`) });

describe('Today', () => {
  it('lists overdue and today’s follow-ups, stalled deals and deals without a current next step', async () => {
    await seed();
    renderInPanel(db, <TodayView onOpenPerson={vi.fn()} />);
    await screen.findByText('Send the deck');
    await screen.findAllByRole('button', { name: 'สมชาย ใจดี' });
    // Overdue is past the due time: the one due an hour ago too, not only yesterday's (issue 19).
    const whats = (list: HTMLElement) =>
      within(list)
        .getAllByRole('listitem')
        .map((li) => li.querySelector('.today-what')?.textContent);
    expect(whats(section('Overdue follow-ups'))).toEqual(['Send the deck', t('followUp_rule_afterMeeting')]);
    expect(whats(section('Due today'))).toEqual(['Call']);
    expect(screen.queryByText('Tomorrow, not today')).toBeNull();
    expect(screen.queryByText('Already done')).toBeNull();
    expect(within(section('Stalled deals')).getByText(/Gone quiet/)).toBeTruthy();
    const next = section('Deals without a current next step');
    expect(within(next).getByText(/No plan/)).toBeTruthy();
    expect(within(next).getByText(/Slipped/)).toBeTruthy();
    expect(screen.queryByText(/Healthy/)).toBeNull();
    expect(screen.queryByText(/Closed/)).toBeNull();
  });

  it('handles a follow-up in place: done, snooze presets, reschedule', async () => {
    await seed();
    renderInPanel(db, <TodayView onOpenPerson={vi.fn()} />);
    await screen.findAllByRole('button', { name: 'สมชาย ใจดี' });
    fireEvent.click(screen.getByRole('button', { name: 'Mark “Send the deck” with Anna Nowak done' }));
    await waitFor(() =>
      expect(send).toHaveBeenCalledWith('completeFollowUp', { followUpId: uuid(201), opId: expect.any(String) }),
    );

    fireEvent.click(screen.getByRole('button', { name: 'Snooze “Send the deck” with Anna Nowak' }));
    fireEvent.click(screen.getByRole('menuitem', { name: 'Tomorrow morning' }));
    await waitFor(() =>
      expect(send).toHaveBeenCalledWith('snoozeFollowUp', {
        followUpId: uuid(201),
        until: Date.UTC(2026, 2, 16, 9),
        opId: expect.any(String),
      }),
    );
    fireEvent.click(screen.getByRole('button', { name: 'Snooze “Call” with สมชาย ใจดี' }));
    fireEvent.click(screen.getByRole('menuitem', { name: '1 hour' }));
    await waitFor(() =>
      expect(send).toHaveBeenCalledWith('snoozeFollowUp', {
        followUpId: uuid(202),
        until: NOW + HOUR,
        opId: expect.any(String),
      }),
    );

    fireEvent.click(screen.getByRole('button', { name: 'Reschedule “Call” with สมชาย ใจดี' }));
    fireEvent.input(screen.getByLabelText('Date'), { target: { value: '2026-03-18' } });
    fireEvent.input(screen.getByLabelText('Time'), { target: { value: '15:45' } });
    fireEvent.click(screen.getByRole('button', { name: 'Save' }));
    await waitFor(() =>
      expect(send).toHaveBeenCalledWith('rescheduleFollowUp', {
        followUpId: uuid(202),
        dueAt: Date.UTC(2026, 2, 18, 15, 45),
        opId: expect.any(String),
      }),
    );
  });

  it('sets a next step on a deal with updateDeal, and shows a failure', async () => {
    await seed();
    send.mockResolvedValue({ ok: false, error: 'invalid-input' } as never);
    renderInPanel(db, <TodayView onOpenPerson={vi.fn()} />);
    await screen.findAllByRole('button', { name: 'สมชาย ใจดี' });
    fireEvent.click(screen.getByRole('button', { name: 'Set next step for “No plan”' }));
    fireEvent.input(screen.getByLabelText('Next step'), { target: { value: 'Book a demo' } });
    fireEvent.input(screen.getByLabelText('Date'), { target: { value: '2026-03-17' } });
    fireEvent.input(screen.getByLabelText('Time'), { target: { value: '09:00' } });
    fireEvent.click(screen.getByRole('button', { name: 'Save' }));
    await waitFor(() =>
      expect(send).toHaveBeenCalledWith('updateDeal', {
        dealId: uuid(302),
        patch: { nextStep: { text: 'Book a demo', dueAt: Date.UTC(2026, 2, 17, 9) } },
        opId: expect.any(String),
      }),
    );
    expect((await screen.findByRole('alert')).textContent).toBe("Couldn't save: Some of that isn't valid.");
  });

  it('says what to do when there is nothing due', async () => {
    renderInPanel(db, <TodayView onOpenPerson={vi.fn()} />);
    expect(await screen.findByText(/All clear for today/)).toBeTruthy();
    expect(screen.getByText(/No follow-ups due today. Open a prospect and schedule one/)).toBeTruthy();
  });

  it('lists the new leads nobody touched yet, highest lead score first', async () => {
    const q = createQualification();
    const fit = makePerson({ id: uuid(3), displayName: 'Fit Lead', qualification: { ...q, fit: 80 } });
    const plain = makePerson({ id: uuid(4), displayName: 'Plain Lead' });
    const noted = makePerson({ id: uuid(5), displayName: 'Noted Lead' });
    await db.prospects.bulkAdd([fit, plain, noted]);
    await db.activities.add({ id: uuid(401), personId: noted.id, at: NOW, createdAt: NOW, kind: 'note', text: 'x' });
    // Anna has a follow-up: someone already acted on her.
    await db.followUps.add(toFollowUpRow(followUp(206, { dueAt: NOW + 3 * DAY })));
    const onOpen = vi.fn();
    renderInPanel(db, <TodayView onOpenPerson={onOpen} />);
    const list = await screen.findByRole('list', { name: /^New leads to touch/ });
    await waitFor(() =>
      expect(
        within(list)
          .getAllByRole('button')
          .map((b) => b.textContent),
      ).toEqual(['Fit Lead', 'Plain Lead', 'สมชาย ใจดี']),
    );
    fireEvent.click(within(list).getByRole('button', { name: 'Fit Lead' }));
    expect(onOpen).toHaveBeenCalledWith(fit.id);
  });
});
