// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { cleanup, fireEvent, screen, waitFor } from '@testing-library/preact';
import { DEFAULT_SETTINGS } from '@/lib/domain/settings';
import { renderInPanel, makeDb } from '../components/panel-harness';

const sent: unknown[] = [];
vi.mock('@/lib/messaging/client', () => ({
  sendMessage: vi.fn(async (name: string, data: unknown) => {
    sent.push([name, data]);
    return { ok: true, value: {} };
  }),
}));
const { CaptureSettings } = await import('@/components/options/capture-settings');

afterEach(() => {
  cleanup();
  sent.length = 0;
});

describe('capture settings', () => {
  it('switches "Add to pipeline" to contacts only', async () => {
    const db = await makeDb();
    renderInPanel(db, <CaptureSettings settings={DEFAULT_SETTINGS} />);
    const box = screen.getByRole('checkbox', { name: /puts the person on the board as a deal/ });
    expect((box as HTMLInputElement).checked).toBe(true);
    fireEvent.click(box);
    await waitFor(() => expect(sent).toHaveLength(1));
    expect(sent[0]).toEqual(['updateSettings', { patch: { capture: { deals: false, pipelineId: null } } }]);
  });
});
