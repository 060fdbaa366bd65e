// @vitest-environment happy-dom
import { cleanup, fireEvent, screen, waitFor, within } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { SidecarDB } from '@/lib/db/schema';
import { PipelineView } from '@/components/board/pipeline-view';
import { DEAL_DRAG_TYPE } from '@/components/board/deal-card';
import { StageStrip } from '@/components/board/stage-strip';
import { listTemplateStages } from '@/lib/domain/stage-templates';
import { DAY, NOW, makeDeal, makePerson, uuid } from '../domain/make-entities';
import { makeDb, renderInPanel } from './panel-harness';

vi.mock('@/lib/messaging/client', () => ({ sendMessage: vi.fn() }));
const { sendMessage } = await import('@/lib/messaging/client');
const send = vi.mocked(sendMessage);

let db: SidecarDB;
const anna = makePerson({ id: uuid(1), displayName: 'Anna Nowak', tags: ['Warsaw'] });
const oleh = makePerson({ id: uuid(2), displayName: 'Олег Коваль' });
const fresh = {
  lastActivityAt: NOW - DAY,
  stageHistory: [{ stageId: 'prospecting', enteredAt: NOW - DAY, leftAt: null }],
};

beforeEach(async () => {
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(NOW);
  send.mockReset();
  send.mockResolvedValue({ ok: true, value: {} } as never);
  db = await makeDb();
  await db.prospects.bulkAdd([anna, oleh]);
  await db.deals.bulkAdd([
    // 1 000,00 + 500,00 EUR in Prospecting (10%): weighted 150,00. The second is stalled (no activity for 30 days).
    makeDeal({
      id: uuid(101),
      personId: anna.id,
      title: 'Pilot',
      value: 100_000,
      expectedClose: '2026-04-10',
      ...fresh,
    }),
    makeDeal({ id: uuid(102), personId: oleh.id, title: 'Licences', value: 50_000, expectedClose: '2026-06-01' }),
    // 200 USD in Qualification (20%) with a 50% override: weighted 100 USD.
    makeDeal({
      id: uuid(103),
      personId: oleh.id,
      title: 'Support',
      value: 20_000,
      currency: 'USD',
      stageId: 'qualification',
      probability: 50,
      nextStep: { text: 'Call back', dueAt: NOW + DAY },
      ...fresh,
    }),
  ]);
});
afterEach(() => {
  cleanup();
  db.close();
  vi.useRealTimers();
});

const board = async (onOpenPerson = vi.fn()) => {
  renderInPanel(db, <PipelineView onOpenPerson={onOpenPerson} />);
  await screen.findByText('Pilot');
  await screen.findByRole('button', { name: 'Anna Nowak' });
  // The other stages are counted after the cards (use-board-deals.ts): every chip ends up with its number.
  await waitFor(() =>
    expect(document.querySelectorAll('.stage-chip .chip-count')).toHaveLength(
      document.querySelectorAll('.stage-chip').length,
    ),
  );
};
const chip = (name: RegExp) => screen.getByRole('button', { name });

