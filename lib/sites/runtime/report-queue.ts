import type { Detection } from '../../domain/contact';
import { sendPageMessage } from '../../messaging/page-client';
import type { Statuses } from './status-book';
import type { StatusStore } from './statuses';

/** Reports after the first wait this long after the previous one (new search results get their chips a little later). */
export const REPORT_GAP_MS = 250;

export interface ReportQueueDeps {
  /** Send one report; resolves to the statuses of its people, or null without an answer. */
  send?(detection: Detection): Promise<Statuses | null>;
  statuses: StatusStore;
  isInvalid(): boolean;
  now(): number;
  setTimeout(cb: () => void, ms: number): number;
  clearTimeout(id: number): void;
}

export interface ReportQueue {
  /** Report this detection: the newest waiting one replaces any older one not yet sent. */
  queue(detection: Detection): void;
  /** End the wait between reports now; resolves once every queued report was answered. */
  flush(): Promise<void>;
}

/**
 * One report in flight at a time, and at most one per REPORT_GAP_MS: detections that change
 * meanwhile are coalesced into the newest (a busy page would otherwise send every intermediate list,
 * and each report costs the worker database reads). The worker answers captures only for contacts it
 * was told about, so a click flushes the queue and waits for it.
 */
export function createReportQueue(deps: ReportQueueDeps): ReportQueue {
  const send = deps.send ?? sendReport;
  let next: Detection | null = null;
  let running: Promise<void> = Promise.resolve();
  let inFlight = false;
  let lastSent = -Infinity;
  let endGap: (() => void) | null = null;

  const gap = (ms: number) =>
    new Promise<void>((resolve) => {
      const timer = deps.setTimeout(() => endGap?.(), ms);
      endGap = () => {
        deps.clearTimeout(timer);
        endGap = null;
        resolve();
      };
    });

  const report = async (detection: Detection) => {
    const seq = deps.statuses.ask();
    const answer = await send(detection).catch(() => null);
    if (deps.isInvalid()) return;
    deps.statuses.answerReport(seq, new Set(detection.contacts.map((c) => c.key)), answer);
  };

  const drain = async () => {
    while (next && !deps.isInvalid()) {
      const wait = lastSent + REPORT_GAP_MS - deps.now();
      if (wait > 0) await gap(wait);
      const detection = next;
      if (!detection || deps.isInvalid()) break;
      next = null;
      lastSent = deps.now();
      await report(detection);
    }
    next = null;
    inFlight = false;
  };

  return {
    queue(detection) {
      next = detection;
      if (inFlight) return;
      inFlight = true;
      running = drain();
    },
    flush() {
      endGap?.();
      return running;
    },
  };
}

const sendReport = (detection: Detection) =>
  sendPageMessage('reportDetection', detection).then((reply) => (reply.ok ? reply.value : null));
