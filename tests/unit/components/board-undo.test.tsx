// @vitest-environment happy-dom
import { cleanup, fireEvent, screen, waitFor, within } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { SidecarDB } from '@/lib/db/schema';
import { PipelineView } from '@/components/board/pipeline-view';
import { placeCapturedPerson } from '@/lib/worker/capture-deal';
import { ENGLISH_CAPTURE_TEXTS } from '@/lib/messaging/handlers/capture-texts';
import { addPerson, newDb, renderPanel } from './harness';
import { WithToasts } from './toast-harness';

let db: SidecarDB;
let anna: string;
let oleh: string;

beforeEach(async () => {
  db = await newDb();
  anna = await addPerson(db, { name: 'Anna Nowak', company: 'Pilotworks' });
  oleh = await addPerson(db, { name: 'Олег Коваль', company: 'Licences Ltd' });
  // Both on the board as their capture puts them (Prospecting, next step "First touch").
  for (const personId of [anna, oleh]) await placeCapturedPerson(db, personId, Date.now(), ENGLISH_CAPTURE_TEXTS);
});
afterEach(() => {
  cleanup();
  db.close();
});

const renderBoard = async () => {
  renderPanel(
    <WithToasts>
      <PipelineView onOpenPerson={() => undefined} />
    </WithToasts>,
    db,
  );
  await screen.findByRole('button', { name: 'Anna Nowak' });
};
const cardOf = (name: string) => screen.getByRole('button', { name }).closest('li')!;

describe('moving a card', () => {
  it('names the person in a toast, keeps focus on the next card, and Undo puts the card back', async () => {
    await renderBoard();
    const card = cardOf('Anna Nowak');
    const dealId = card.dataset.dealId!;
    card.focus();
    fireEvent.keyDown(card, { key: 'ArrowRight', shiftKey: true });
    const toast = await screen.findByText('Moved Anna Nowak to Qualification');
    await waitFor(() => expect(screen.queryByRole('button', { name: 'Anna Nowak' })).toBeNull());
    expect(document.activeElement).toBe(cardOf('Олег Коваль'));
    expect((await db.deals.get(dealId))?.stageId).toBe('qualification');

    fireEvent.click(within(toast.closest('.toast')!).getByRole('button', { name: 'Undo' }));
    await screen.findByText('Undone.');
    expect((await db.deals.get(dealId))?.stageId).toBe('prospecting');
    const moves = await db.activities
      .where('personId')
      .equals(anna)
      .filter((a) => a.kind === 'stage-change')
      .count();
    expect(moves).toBe(1); // only the one of the capture: the move's own entry went with the undo
    await screen.findByRole('button', { name: 'Anna Nowak' });
  });

  it('undoes with Ctrl+Z, but not while typing in a field', async () => {
    await renderBoard();
    const card = cardOf('Олег Коваль');
    const dealId = card.dataset.dealId!;
    card.focus();
    fireEvent.keyDown(card, { key: 'ArrowRight', shiftKey: true });
    await screen.findByText('Moved Олег Коваль to Qualification');
    fireEvent.click(screen.getByRole('button', { name: 'Filters' }));
    const tag = screen.getByLabelText('Tag');
    fireEvent.keyDown(tag, { key: 'z', ctrlKey: true });
    expect((await db.deals.get(dealId))?.stageId).toBe('qualification');
    fireEvent.keyDown(document.body, { key: 'z', ctrlKey: true });
    await screen.findByText('Undone.');
    expect((await db.deals.get(dealId))?.stageId).toBe('prospecting');
  });

  it('gives focus to the stage chip when the last card leaves the stage', async () => {
    await renderBoard();
    cardOf('Anna Nowak').focus();
    fireEvent.keyDown(cardOf('Anna Nowak'), { key: 'ArrowRight', shiftKey: true });
    await screen.findByText('Moved Anna Nowak to Qualification');
    await waitFor(() => expect(document.activeElement).toBe(cardOf('Олег Коваль')));
    fireEvent.keyDown(cardOf('Олег Коваль'), { key: 'ArrowRight', shiftKey: true });
    await screen.findByText('Moved Олег Коваль to Qualification');
    await waitFor(() => expect((document.activeElement as HTMLElement).dataset.stageId).toBe('prospecting'));
    expect(oleh).toBeTruthy();
  });

  it('selects several cards and tags or schedules them at once', async () => {
    await renderBoard();
    fireEvent.click(screen.getByRole('checkbox', { name: /Select “Pilotworks”/ }));
    fireEvent.click(screen.getByRole('checkbox', { name: /Select “Licences Ltd”/ }));
    const bar = await screen.findByRole('group', { name: 'Selected people' });
    fireEvent.click(within(bar).getByRole('button', { name: 'Tag…' }));
    fireEvent.input(within(bar).getByRole('textbox', { name: 'Tag' }), { target: { value: 'Q3 event' } });
    fireEvent.click(within(bar).getByRole('button', { name: 'Add tag' }));
    await screen.findByText('Tagged 2 people “Q3 event”');
    expect((await db.prospects.get(anna))?.tags).toEqual(['Q3 event']);
    expect(screen.queryByRole('group', { name: 'Selected people' })).toBeNull();
    fireEvent.click(screen.getByRole('checkbox', { name: /Select “Pilotworks”/ }));
    const again = await screen.findByRole('group', { name: 'Selected people' });
    fireEvent.change(within(again).getByRole('combobox', { name: 'Schedule…' }), { target: { value: 'next-week' } });
    await screen.findByText(/Scheduled a follow-up \(Next week\) with 1 person/);
    expect(await db.followUps.where('personId').equals(anna).count()).toBe(1);
  });
});
