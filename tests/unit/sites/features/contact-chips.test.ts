// @vitest-environment happy-dom
import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { Detection } from '@/lib/domain/contact';
import { contactChips } from '@/lib/sites/features/contact-chips';
import { STATUS_WAIT_MS } from '@/lib/sites/features/status-wait';
import { linkedinAdapter } from '@/lib/sites/linkedin/adapter';
import { sendPageMessage } from '@/lib/messaging/page-client';
import { drawAll, fakeHost, trustedClick } from './feature-host';

vi.mock('@/lib/messaging/page-client', () => {
  const sendPageMessage = vi.fn();
  return {
    sendPageMessage,
    sendPageWrite: (type: string, data: object) => sendPageMessage(type, { ...data, opId: 'op-test' }),
  };
});
const send = vi.mocked(sendPageMessage);

const URL_ANNA = 'https://www.linkedin.com/in/anna-nowak/';
const anna = {
  key: URL_ANNA,
  site: 'linkedin',
  name: 'Anna Nowak',
  linkedinUrl: URL_ANNA,
  salesNavUrl: null,
  emails: [],
  headline: null,
  title: null,
  company: null,
  location: null,
  role: null,
  automated: false,
} as const;
const detection = { url: URL_ANNA, pageKind: 'linkedin-profile', contacts: [anna] } as unknown as Detection;
const lead = { known: true, personId: 'p1', lifecycle: 'lead', stage: null, nextFollowUpAt: null } as const;

function setup(loading = false) {
  document.body.innerHTML = '<main><h1>Anna Nowak</h1></main>';
  const { host } = fakeHost({ adapter: linkedinAdapter });
  const chips = contactChips.init(host);
  chips.update(document, { detection, accepted: loading ? null : detection, loading });
  /** The chip's elements as the overlay manager would draw them. */
  const draw = () => drawAll(chips.placements());
  return { host, chips, draw };
}

beforeEach(() => send.mockReset());

describe('contact chips', () => {
  it('places a chip by the name once the worker has said who this is: one draw on a page load', () => {
    const { host, chips, draw } = setup();
    expect(chips.placements()).toEqual([]);
    host.statuses.answerReport(host.statuses.ask(), new Set([URL_ANNA]), {});
    expect(host.redraw).toHaveBeenCalled();
    expect(chips.placements().map((p) => p.anchor.tagName)).toEqual(['H1']);
    expect(draw().textContent).toContain('addToPipeline');
  });

  it('a worker slower than STATUS_WAIT_MS: the mark alone meanwhile, nothing to click', () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'performance'] });
    try {
      const { host, chips, draw } = setup();
      expect(chips.placements()).toEqual([]);
      vi.advanceTimersByTime(STATUS_WAIT_MS - 1);
      expect(host.redraw).not.toHaveBeenCalled();
      vi.advanceTimersByTime(1);
      expect(host.redraw).toHaveBeenCalledOnce();
      expect(chips.placements().map((p) => p.anchor.tagName)).toEqual(['H1']);
      expect(draw().querySelector('button')).toBeNull();
    } finally {
      vi.useRealTimers();
    }
  });

  it('shows "Loading…" while the navigation guard holds the batch back', () => {
    const { draw } = setup(true);
    expect(draw().textContent).toContain('loading');
  });

  it('a trusted click captures (after the waiting report) and the chip shows the new status', async () => {
    const { host, draw } = setup();
    host.statuses.answerReport(host.statuses.ask(), new Set([URL_ANNA]), {});
    send.mockResolvedValueOnce({ ok: true, value: { personId: 'p1', status: lead } } as never);
    draw().querySelector('button')!.dispatchEvent(trustedClick());
    await vi.waitFor(() => expect(host.statuses.get(URL_ANNA)).toEqual(lead));
    expect(host.reports.flush).toHaveBeenCalled();
    expect(send).toHaveBeenCalledWith('captureContact', { key: URL_ANNA, trusted: true, opId: 'op-test' });
    expect(draw().textContent).toContain('lifecycle_lead');
  });

  it("a page script's synthetic click, or a click on a stale overlay, captures nothing", async () => {
    const { host, draw } = setup();
    host.statuses.answerReport(host.statuses.ask(), new Set([URL_ANNA]), {});
    draw().querySelector('button')!.click();
    host.isStale = () => true;
    draw().querySelector('button')!.dispatchEvent(trustedClick());
    await new Promise((r) => setTimeout(r, 0));
    expect(send).not.toHaveBeenCalled();
  });

  it('a failed capture says so on the chip', async () => {
    const { host, draw } = setup();
    host.statuses.answerReport(host.statuses.ask(), new Set([URL_ANNA]), {});
    send.mockResolvedValueOnce({ ok: false, error: 'internal' } as never);
    draw().querySelector('button')!.dispatchEvent(trustedClick());
    await vi.waitFor(() => expect(draw().textContent).toContain('captureFailed'));
  });

  it('refresh asks the worker for the statuses of the accepted people', async () => {
    const { host, chips } = setup();
    send.mockResolvedValueOnce({ ok: true, value: { [URL_ANNA]: lead } } as never);
    chips.refresh?.();
    await vi.waitFor(() => expect(host.statuses.get(URL_ANNA)).toEqual(lead));
    expect(send).toHaveBeenCalledWith('getContactStatuses', { keys: [URL_ANNA] });
  });

  it("a signature changes only when what is shown changes (a status that shows the same doesn't)", () => {
    const { host, chips } = setup();
    host.statuses.answerReport(host.statuses.ask(), new Set([URL_ANNA]), {});
    const before = chips.placements()[0]!.part.signature;
    host.statuses.apply(host.statuses.ask(), { [URL_ANNA]: { known: false } });
    expect(chips.placements()[0]!.part.signature).toBe(before);
    host.statuses.apply(host.statuses.ask(), { [URL_ANNA]: lead });
    expect(chips.placements()[0]!.part.signature).not.toBe(before);
  });
});
