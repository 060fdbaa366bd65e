// @vitest-environment happy-dom
import { getSettings } from '@/lib/db/repositories/settings';
import { BUILT_IN_CADENCE, startCadence } from '@/lib/domain/cadence';
import { scheduleFollowUp } from '@/lib/worker/follow-ups';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { cleanup, fireEvent, screen, waitFor, within } from '@testing-library/preact';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { PanelShell } from '@/components/panel-shell';
import { PageView } from '@/components/page-view';
import { ProspectView } from '@/components/prospect/prospect-view';
import type { SidecarDB } from '@/lib/db/schema';
import { OPEN_PROSPECT_KEY } from '@/lib/reminders/notification-actions';
import { addPerson, newDb, renderPanel, renderShell, sendFor } from './harness';
import { makePerson, uuid } from '../domain/make-entities';

const noCapture = { capture: async () => false, captureManual: async () => null };

beforeEach(() => fakeBrowser.reset());
afterEach(cleanup);

const snapshot = async () => ({ html: '<html></html>', url: 'https://x.test/', pageKind: 'linkedin-profile' });

async function openProspect(db: SidecarDB, id: string) {
  renderPanel(
    <ProspectView personId={id} command={null} onBack={() => undefined} onOpenPerson={() => undefined} />,
    db,
  );
  await screen.findByRole('heading', { level: 2 });
}

