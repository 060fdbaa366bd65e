// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import { cleanup, fireEvent, screen, waitFor, within } from '@testing-library/preact';
import { ProspectView } from '@/components/prospect/prospect-view';
import { addPerson, newDb, renderPanel } from './harness';

afterEach(cleanup);

describe('contact card', () => {
  it('shows how to reach the person as links and edits a detail in place', async () => {
    const db = await newDb();
    const id = await addPerson(db, {
      name: 'Anna Nowak',
      emails: ['anna@acme.example'],
      company: 'Acme',
    });
    await db.prospects.update(id, { phones: ['+48 600 100 200'] });
    renderPanel(
      <ProspectView personId={id} command={null} onBack={() => undefined} onOpenPerson={() => undefined} />,
      db,
    );
    await screen.findByRole('heading', { level: 2 });
    expect(screen.getByRole('link', { name: 'anna@acme.example' }).getAttribute('href')).toBe(
      'mailto:anna@acme.example',
    );
    expect(screen.getByRole('link', { name: '+48 600 100 200' }).getAttribute('href')).toMatch(/^tel:\+48/);
    expect(screen.getByRole('link', { name: 'Profile on LinkedIn' })).toBeTruthy();

    fireEvent.click(screen.getByRole('button', { name: 'Edit Company' }));
    const input = screen.getByRole('textbox', { name: 'Company' });
    fireEvent.input(input, { target: { value: 'Acme Sp. z o.o.' } });
    fireEvent.submit(input.closest('form') as HTMLFormElement);
    expect((await screen.findByRole('status')).textContent).toBe('Saved.');
    expect(screen.queryByRole('textbox', { name: 'Company' })).toBeNull();
    await waitFor(async () => expect((await db.prospects.get(id))?.company).toBe('Acme Sp. z o.o.'));
  });

  it('writes from a template, to the mail app when no Gmail tab is open', async () => {
    const db = await newDb();
    const id = await addPerson(db, { name: 'Anna Nowak', emails: ['anna@acme.example'], company: 'Acme' });
    renderPanel(
      <ProspectView personId={id} command={null} onBack={() => undefined} onOpenPerson={() => undefined} />,
      db,
    );
    fireEvent.click(await screen.findByRole('button', { name: 'Write email' }));
    const form = screen.getByRole('form', { name: 'Write email' });
    fireEvent.change(within(form).getByRole('combobox', { name: 'Template' }), {
      target: { value: 'builtin:intro' },
    });
    await waitFor(() =>
      expect((within(form).getByRole('textbox', { name: 'Subject' }) as HTMLInputElement).value).toBe(
        'Acme and a quick idea',
      ),
    );
    const link = within(form).getByRole('link', { name: 'Open in your mail app' });
    expect(link.getAttribute('href')).toMatch(
      /^mailto:anna@acme\.example\?subject=Acme%20and%20a%20quick%20idea&body=Hi%20Anna/,
    );
  });
});
