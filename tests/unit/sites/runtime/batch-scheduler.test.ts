import { describe, expect, it } from 'vitest';
import { fakeDeps } from './fake-clock';

describe('batch scheduler', () => {
  it('a run from a frame cancels nothing (the frame firing needs no cancelAnimationFrame)', () => {
    const clock = fakeDeps();
    const s = clock.schedule();
    s.request();
    clock.frame();
    s.request();
    clock.advance(100);
    clock.frame();
    expect(clock.runs).toBe(2);
    expect(clock.cancelled).toEqual([]);
  });

  it('waits out the interval with one timer, though timers fire on whole milliseconds', () => {
    const clock = fakeDeps();
    const s = clock.schedule(100);
    s.request();
    clock.frame();
    clock.advance(0.3);
    s.request();
    clock.advance(100);
    clock.frame();
    expect(clock.runs).toBe(2);
    // Not [99.7, 0.7]: a 99.7 ms timer fires at 99 ms and would need a second one for the rest.
    expect(clock.delays).toEqual([100]);
  });

  it('coalesces a burst of requests into one run per frame', () => {
    const clock = fakeDeps();
    const s = clock.schedule();
    for (let i = 0; i < 1000; i++) s.request();
    clock.frame();
    expect(clock.runs).toBe(1);
    clock.frame();
    expect(clock.runs).toBe(1);
  });

  it('waits for the minimum interval between runs during a burst', () => {
    const clock = fakeDeps();
    const s = clock.schedule(100);
    s.request();
    clock.frame();
    s.request();
    clock.frame();
    expect(clock.runs).toBe(1);
    clock.advance(100);
    clock.frame();
    expect(clock.runs).toBe(2);
  });

  it('arms no timer in a visible tab: the frame runs the batch', () => {
    const clock = fakeDeps();
    const s = clock.schedule(100, 250);
    s.request();
    expect(clock.timers.size).toBe(0);
    clock.advance(1000);
    expect(clock.runs).toBe(0);
    clock.frame();
    expect(clock.runs).toBe(1);
  });

  it('switches to the timer when the tab is hidden after a frame was asked for', () => {
    const clock = fakeDeps();
    const s = clock.schedule(100, 250);
    s.request();
    clock.tab.hidden = true;
    s.request(); // the runtime requests on visibilitychange
    clock.advance(250);
    expect(clock.runs).toBe(1);
    clock.frame(); // the cancelled frame, had it come, runs nothing more
    expect(clock.runs).toBe(1);
  });

  it('runs on a timer in a hidden tab (no animation frame comes)', () => {
    const clock = fakeDeps();
    clock.tab.hidden = true;
    const s = clock.schedule(100, 250);
    s.request();
    clock.advance(249);
    expect(clock.runs).toBe(0);
    clock.advance(1);
    expect(clock.runs).toBe(1);
  });

  it('runs nothing after cancel', () => {
    const clock = fakeDeps();
    const s = clock.schedule();
    s.request();
    s.cancel();
    clock.frame();
    clock.advance(1000);
    expect(clock.runs).toBe(0);
  });
});

describe('batch scheduler on a busy page', () => {
  it('backs off while the page keeps changing, and comes back after a pause', () => {
    const clock = fakeDeps();
    const s = clock.schedule(100, 250, 1000);
    const gaps: number[] = [];
    let last = 0;
    const runs = () => clock.runs;
    // Changes every frame for 5 seconds: count how far apart the runs come.
    for (let t = 0; t < 5000; t += 16) {
      s.request();
      clock.advance(16);
      const before = runs();
      clock.frame();
      if (runs() > before) {
        gaps.push(t - last);
        last = t;
      }
    }
    expect(gaps.at(-1)).toBeGreaterThanOrEqual(900);
    expect(runs()).toBeLessThan(20); // not ~50 at a fixed 100 ms
    clock.advance(3000); // quiet
    s.request();
    clock.frame();
    const at = runs();
    clock.advance(100);
    s.request();
    clock.frame();
    expect(runs()).toBe(at + 1); // the interval is 100 ms again
  });
});
