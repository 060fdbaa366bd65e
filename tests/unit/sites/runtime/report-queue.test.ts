import { describe, expect, it, vi } from 'vitest';
import type { Detection } from '@/lib/domain/contact';
import { createReportQueue, REPORT_GAP_MS } from '@/lib/sites/runtime/report-queue';
import type { Statuses } from '@/lib/sites/runtime/status-book';
import { createStatusStore } from '@/lib/sites/runtime/statuses';
import { fakeDeps, settle } from './fake-clock';

const person = (key: string) =>
  ({ key, site: 'linkedin', name: key, linkedinUrl: null, salesNavUrl: null, emails: [] }) as never;
const detectionOf = (...keys: string[]): Detection =>
  ({
    url: 'https://www.linkedin.com/search/results/people/',
    pageKind: 'linkedin-search-people',
    contacts: keys.map(person),
  }) as never;
const known = { known: true, personId: 'p', lifecycle: 'lead', stage: null, nextFollowUpAt: null } as const;

/** A queue over a fake clock whose sends wait until the test answers them. */
function setup() {
  const clock = fakeDeps();
  const statuses = createStatusStore();
  const sent: { detection: Detection; answer: (s: Statuses | null) => void }[] = [];
  const send = vi.fn(
    (detection: Detection) => new Promise<Statuses | null>((answer) => sent.push({ detection, answer })),
  );
  const queue = createReportQueue({ send, statuses, isInvalid: () => false, ...clock.deps });
  return { clock, statuses, sent, send, queue };
}

describe('report queue', () => {
  it('sends one report at a time and coalesces the ones queued meanwhile into the newest', async () => {
    const { clock, sent, queue } = setup();
    queue.queue(detectionOf('a'));
    await settle();
    expect(sent.map((s) => s.detection.contacts.length)).toEqual([1]); // the first goes at once
    queue.queue(detectionOf('a', 'b'));
    queue.queue(detectionOf('a', 'b', 'c'));
    sent[0]!.answer({});
    await settle();
    expect(sent).toHaveLength(1); // the next waits out the gap
    clock.advance(REPORT_GAP_MS);
    await settle();
    expect(sent.map((s) => s.detection.contacts.length)).toEqual([1, 3]);
  });

  it('a flush ends the gap at once and resolves when every queued report was answered', async () => {
    const { sent, queue } = setup();
    queue.queue(detectionOf('a'));
    await settle();
    sent[0]!.answer({});
    await settle();
    queue.queue(detectionOf('a', 'b'));
    let flushed = false;
    void queue.flush().then(() => (flushed = true));
    await settle();
    expect(sent).toHaveLength(2);
    expect(flushed).toBe(false);
    sent[1]!.answer({});
    await settle();
    expect(flushed).toBe(true);
  });

  it("a report's answer sets the statuses of exactly its people; no answer offers capture to all", async () => {
    const { statuses, sent, queue } = setup();
    queue.queue(detectionOf('a', 'b'));
    await settle();
    sent[0]!.answer({ a: known });
    await settle();
    expect(statuses.get('a')).toEqual(known);
    expect(statuses.get('b')).toEqual({ known: false });
    queue.queue(detectionOf('c'));
    void queue.flush();
    await settle();
    sent[1]!.answer(null); // the worker restarting
    await settle();
    expect(statuses.get('a')).toBeUndefined();
    expect(statuses.get('c')).toEqual({ known: false });
  });

  it('a late report answer never undoes a newer answer about the same person', async () => {
    const { statuses, sent, queue } = setup();
    queue.queue(detectionOf('a'));
    await settle();
    const refresh = statuses.ask(); // asked after the report was sent
    statuses.apply(refresh, { a: known });
    sent[0]!.answer({ a: { known: false } });
    await settle();
    expect(statuses.get('a')).toEqual(known);
  });

  it('stops quietly once the content script is invalid', async () => {
    const clock = fakeDeps();
    let invalid = false;
    const send = vi.fn(() => Promise.resolve({}));
    const queue = createReportQueue({ send, statuses: createStatusStore(), isInvalid: () => invalid, ...clock.deps });
    invalid = true;
    queue.queue(detectionOf('a'));
    await settle();
    expect(send).not.toHaveBeenCalled();
  });
});
