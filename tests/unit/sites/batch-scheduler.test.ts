import { describe, expect, it } from 'vitest';
import { createBatchScheduler, type SchedulerDeps } from '@/lib/sites/batch-scheduler';

/** A hand-driven clock: frames and timers run only when the test says so. */
function fakeDeps() {
  let now = 0;
  let nextId = 1;
  const frames = new Map<number, () => void>();
  const timers = new Map<number, { at: number; cb: () => void }>();
  const deps: SchedulerDeps = {
    now: () => now,
    raf: (cb) => { frames.set(nextId, cb); return nextId++; },
    cancelRaf: (id) => void frames.delete(id),
    setTimeout: (cb, ms) => { timers.set(nextId, { at: now + ms, cb }); return nextId++; },
    clearTimeout: (id) => void timers.delete(id),
  };
  const frame = () => { const cbs = [...frames.values()]; frames.clear(); cbs.forEach((cb) => cb()); };
  const advance = (ms: number) => {
    now += ms;
    for (const [id, t] of [...timers]) if (t.at <= now) { timers.delete(id); t.cb(); }
  };
  return { deps, frame, advance };
}

describe('batch scheduler', () => {
  it('coalesces a burst of requests into one run per frame', () => {
    const clock = fakeDeps();
    let runs = 0;
    const s = createBatchScheduler(() => runs++, clock.deps);
    for (let i = 0; i < 1000; i++) s.request();
    clock.frame();
    expect(runs).toBe(1);
    clock.frame();
    expect(runs).toBe(1);
  });

  it('waits for the minimum interval between runs during a burst', () => {
    const clock = fakeDeps();
    let runs = 0;
    const s = createBatchScheduler(() => runs++, clock.deps, 100);
    s.request();
    clock.frame();
    s.request();
    clock.frame();
    expect(runs).toBe(1);
    clock.advance(100);
    clock.frame();
    expect(runs).toBe(2);
  });

  it('falls back to a timer when no animation frame comes (hidden tab)', () => {
    const clock = fakeDeps();
    let runs = 0;
    const s = createBatchScheduler(() => runs++, clock.deps, 100, 250);
    s.request();
    clock.advance(249);
    expect(runs).toBe(0);
    clock.advance(1);
    expect(runs).toBe(1);
  });

  it('runs nothing after cancel', () => {
    const clock = fakeDeps();
    let runs = 0;
    const s = createBatchScheduler(() => runs++, clock.deps);
    s.request();
    s.cancel();
    clock.frame();
    clock.advance(1000);
    expect(runs).toBe(0);
  });
});