describe('panel loose ends', () => {
  it('opens the prospect a notification click left in storage.session, and removes the key', async () => {
    const db = await newDb();
    const id = await addPerson(db, { name: 'Rebecca Thornton' });
    await fakeBrowser.storage.session.set({ [OPEN_PROSPECT_KEY]: id });
    renderShell(<PanelShell search="?tabId=7" browserLanguages={['en']} getSnapshot={snapshot} />, db);
    await screen.findByRole('heading', { level: 2, name: 'Rebecca Thornton' });
    await waitFor(async () =>
      expect((await fakeBrowser.storage.session.get(OPEN_PROSPECT_KEY))[OPEN_PROSPECT_KEY]).toBeUndefined(),
    );
    // Later clicks arrive as changes while the panel is open.
    fireEvent.click(screen.getByRole('button', { name: '← Back' }));
    const other = await addPerson(db, { name: 'Marcus Feldman' });
    await fakeBrowser.storage.session.set({ [OPEN_PROSPECT_KEY]: other });
    await screen.findByRole('heading', { level: 2, name: 'Marcus Feldman' });
  });

  it('offers calendar export and the options page in the settings menu', async () => {
    const db = await newDb();
    const openOptions = vi.fn();
    renderShell(
      <PanelShell search="?tabId=7" browserLanguages={['en']} getSnapshot={snapshot} openOptions={openOptions} />,
      db,
    );
    fireEvent.click(screen.getByRole('button', { name: 'Settings' }));
    const menu = screen.getByRole('group', { name: 'Settings' });
    expect(within(menu).getByRole('button', { name: 'Export follow-ups to calendar (.ics)' })).toBeTruthy();
    fireEvent.click(within(menu).getByRole('link', { name: 'Settings' }));
    expect(openOptions).toHaveBeenCalledOnce();
  });

  it('starts the built-in cadence, shows its touches as follow-ups, and stops it', async () => {
    const db = await newDb();
    const id = await addPerson(db, { name: 'Anna Nowak' });
    await openProspect(db, id);
    const form = await screen.findByRole('form', { name: 'Start cadence' });
    expect(within(form).getByRole('combobox', { name: 'Cadence to start' }).textContent).toContain(
      'Seven touches in three weeks (7 touches)',
    );
    fireEvent.submit(form);
    // A preview first: every touch with its date; nothing starts before the confirmation.
    const planned = await screen.findByRole('list', { name: 'Planned touches' });
    expect(within(planned).getAllByRole('listitem')).toHaveLength(7);
    expect(await db.followUps.count()).toBe(0);
    fireEvent.click(screen.getByRole('button', { name: 'Start 7 touches' }));
    const touches = await screen.findByRole('list', { name: 'Touches of Seven touches in three weeks' });
    await waitFor(() => expect(within(touches).getAllByRole('listitem')).toHaveLength(7));
    expect(touches.textContent).toContain('Email — Introduction email');
    // Cadence touches are listed under the cadence, not twice.
    expect(screen.queryByRole('list', { name: 'Follow-ups' })).toBeNull();
    fireEvent.click(screen.getByRole('button', { name: 'Stop cadence' }));
    await screen.findByRole('form', { name: 'Start cadence' });
    expect((await db.followUps.toArray()).every((f) => f.done && f.cancelReason === 'stopped')).toBe(true);
  });

  it('moves a touch off a follow-up already planned, says so, and writes an email touch from its template', async () => {
    const db = await newDb();
    const id = await addPerson(db, { name: 'Anna Nowak', emails: ['anna@acme.example'], company: 'Acme' });
    const settings = await getSettings(db);
    const first = startCadence(BUILT_IN_CADENCE, id, Date.now(), settings.workingTime, () => crypto.randomUUID())[0]!;
    await scheduleFollowUp(
      db,
      { personId: id, dealId: null, dueAt: first.dueAt, kind: 'call', note: 'Budget call' },
      {
        now: Date.now(),
      },
    );
    await openProspect(db, id);
    fireEvent.submit(await screen.findByRole('form', { name: 'Start cadence' }));
    const planned = await screen.findByRole('list', { name: 'Planned touches' });
    const items = within(planned).getAllByRole('listitem');
    expect(items[0]!.textContent).toContain('Moved off a time already taken by a follow-up');
    expect(items[1]!.textContent).not.toContain('Moved off');
    fireEvent.click(screen.getByRole('button', { name: 'Start 7 touches' }));
    await screen.findByRole('list', { name: 'Touches of Seven touches in three weeks' });
    const touches = await db.followUps.where('personId').equals(id).toArray();
    expect(touches.filter((f) => f.dueAt === first.dueAt)).toHaveLength(1);
    fireEvent.click(await screen.findByRole('button', { name: 'Write “Introduction email” to Anna Nowak' }));
    await waitFor(() =>
      expect((screen.getByRole('textbox', { name: 'Subject' }) as HTMLInputElement).value).toBe(
        'Acme and a quick idea',
      ),
    );
  });

  it('schedules through scheduleFollowUpPreset with the chosen preset', async () => {
    const db = await newDb();
    const id = await addPerson(db, { name: 'Anna Nowak' });
    const real = sendFor(db);
    const send = vi.fn(real);
    renderPanel(
      <ProspectView personId={id} command={null} onBack={() => undefined} onOpenPerson={() => undefined} />,
      db,
      send as typeof real,
    );
    fireEvent.click(await screen.findByRole('button', { name: 'Schedule follow-up' }));
    const form = screen.getByRole('form', { name: 'Schedule follow-up' });
    fireEvent.click(within(form).getByRole('radio', { name: 'Pick a date' }));
    fireEvent.input(within(form).getByLabelText('Date'), { target: { value: '2031-03-04' } });
    fireEvent.input(within(form).getByLabelText('Time'), { target: { value: '09:30' } });
    fireEvent.submit(form);
    await waitFor(async () => expect(await db.followUps.count()).toBe(1));
    expect(send).toHaveBeenCalledWith(
      'scheduleFollowUpPreset',
      expect.objectContaining({ preset: { kind: 'custom', date: '2031-03-04', time: '09:30' } }),
    );
  });

  it('asks why before moving a deal to a Lost stage', async () => {
    const db = await newDb();
    const id = await addPerson(db, { name: 'Anna Nowak' });
    await openProspect(db, id);
    fireEvent.click(screen.getByRole('button', { name: 'New deal' }));
    fireEvent.submit(screen.getByRole('form', { name: 'New deal' }));
    const deals = await screen.findByRole('list', { name: 'Deals' });
    const pipeline = (await db.pipelines.toArray())[0];
    const lost = pipeline?.stages.find((s) => s.kind === 'lost');
    fireEvent.change(within(deals).getByRole('combobox', { name: 'Stage' }), { target: { value: lost?.id } });
    const ask = await screen.findByRole('form', { name: 'Reason' });
    expect((await db.deals.toArray())[0]?.status).toBe('open');
    fireEvent.input(within(ask).getByRole('textbox', { name: 'Reason' }), { target: { value: 'Chose a competitor' } });
    fireEvent.submit(ask);
    await waitFor(async () =>
      expect((await db.deals.toArray())[0]).toMatchObject({ status: 'lost', lostReason: 'Chose a competitor' }),
    );
  });

  it('shows a long Pipeline a page at a time, newest first, in one list', async () => {
    const db = await newDb();
    await db.prospects.bulkAdd(
      Array.from({ length: 1_050 }, (_, i) =>
        makePerson({ id: uuid(10_000 + i), displayName: `Person ${i}`, createdAt: i }),
      ),
    );
    renderPanel(
      <PageView tabId={null} detection={null} capture={noCapture} onOpen={() => undefined} getSnapshot={snapshot} />,
      db,
    );
    const list = screen.getByRole('list', { name: 'Pipeline' });
    await waitFor(() => expect(within(list).getAllByRole('listitem')).toHaveLength(100));
    expect(within(list).getAllByRole('listitem')[0]?.textContent).toContain('Person 1049');
    expect(screen.getByText(/^1,?050 prospects$/)).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Show 100 more' }));
    await waitFor(() => expect(within(list).getAllByRole('listitem')).toHaveLength(200));
    expect(screen.getAllByRole('list', { name: 'Pipeline' })).toHaveLength(1);
  });
});
