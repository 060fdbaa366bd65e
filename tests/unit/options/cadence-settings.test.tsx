// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { cleanup, fireEvent, screen, waitFor, within } from '@testing-library/preact';
import { DEFAULT_SETTINGS } from '@/lib/domain/settings';
import { makeDb, renderInPanel } from '../components/panel-harness';

const sent: unknown[] = [];
vi.mock('@/lib/messaging/client', () => ({
  sendMessage: vi.fn(async (name: string, data: unknown) => {
    sent.push([name, data]);
    return { ok: true, value: { cadenceId: 'c1' } };
  }),
}));
const { CadenceSettings } = await import('@/components/options/cadence-settings');

afterEach(() => {
  cleanup();
  sent.length = 0;
});

const mine = { id: 'mine-1', name: 'Recap PL', subject: 'Po demo', body: 'Dzień dobry {first_name}' };

describe('cadence settings', () => {
  it('makes a cadence whose email touch carries a template picked from the built-in and your own', async () => {
    const db = await makeDb();
    renderInPanel(db, <CadenceSettings settings={{ ...DEFAULT_SETTINGS, templates: [mine] }} />);
    fireEvent.click(screen.getByRole('button', { name: 'New cadence' }));
    const form = screen.getByRole('form', { name: 'Cadence' });
    fireEvent.input(within(form).getByLabelText('Cadence name'), { target: { value: 'After the demo' } });
    const touch1 = within(form).getByRole('group', { name: 'Touch 1' });
    const picker = within(touch1).getByLabelText('Email template') as HTMLSelectElement;
    expect([...picker.options].map((o) => o.textContent)).toEqual([
      'No template',
      'Introduction',
      expect.any(String),
      expect.any(String),
      'Recap PL',
    ]);
    fireEvent.change(picker, { target: { value: 'mine-1' } });
    fireEvent.click(within(form).getByRole('button', { name: 'Add a touch' }));
    const touch2 = within(form).getByRole('group', { name: 'Touch 2' });
    fireEvent.change(within(touch2).getByLabelText('Type'), { target: { value: 'call' } });
    expect(within(touch2).queryByLabelText('Email template')).toBeNull();
    fireEvent.submit(form);
    await waitFor(() => expect(sent).toHaveLength(1));
    expect(sent[0]).toEqual([
      'saveCadence',
      {
        cadence: {
          name: 'After the demo',
          steps: [
            { offsetDays: 2, kind: 'email', note: null, noteKey: null, templateId: 'mine-1' },
            { offsetDays: 2, kind: 'call', note: null, noteKey: null },
          ],
        },
      },
    ]);
  });

  it('edits a stored cadence, and says in words what stops it from being saved', async () => {
    const db = await makeDb();
    await db.cadences.add({
      id: 'cad-1',
      name: 'Short',
      nameKey: null,
      steps: [{ offsetDays: 0, kind: 'email', note: 'Hello', noteKey: null, templateId: 'builtin:value' }],
    });
    renderInPanel(db, <CadenceSettings settings={DEFAULT_SETTINGS} />);
    fireEvent.click(await screen.findByRole('button', { name: 'Edit Short' }));
    const form = screen.getByRole('form', { name: 'Cadence' });
    expect((within(form).getByLabelText('Email template') as HTMLSelectElement).value).toBe('builtin:value');
    const name = within(form).getByLabelText('Cadence name');
    fireEvent.input(name, { target: { value: ' ' } });
    fireEvent.submit(form);
    expect(name.getAttribute('aria-invalid')).toBe('true');
    expect(document.getElementById(name.getAttribute('aria-describedby') ?? '')?.textContent).toBe(
      'Give the cadence a name.',
    );
    expect(sent).toHaveLength(0);
    fireEvent.input(name, { target: { value: 'Short one' } });
    fireEvent.change(within(form).getByLabelText('Email template'), { target: { value: '' } });
    fireEvent.submit(form);
    await waitFor(() => expect(sent).toHaveLength(1));
    expect(sent[0]).toEqual([
      'saveCadence',
      {
        cadence: {
          id: 'cad-1',
          name: 'Short one',
          steps: [{ offsetDays: 0, kind: 'email', note: 'Hello', noteKey: null }],
        },
      },
    ]);
  });

  it('a touch out of range is said, not clamped: nothing is saved until it is fixed', async () => {
    const db = await makeDb();
    renderInPanel(db, <CadenceSettings settings={DEFAULT_SETTINGS} />);
    fireEvent.click(await screen.findByRole('button', { name: 'New cadence' }));
    const form = screen.getByRole('form', { name: 'Cadence' });
    fireEvent.input(within(form).getByLabelText('Cadence name'), { target: { value: 'Long' } });
    const days = within(form).getByLabelText('Working days after the previous touch');
    fireEvent.input(days, { target: { value: '99' } });
    fireEvent.submit(form);
    expect(within(form).getByRole('alert').textContent).toBe('Touch 1: enter a whole number of days from 0 to 60.');
    expect(sent).toHaveLength(0);
    fireEvent.input(days, { target: { value: '6' } });
    fireEvent.submit(form);
    await waitFor(() => expect(sent).toHaveLength(1));
    expect(within(form).queryByRole('alert')).toBeNull();
  });
});
