// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { cleanup, fireEvent, screen, waitFor } from '@testing-library/preact';
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
});
