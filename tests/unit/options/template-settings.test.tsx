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
});
