import { createBatchScheduler, type SchedulerDeps } from '@/lib/sites/runtime/batch-scheduler';

/**
 * A hand-driven clock: frames and timers run only when the test says so. Timers truncate their delay
 * to whole milliseconds, as browsers do. It records every delay asked for and every frame cancelled,
 * and `schedule` makes a scheduler over it whose runs it counts.
 */
export function fakeDeps() {
  let now = 0;
  let nextId = 1;
  const frames = new Map<number, () => void>();
  const timers = new Map<number, { at: number; cb: () => void }>();
  const tab = { hidden: false };
  const delays: number[] = [];
  const cancelled: number[] = [];
  let runs = 0;
  const deps: SchedulerDeps = {
    hidden: () => tab.hidden,
    now: () => now,
    raf: (cb) => {
      frames.set(nextId, cb);
      return nextId++;
    },
    cancelRaf: (id) => {
      cancelled.push(id);
      frames.delete(id);
    },
    setTimeout: (cb, ms) => {
      delays.push(ms);
      timers.set(nextId, { at: now + Math.trunc(ms), cb });
      return nextId++;
    },
    clearTimeout: (id) => void timers.delete(id),
  };
  const frame = () => {
    const cbs = [...frames.values()];
    frames.clear();
    cbs.forEach((cb) => cb());
  };
  const advance = (ms: number) => {
    now += ms;
    for (const [id, t] of [...timers])
      if (t.at <= now) {
        timers.delete(id);
        t.cb();
      }
  };
  const schedule = (minIntervalMs?: number, fallbackMs?: number, maxIntervalMs?: number) =>
    createBatchScheduler(() => runs++, deps, minIntervalMs, fallbackMs, maxIntervalMs);
  return {
    deps,
    frame,
    advance,
    tab,
    timers,
    delays,
    cancelled,
    schedule,
    get runs() {
      return runs;
    },
  };
}

/** Let queued promise callbacks run (replies, report queue steps). */
export const settle = () => new Promise<void>((resolve) => setTimeout(resolve, 0));
