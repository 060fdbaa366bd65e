// @vitest-environment happy-dom
import { cleanup, fireEvent, screen, waitFor, within } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import { ProspectView } from '@/components/prospect/prospect-view';
import { TodayView } from '@/components/today/today-view';
import { scheduleFollowUp } from '@/lib/worker/follow-ups';
import { addPerson, newDb, renderPanel } from './harness';
import { WithToasts } from './toast-harness';

afterEach(cleanup);

describe('undo of Done, snooze and delete', () => {
  it('Today: Done names the follow-up and its person; Undo opens it again', async () => {
    const db = await newDb();
    const personId = await addPerson(db, { name: 'Anna Nowak' });
    const made = await scheduleFollowUp(
      db,
      { personId, dealId: null, dueAt: Date.now() - 60_000, kind: 'call', note: 'Call about the budget' },
      { now: Date.now() },
    );
    if (!made.ok) throw new Error('no follow-up');
    renderPanel(
      <WithToasts>
        <TodayView onOpenPerson={() => undefined} />
      </WithToasts>,
      db,
    );
    fireEvent.click(await screen.findByRole('button', { name: /^Mark “Call about the budget” with Anna Nowak done/ }));
    const toast = await screen.findByText('Done: “Call about the budget” with Anna Nowak');
    expect((await db.followUps.get(made.value.followUpId))?.done).toBe(true);
    fireEvent.click(within(toast.closest('.toast')!).getByRole('button', { name: 'Undo' }));
    await screen.findByText('Undone.');
    const back = await db.followUps.get(made.value.followUpId);
    expect([back?.done, back?.openDueAt]).toEqual([false, back?.dueAt]);
    expect(
      await db.activities
        .where('personId')
        .equals(personId)
        .filter((a) => a.kind === 'follow-up-done')
        .count(),
    ).toBe(0);
  });

  it('a deleted person comes back whole with Undo', async () => {
    const db = await newDb();
    const id = await addPerson(db, { name: 'Anna Nowak' });
    const before = await db.activities.where('personId').equals(id).count();
    let back = 0;
    renderPanel(
      <WithToasts>
        <ProspectView personId={id} command={null} onBack={() => back++} onOpenPerson={() => undefined} />
      </WithToasts>,
      db,
    );
    await screen.findByRole('heading', { level: 2, name: 'Anna Nowak' });
    fireEvent.click(screen.getByRole('button', { name: 'Delete this person' }));
    expect(screen.getByText(/You can undo it for 10 seconds/)).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Delete' }));
    const toast = await screen.findByText('Deleted Anna Nowak with their deals, follow-ups and history');
    await waitFor(() => expect(back).toBe(1));
    expect(await db.prospects.get(id)).toBeUndefined();
    fireEvent.click(within(toast.closest('.toast')!).getByRole('button', { name: 'Undo' }));
    await waitFor(async () => expect((await db.prospects.get(id))?.displayName).toBe('Anna Nowak'));
    expect(await db.activities.where('personId').equals(id).count()).toBe(before);
  });

  it('a merge is undone from its toast', async () => {
    const db = await newDb();
    const id = await addPerson(db, { name: 'Łukasz Nowak', company: 'Acme' });
    await addPerson(db, { name: 'Lukasz Nowak', company: 'Acme' });
    renderPanel(
      <WithToasts>
        <ProspectView personId={id} command={null} onBack={() => undefined} onOpenPerson={() => undefined} />
      </WithToasts>,
      db,
    );
    const dupes = await screen.findByRole('list', { name: 'Possible duplicates' });
    fireEvent.click(within(dupes).getByRole('button', { name: 'Merge' }));
    fireEvent.click(
      within(screen.getByRole('dialog', { name: /Merge Lukasz Nowak/ })).getByRole('button', { name: 'Merge' }),
    );
    const toast = await screen.findByText('Merged Lukasz Nowak into Łukasz Nowak');
    expect(await db.prospects.count()).toBe(1);
    fireEvent.click(within(toast.closest('.toast')!).getByRole('button', { name: 'Undo' }));
    await waitFor(async () => expect(await db.prospects.count()).toBe(2));
  });
});
