import type { BrowserContext, Worker } from '@playwright/test';

/**
 * The screenshots' "now": Friday 20 November 2026, 09:30 UTC. Seeded data is dated from it, the
 * pages' clocks stand still a minute after it, and the worker's clock starts at it.
 */
export const NOW = Date.UTC(2026, 10, 20, 9, 30);
export const MINUTE = 60_000;
export const HOUR = 60 * MINUTE;
export const DAY = 24 * HOUR;

/**
 * Playwright's clock fixes the pages' time (extension pages included), but not the service worker's,
 * which stamps what it stores (captures, stage moves). There `Date` starts at `start` and moves one
 * millisecond per reading: every stamp is fixed, and their order is the order of the calls.
 */
function startWorkerClock(start: number): void {
  const Real = Date;
  let next = start;
  const now = () => next++;
  globalThis.Date = new Proxy(Real, {
    construct: (target, args, newTarget) => Reflect.construct(target, args.length ? args : [now()], newTarget),
    apply: () => new Real(now()).toString(),
    get: (target, key, receiver) => (key === 'now' ? now : Reflect.get(target, key, receiver)),
  });
}

/** Fix the clocks of the context's pages (at NOW + 1 minute) and of the extension's worker (from NOW). */
export async function fixClocks(context: BrowserContext, worker: Worker): Promise<void> {
  await context.clock.setFixedTime(NOW + MINUTE);
  await worker.evaluate(startWorkerClock, NOW);
}
