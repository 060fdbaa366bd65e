// @vitest-environment happy-dom
import { cleanup, fireEvent, screen, waitFor } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import { DataSection } from '@/components/options/data-section';
import { PrivacySection } from '@/components/options/privacy-section';
import { RetentionSection } from '@/components/options/retention-section';
import { retentionCutoff } from '@/lib/domain/settings';
import { addPerson, newDb, renderPanel, sendFor } from '../components/harness';

afterEach(cleanup);

describe('the options page’s privacy section', () => {
  it('counts the suppression list, lifts an entry typed again, and deletes everything after the typed phrase', async () => {
    const db = await newDb();
    const send = sendFor(db);
    const personId = await addPerson(db, { name: 'Олена Коваленко', emails: ['olena@cargolink.example'] });
    await addPerson(db, { name: 'Marcus Feldman' });
    await send('forgetPerson', { personId });
    renderPanel(<PrivacySection settings={null} />, db, send);
    await screen.findByText(/^Entries on the list of forgotten people: 2\./);

    fireEvent.submit(screen.getByRole('button', { name: 'Allow again' }).closest('form')!);
    expect((await screen.findByRole('status')).textContent).toBe('Enter the address or profile link first.');
    fireEvent.input(screen.getByRole('textbox', { name: /^Track someone again/ }), {
      target: { value: 'Olena@Cargolink.example' },
    });
    fireEvent.submit(screen.getByRole('button', { name: 'Allow again' }).closest('form')!);
    await screen.findByText(/^Entries on the list of forgotten people: 1\./);

    fireEvent.click(screen.getByRole('button', { name: 'Delete all data' }));
    expect(screen.getByRole('checkbox', { name: /^Keep the list of forgotten people/ })).toHaveProperty(
      'checked',
      true,
    );
    const phrase = screen.getByRole('textbox', { name: 'Type “delete everything” to confirm' });
    fireEvent.input(phrase, { target: { value: 'delete' } });
    fireEvent.click(screen.getByRole('button', { name: 'Delete all data now' }));
    await screen.findByText('Type exactly “delete everything” to delete everything.');
    expect(await db.prospects.count()).toBe(1);
    fireEvent.input(phrase, { target: { value: 'Delete everything' } });
    fireEvent.click(screen.getByRole('button', { name: 'Delete all data now' }));
    await screen.findByText('All data deleted.');
    await waitFor(async () => expect(await db.prospects.count()).toBe(0));
    expect(await db.suppressions.count()).toBe(1);
  });
});

describe('backups on a schedule', () => {
  it('says a backup is due, records the download’s date, and lets the user turn reminders off', async () => {
    const db = await newDb();
    const send = sendFor(db);
    await send('updateSettings', { patch: {} });
    renderPanel(<DataSection />, db, send);
    await screen.findByText('A backup is due: download one now.');
    expect(screen.getByText('No backup downloaded yet.')).toBeTruthy();
    URL.createObjectURL = () => 'blob:backup';
    URL.revokeObjectURL = () => undefined;
    fireEvent.click(screen.getByRole('button', { name: 'Download backup' }));
    await screen.findByText(/^Last backup: /);
    expect(screen.queryByText('A backup is due: download one now.')).toBeNull();
    fireEvent.change(screen.getByRole('combobox', { name: 'Remind me to back up' }), { target: { value: '0' } });
    await waitFor(async () =>
      expect((await db.settings.toArray())[0]).toMatchObject({ value: { backup: { everyDays: 0 } } }),
    );
  });
});

describe('retention', () => {
  it('is off by default; set, it lists people with no activity for longer and deletes them on confirmation', async () => {
    const db = await newDb();
    const send = sendFor(db);
    await addPerson(db, { name: 'Ілля Стародуб' });
    await send('updateSettings', { patch: { retentionMonths: 12 } });
    const settings = (await db.settings.toArray())[0]!.value;
    renderPanel(<RetentionSection settings={settings} />, db, send);
    await screen.findByText('People past the retention period: 1');
    expect(screen.getByText(/^Ілля Стародуб, last change /)).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Delete these people (1)' }));
    fireEvent.click(screen.getByRole('button', { name: 'Delete' }));
    await waitFor(async () => expect(await db.prospects.count()).toBe(0));
    expect(retentionCutoff({}, Date.UTC(2026, 5, 1))).toBeNull();
    expect(retentionCutoff({ retentionMonths: 12 }, Date.UTC(2026, 5, 1))).toBe(Date.UTC(2025, 5, 1));
  });
});
