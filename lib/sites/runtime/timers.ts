import type { SchedulerDeps } from './batch-scheduler';

/**
 * The page's clock and frames for the loop. Plain timers, not bound one by one to ctx: the scheduler
 * arms one per batch, and one scheduler.cancel() when the context is invalidated stops them all.
 */
export function browserTimers(): SchedulerDeps {
  return {
    now: () => performance.now(),
    raf: (cb) => requestAnimationFrame(cb),
    cancelRaf: (id) => cancelAnimationFrame(id),
    setTimeout: (cb, ms) => window.setTimeout(cb, ms),
    clearTimeout: (id) => clearTimeout(id),
    hidden: () => document.visibilityState === 'hidden',
  };
}

/** Epoch ms → a short date and time in the page's language; the formatter is built on first use. */
export function shortDateFormat(): (at: number) => string {
  let format: Intl.DateTimeFormat | null = null;
  return (at) =>
    (format ??= new Intl.DateTimeFormat(navigator.language, {
      weekday: 'short',
      month: 'short',
      day: 'numeric',
      hour: 'numeric',
      minute: '2-digit',
    })).format(at);
}
