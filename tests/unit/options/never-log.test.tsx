// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi, beforeEach } from 'vitest';
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { parseNeverLogEntry } from '@/lib/panel/never-log-entry';
import { summarizeDetectionStats } from '@/lib/panel/detection-summary';
import { DEFAULT_SETTINGS } from '@/lib/domain/settings';

const sent: unknown[] = [];
vi.mock('@/lib/messaging/client', () => ({
  sendMessage: vi.fn(async (name: string, data: unknown) => {
    sent.push([name, data]);
    return { ok: true, value: {} };
  }),
}));
const { NeverLogEditor } = await import('@/components/options/never-log-editor');

describe('Never-log entries', () => {
  it.each([
    ['CEO@Example.com', { kind: 'address', value: 'ceo@example.com' }],
    ['noreply*@*', { kind: 'address', value: 'noreply*@*' }],
    ['@Example.COM', { kind: 'domain', value: 'example.com' }],
    ['mail.example.co.uk', { kind: 'domain', value: 'mail.example.co.uk' }],
    ['', null],
    ['not an entry', null],
    ['a*b', null],
  ])('%s', (raw, expected) => {
    expect(parseNeverLogEntry(raw)).toEqual(expected);
  });
});

describe('Never-log editor', () => {
  beforeEach(() => {
    sent.length = 0;
  });
  afterEach(cleanup);

  it('adds a domain and removes an address through updateSettings', async () => {
    render(<NeverLogEditor neverLog={DEFAULT_SETTINGS.neverLog} />);
    fireEvent.input(screen.getByRole('textbox'), { target: { value: 'competitor.com' } });
    fireEvent.click(screen.getByRole('button', { name: 'options.neverLog.addButton' }));
    await waitFor(() => expect(sent).toHaveLength(1));
    expect(sent[0]).toEqual([
      'updateSettings',
      {
        patch: { neverLog: { ...DEFAULT_SETTINGS.neverLog, domains: ['competitor.com'] } },
        opId: expect.stringMatching(/^[\w-]{8,}$/),
      },
    ]);
    fireEvent.click(screen.getAllByRole('button', { name: 'options.neverLog.remove' })[0]!);
    await waitFor(() => expect(sent).toHaveLength(2));
    expect((sent[1] as [string, { patch: { neverLog: { addresses: string[] } } }])[1].patch.neverLog.addresses).toEqual(
      DEFAULT_SETTINGS.neverLog.addresses.slice(1),
    );
  });

  it('says what is wrong with an entry and saves nothing', async () => {
    render(<NeverLogEditor neverLog={DEFAULT_SETTINGS.neverLog} />);
    fireEvent.input(screen.getByRole('textbox'), { target: { value: 'hello world' } });
    fireEvent.click(screen.getByRole('button', { name: 'options.neverLog.addButton' }));
    expect((await screen.findByRole('alert')).textContent).toBe('options.neverLog.invalid');
    expect(sent).toEqual([]);
  });
});

describe('detection summary', () => {
  it('sums per page kind and lays out days', () => {
    const rows = [
      { day: '2026-11-01', pageKind: 'linkedin-profile', pages: 3, contacts: 3, degraded: 1 },
      { day: '2026-11-03', pageKind: 'linkedin-profile', pages: 5, contacts: 5, degraded: 0 },
      { day: '2026-11-02', pageKind: 'gmail-thread', pages: 1, contacts: 4, degraded: 0 },
    ];
    const [profile, gmail] = summarizeDetectionStats(rows, '2026-11-01', 4);
    expect(profile).toMatchObject({
      pageKind: 'linkedin-profile',
      pages: 8,
      degraded: 1,
      perDay: [3, 0, 5, 0],
      maxPerDay: 5,
    });
    expect(gmail).toMatchObject({ pages: 1, contacts: 4, perDay: [0, 1, 0, 0] });
  });
});
