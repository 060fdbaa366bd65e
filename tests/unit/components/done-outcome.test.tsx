// @vitest-environment happy-dom
import { cleanup, fireEvent, screen, waitFor, within } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import { ProspectView } from '@/components/prospect/prospect-view';
import { TodayView } from '@/components/today/today-view';
import type { SidecarDB } from '@/lib/db/schema';
import { scheduleFollowUp } from '@/lib/worker/follow-ups';
import { addPerson, newDb, renderPanel } from './harness';
import { WithToasts } from './toast-harness';

afterEach(cleanup);

async function dueCall(db: SidecarDB, personId: string): Promise<string> {
  const made = await scheduleFollowUp(
    db,
    { personId, dealId: null, dueAt: Date.now() - 60_000, kind: 'call', note: 'Call about the budget' },
    { now: Date.now() },
  );
  if (!made.ok) throw new Error('no follow-up');
  return made.value.followUpId;
}

const doneActivities = (db: SidecarDB, personId: string) =>
  db.activities
    .where('personId')
    .equals(personId)
    .filter((a) => a.kind === 'follow-up-done')
    .toArray();

describe('Done with an outcome (issue 19)', () => {
  it('Today: the outcome is one more choice beside Done, kept on the follow-up and its timeline entry; Undo clears both', async () => {
    const db = await newDb();
    const personId = await addPerson(db, { name: 'Anna Nowak' });
    const id = await dueCall(db, personId);
    renderPanel(
      <WithToasts>
        <TodayView onOpenPerson={() => undefined} />
      </WithToasts>,
      db,
    );
    const opener = await screen.findByRole('button', { name: 'Done as… “Call about the budget” with Anna Nowak' });
    expect(opener.getAttribute('aria-expanded')).toBe('false');
    fireEvent.click(opener);
    const menu = await screen.findByRole('menu', { name: 'What came of it' });
    expect(
      within(menu)
        .getAllByRole('menuitem')
        .map((b) => b.textContent),
    ).toEqual(['Reached', 'No answer', 'Left a message', 'Not interested']);
    fireEvent.click(within(menu).getByRole('menuitem', { name: 'No answer' }));
    const toast = await screen.findByText('Done (No answer): “Call about the budget” with Anna Nowak');
    const stored = await db.followUps.get(id);
    expect([stored?.done, stored?.outcome]).toEqual([true, 'no-answer']);
    expect((await doneActivities(db, personId)).map((a) => a.kind === 'follow-up-done' && a.outcome)).toEqual([
      'no-answer',
    ]);
    fireEvent.click(within(toast.closest('.toast')!).getByRole('button', { name: 'Undo' }));
    await screen.findByText('Undone.');
    const back = await db.followUps.get(id);
    expect([back?.done, back?.outcome]).toEqual([false, undefined]);
    expect(await doneActivities(db, personId)).toHaveLength(0);
  });

  it('Done alone still records no outcome', async () => {
    const db = await newDb();
    const personId = await addPerson(db, { name: 'Anna Nowak' });
    const id = await dueCall(db, personId);
    renderPanel(
      <WithToasts>
        <TodayView onOpenPerson={() => undefined} />
      </WithToasts>,
      db,
    );
    fireEvent.click(await screen.findByRole('button', { name: /^Mark “Call about the budget” with Anna Nowak done/ }));
    await screen.findByText('Done: “Call about the budget” with Anna Nowak');
    const stored = await db.followUps.get(id);
    expect([stored?.done, 'outcome' in (stored ?? {})]).toEqual([true, false]);
  });

  it('the menu works from the keyboard: arrows move, Escape closes and gives focus back', async () => {
    const db = await newDb();
    const personId = await addPerson(db, { name: 'Anna Nowak' });
    await dueCall(db, personId);
    renderPanel(
      <WithToasts>
        <TodayView onOpenPerson={() => undefined} />
      </WithToasts>,
      db,
    );
    const opener = await screen.findByRole('button', { name: /^Done as…/ });
    fireEvent.click(opener);
    const menu = await screen.findByRole('menu');
    const items = within(menu).getAllByRole('menuitem');
    await waitFor(() => expect(document.activeElement).toBe(items[0]));
    fireEvent.keyDown(menu, { key: 'ArrowDown' });
    expect(document.activeElement).toBe(items[1]);
    fireEvent.keyDown(menu, { key: 'End' });
    expect(document.activeElement).toBe(items[3]);
    fireEvent.keyDown(menu, { key: 'ArrowDown' });
    expect(document.activeElement).toBe(items[0]);
    fireEvent.keyDown(menu, { key: 'Escape' });
    await waitFor(() => expect(screen.queryByRole('menu')).toBeNull());
    expect(document.activeElement).toBe(opener);
  });

  it('the prospect view offers the same choice, and the timeline says what came of it', async () => {
    const db = await newDb();
    const personId = await addPerson(db, { name: 'Anna Nowak' });
    const id = await dueCall(db, personId);
    renderPanel(
      <WithToasts>
        <ProspectView personId={personId} command={null} onBack={() => undefined} onOpenPerson={() => undefined} />
      </WithToasts>,
      db,
    );
    fireEvent.click(await screen.findByRole('button', { name: 'Done as… “Call about the budget” with Anna Nowak' }));
    fireEvent.click(within(await screen.findByRole('menu')).getByRole('menuitem', { name: 'Reached' }));
    await screen.findByText('Done (Reached): “Call about the budget” with Anna Nowak');
    expect((await db.followUps.get(id))?.outcome).toBe('reached');
    await screen.findByText('Follow-up done: Reached');
  });
});
