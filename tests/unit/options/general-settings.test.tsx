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

  it.each([
    ['A deal is stalled after (days)', '0', 'Enter a whole number from 1 to 365.'],
    ['A deal is stalled after (days)', '', 'Enter a whole number from 1 to 365.'],
    ['Days to wait', '91', 'Enter a whole number from 1 to 90.'],
    ['Currency (ISO code)', 'eu', 'Enter a three-letter currency code, such as EUR or PLN.'],
    ['Day starts', '', 'Enter a time, such as 09:00.'],
  ])('%s set to "%s" says what the field takes: %s', async (label, value, sentence) => {
    const db = await newDb();
    const send = vi.fn(async () => ({ ok: true as const, value: {} }));
    renderPanel(<GeneralSettings settings={DEFAULT_SETTINGS} />, db, send as never);
    const field = screen.getByLabelText(label) as HTMLInputElement;
    fireEvent.change(field, { target: { value } });
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toBe(sentence);
    expect(field.getAttribute('aria-invalid')).toBe('true');
    expect(send).not.toHaveBeenCalled();
  });

  it('unticking the last working day keeps it unticked and says why it cannot be saved', async () => {
    const db = await newDb();
    const send = vi.fn(async () => ({ ok: true as const, value: {} }));
    const settings = { ...DEFAULT_SETTINGS, workingTime: { ...DEFAULT_SETTINGS.workingTime, workingDays: [1] } };
    renderPanel(<GeneralSettings settings={settings} />, db, send as never);
    const days = within(screen.getByRole('group', { name: 'Working days' })).getAllByRole('checkbox');
    const monday = days.find((d) => (d as HTMLInputElement).checked) as HTMLInputElement;
    fireEvent.click(monday);
    expect((await screen.findByRole('alert')).textContent).toBe(
      'Keep at least one working day: follow-ups fall due on working days only.',
    );
    expect(send).not.toHaveBeenCalled();
    fireEvent.click(monday);
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