describe('Pipeline board', () => {
  it('says an empty pipeline is empty at once, never first that the stage is', async () => {
    await db.deals.clear();
    const seen: string[] = [];
    const observer = new MutationObserver(() => {
      const text = document.querySelector('.empty')?.textContent;
      if (text && !seen.includes(text)) seen.push(text);
    });
    observer.observe(document.body, { childList: true, subtree: true, characterData: true });
    renderInPanel(db, <PipelineView onOpenPerson={vi.fn()} />);
    await screen.findByText(/^No deals yet\./);
    observer.disconnect();
    expect(seen).toEqual([expect.stringMatching(/^No deals yet\./)]);
  });

  it('names a stage whose count is not read yet without a number', () => {
    const [first, second] = listTemplateStages('b2b-outbound');
    renderInPanel(
      db,
      <StageStrip
        columns={[
          { stage: first!, count: 2, totals: [] },
          { stage: second!, count: null, totals: [] },
        ]}
        selectedId={first!.id}
        onSelect={vi.fn()}
        onDropDeal={vi.fn()}
      />,
    );
    expect(chip(/^Prospecting: 2$/)).toBeTruthy();
    expect(chip(/^Qualification$/).querySelector('.chip-count')).toBeNull();
  });

  it('shows every stage with its count, and the chosen stage’s total and weighted total per currency', async () => {
    await board();
    expect(chip(/^Prospecting: 2$/).getAttribute('aria-pressed')).toBe('true');
    expect(chip(/^Qualification: 1$/)).toBeTruthy();
    expect(chip(/^Won: 0$/)).toBeTruthy();
    const summary = screen.getByTestId('column-summary');
    expect(summary.textContent).toContain('2 deals');
    expect(summary.textContent).toContain('€1,500.00 · weighted €150.00');
    fireEvent.click(chip(/^Qualification: 1$/));
    await screen.findByText('Support');
    expect(screen.getByTestId('column-summary').textContent).toContain('$200.00 · weighted $100.00');
  });

  it('flags cards and opens the person from the card', async () => {
    const open = vi.fn();
    await board(open);
    const card = screen.getByText('Licences').closest('li')!;
    expect(within(card).getByText('Stalled')).toBeTruthy();
    expect(within(card).getByText('No next step', { selector: '.flag' })).toBeTruthy();
    fireEvent.click(within(card).getByRole('button', { name: 'Олег Коваль' }));
    expect(open).toHaveBeenCalledWith(oleh.id);
  });

  it('moves by keyboard: Shift+→ out of the first stage asks for a next step, then sends moveDeal', async () => {
    await board();
    const card = screen.getByText('Pilot').closest('li')!;
    card.focus();
    fireEvent.keyDown(card, { key: 'ArrowRight', shiftKey: true });
    const dialog = await screen.findByRole('dialog');
    expect(send).not.toHaveBeenCalled();
    fireEvent.input(within(dialog).getByLabelText('Next step'), { target: { value: 'Send the proposal' } });
    fireEvent.input(within(dialog).getByLabelText('Date'), { target: { value: '2026-03-20' } });
    fireEvent.input(within(dialog).getByLabelText('Time'), { target: { value: '10:30' } });
    fireEvent.click(within(dialog).getByRole('button', { name: 'Move to Qualification' }));
    await waitFor(() =>
      expect(send).toHaveBeenCalledWith('moveDeal', {
        dealId: uuid(101),
        toStageId: 'qualification',
        nextStep: { text: 'Send the proposal', dueAt: Date.UTC(2026, 2, 20, 10, 30) },
        opId: expect.any(String),
      }),
    );
    expect(screen.queryByRole('dialog')).toBeNull();
  });

  it('moves a deal that has a next step at once, and asks why when it is lost (Move to… menu)', async () => {
    await board();
    fireEvent.click(chip(/^Qualification/));
    const card = (await screen.findByText('Support')).closest('li')!;
    card.focus();
    fireEvent.keyDown(card, { key: 'ArrowRight', shiftKey: true });
    await waitFor(() =>
      expect(send).toHaveBeenCalledWith('moveDeal', {
        dealId: uuid(103),
        toStageId: 'demo-meeting',
        opId: expect.any(String),
      }),
    );
    fireEvent.click(within(card).getByRole('button', { name: 'Move “Support” to…' }));
    fireEvent.click(within(card).getByRole('menuitem', { name: 'Lost' }));
    const dialog = await screen.findByRole('dialog');
    fireEvent.input(within(dialog).getByLabelText('Reason'), { target: { value: 'Went with a competitor' } });
    fireEvent.click(within(dialog).getByRole('button', { name: 'Mark as lost' }));
    await waitFor(() =>
      expect(send).toHaveBeenLastCalledWith('moveDeal', {
        dealId: uuid(103),
        toStageId: 'lost',
        lostReason: 'Went with a competitor',
        opId: expect.any(String),
      }),
    );
  });

  it('moves by drag and drop onto a stage chip, and shows the error the worker answers', async () => {
    send.mockResolvedValue({ ok: false, error: 'not-found' } as never);
    await board();
    // happy-dom's DragEvent drops the dataTransfer it is given: attach one the way a browser would.
    const drop = new Event('drop', { bubbles: true, cancelable: true });
    Object.defineProperty(drop, 'dataTransfer', {
      value: { types: [DEAL_DRAG_TYPE], getData: (type: string) => (type === DEAL_DRAG_TYPE ? uuid(101) : '') },
    });
    fireEvent(chip(/^Won: 0$/), drop);
    await waitFor(() =>
      expect(send).toHaveBeenCalledWith('moveDeal', { dealId: uuid(101), toStageId: 'won', opId: expect.any(String) }),
    );
    expect((await screen.findByRole('alert')).textContent).toBe("Couldn't move the deal: It no longer exists.");
  });

  it('counts and lists only this pipeline’s deals when another pipeline has the same stage ids', async () => {
    await db.pipelines.add({ ...(await db.pipelines.get('p1'))!, id: 'p2', name: 'Partners', position: 1 });
    await db.deals.bulkAdd([
      makeDeal({ id: uuid(201), personId: anna.id, pipelineId: 'p2', title: 'Reseller', ...fresh }),
      makeDeal({
        id: uuid(202),
        personId: oleh.id,
        pipelineId: 'p2',
        title: 'Referral',
        stageId: 'won',
        status: 'won',
        wonAt: NOW,
      }),
    ]);
    await board();
    expect(chip(/^Prospecting: 2$/)).toBeTruthy();
    expect(chip(/^Won: 0$/)).toBeTruthy();
    expect(screen.queryByText('Reseller')).toBeNull();
  });

  it('filters by stalled, value, expected close and tag, and the counts follow', async () => {
    await board();
    fireEvent.click(screen.getByRole('button', { name: 'Filters' }));
    fireEvent.click(screen.getByLabelText('Stalled deals only'));
    await waitFor(() => expect(chip(/^Prospecting: 1$/)).toBeTruthy());
    expect(screen.queryByText('Pilot')).toBeNull();
    fireEvent.click(screen.getByLabelText('Stalled deals only'));
    fireEvent.change(screen.getByLabelText('Value from'), { target: { value: '600' } });
    await waitFor(() => expect(chip(/^Prospecting: 1$/)).toBeTruthy());
    expect(screen.getByText('Pilot')).toBeTruthy();
    expect(chip(/^Qualification: 0$/)).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Clear filters' }));
    fireEvent.change(screen.getByLabelText('Closing by'), { target: { value: '2026-05-01' } });
    await waitFor(() => expect(chip(/^Prospecting: 1$/)).toBeTruthy());
    expect(screen.getByText('Pilot')).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Clear filters' }));
    fireEvent.change(screen.getByLabelText('Tag'), { target: { value: 'warsaw' } });
    await waitFor(() => expect(chip(/^Prospecting: 1$/)).toBeTruthy());
    expect(screen.getByRole('button', { name: 'Filters (1)' })).toBeTruthy();
  });
});
