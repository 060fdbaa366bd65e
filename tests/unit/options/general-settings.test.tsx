// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { cleanup, fireEvent, screen, within } from '@testing-library/preact';
import { GeneralSettings } from '@/components/options/general-settings';
import { DEFAULT_SETTINGS } from '@/lib/domain/settings';
import { newDb, renderPanel } from '../components/harness';

afterEach(cleanup);

describe('general settings: errors in words', () => {
  it('a working day that ends before it starts is a sentence next to the field; nothing is sent and the value stays', async () => {
    const db = await newDb();
    const send = vi.fn(async () => ({ ok: true as const, value: {} }));
    renderPanel(<GeneralSettings settings={DEFAULT_SETTINGS} />, db, send as never);
    const end = screen.getByLabelText('Day ends') as HTMLInputElement;
    fireEvent.change(end, { target: { value: '08:00' } });
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toBe('The working day must end after it starts: choose a later end time.');
    expect(end.getAttribute('aria-invalid')).toBe('true');
    expect(end.getAttribute('aria-describedby')).toBe(alert.id);
    expect(end.value).toBe('08:00');
    expect(send).not.toHaveBeenCalled();
    fireEvent.change(end, { target: { value: '18:00' } });
    await vi.waitFor(() => expect(send).toHaveBeenCalledOnce());
    expect(screen.queryByRole('alert')).toBeNull();
  });

  it('offers UTC and every IANA zone', async () => {
    const db = await newDb();
    renderPanel(<GeneralSettings settings={DEFAULT_SETTINGS} />, db);
    const zones = within(screen.getByRole('combobox', { name: 'Time zone' }))
      .getAllByRole('option')
      .map((o) => o.textContent);
    expect(zones[0]).toBe('UTC');
    expect(zones).toContain('Europe/Warsaw');
    expect(zones.length).toBeGreaterThan(300);
  });
});
