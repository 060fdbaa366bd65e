// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { cleanup, fireEvent, screen, waitFor, within } from '@testing-library/preact';
import { DEFAULT_SETTINGS } from '@/lib/domain/settings';
import { makeDb, renderInPanel } from '../components/panel-harness';

const sent: unknown[] = [];
vi.mock('@/lib/messaging/client', () => ({
  sendMessage: vi.fn(async (name: string, data: unknown) => {
    sent.push([name, data]);
    return { ok: true, value: {} };
  }),
}));
const { TemplateSettings } = await import('@/components/options/template-settings');

afterEach(() => {
  cleanup();
  sent.length = 0;
});

describe('template settings', () => {
  it('saves the name {my_name} becomes, and says so', async () => {
    const db = await makeDb();
    renderInPanel(db, <TemplateSettings settings={DEFAULT_SETTINGS} />);
    const input = screen.getByLabelText('Your name, for {my_name} in templates');
    fireEvent.input(input, { target: { value: '  Sam Rivera ' } });
    fireEvent.click(screen.getByRole('button', { name: 'Save' }));
    await waitFor(() => expect(sent).toEqual([['updateSettings', { patch: { myName: 'Sam Rivera' } }]]));
    expect((await screen.findByRole('status')).textContent).toBe('Saved.');
  });

  it('adds a template of your own and deletes one', async () => {
    const db = await makeDb();
    const mine = { id: 'mine-1', name: 'Follow-up PL', subject: 'Dzień dobry {first_name}', body: '…' };
    renderInPanel(db, <TemplateSettings settings={{ ...DEFAULT_SETTINGS, templates: [mine] }} />);
    const form = screen.getByRole('form', { name: 'Add template' });
    fireEvent.input(within(form).getByLabelText('Template name'), { target: { value: 'Demo recap' } });
    fireEvent.input(within(form).getByLabelText('Subject'), { target: { value: 'Our demo, {company}' } });
    fireEvent.submit(form);
    await waitFor(() => expect(sent).toHaveLength(1));
    const [, data] = sent[0] as [string, { patch: { templates: { name: string; subject: string }[] } }];
    expect(data.patch.templates.map((x) => [x.name, x.subject])).toEqual([
      ['Follow-up PL', 'Dzień dobry {first_name}'],
      ['Demo recap', 'Our demo, {company}'],
    ]);
    fireEvent.click(screen.getByRole('button', { name: 'Delete Follow-up PL' }));
    await waitFor(() => expect(sent).toHaveLength(2));
    expect(sent[1]).toEqual(['updateSettings', { patch: { templates: [] } }]);
  });

  it('edits a template of your own in place, keeping its id', async () => {
    const db = await makeDb();
    const mine = { id: 'mine-1', name: 'Follow-up PL', subject: 'Dzień dobry {first_name}', body: 'Tekst' };
    renderInPanel(db, <TemplateSettings settings={{ ...DEFAULT_SETTINGS, templates: [mine] }} />);
    fireEvent.click(screen.getByRole('button', { name: 'Edit Follow-up PL' }));
    const form = screen.getByRole('form', { name: 'Edit the template Follow-up PL' });
    expect((within(form).getByLabelText('Subject') as HTMLInputElement).value).toBe('Dzień dobry {first_name}');
    fireEvent.input(within(form).getByLabelText('Message'), { target: { value: 'Nowy tekst, {my_name}' } });
    fireEvent.click(within(form).getByRole('button', { name: 'Save' }));
    await waitFor(() => expect(sent).toHaveLength(1));
    expect(sent[0]).toEqual(['updateSettings', { patch: { templates: [{ ...mine, body: 'Nowy tekst, {my_name}' }] } }]);
    await waitFor(() => expect(screen.queryByRole('form', { name: 'Edit the template Follow-up PL' })).toBeNull());
  });

  it('says in words, next to the field, what stops a template from being saved', async () => {
    const db = await makeDb();
    const mine = { id: 'mine-1', name: 'Follow-up PL', subject: '', body: '' };
    renderInPanel(db, <TemplateSettings settings={{ ...DEFAULT_SETTINGS, templates: [mine] }} />);
    const form = screen.getByRole('form', { name: 'Add template' });
    fireEvent.submit(form);
    const name = within(form).getByLabelText('Template name');
    expect(name.getAttribute('aria-invalid')).toBe('true');
    expect(document.getElementById(name.getAttribute('aria-describedby') ?? '')?.textContent).toBe(
      'Give the template a name.',
    );
    fireEvent.input(name, { target: { value: 'follow-up pl' } });
    fireEvent.input(within(form).getByLabelText('Message'), { target: { value: 'Hi {firstname}' } });
    fireEvent.submit(form);
    expect(within(form).getByText('You already have a template with this name; choose another.')).toBeTruthy();
    const body = within(form).getByLabelText('Message');
    expect(document.getElementById(body.getAttribute('aria-describedby') ?? '')?.textContent).toBe(
      'Sidecar does not fill in {firstname}; the placeholders are {first_name}, {company}, {my_name}.',
    );
    expect(sent).toHaveLength(0);
    fireEvent.input(name, { target: { value: 'Recap' } });
    fireEvent.input(body, { target: { value: 'Hi {first_name}' } });
    fireEvent.submit(form);
    await waitFor(() => expect(sent).toHaveLength(1));
    expect(name.getAttribute('aria-invalid')).toBeNull();
  });
});
