/**
 * Coalesces many requests into one run per animation frame, at most one run per `minIntervalMs`.
 * rAF does not fire in hidden tabs, so a hidden tab runs on a timer instead (as uBlock's SafeAnimationFrame does).
 * Requests only set a flag: the MutationObserver callback stays O(1) per batch of records.
 */
export interface BatchScheduler {
  request(): void;
  cancel(): void;
}

export interface SchedulerDeps {
  now(): number;
  raf(cb: () => void): number;
  cancelRaf(id: number): void;
  setTimeout(cb: () => void, ms: number): number;
  clearTimeout(id: number): void;
  /** Whether the tab is hidden now (no animation frames come). */
  hidden(): boolean;
}

/** Create a scheduler that calls `run` once per frame while requests keep coming. */
export function createBatchScheduler(
  run: () => void,
  deps: SchedulerDeps,
  minIntervalMs = 100,
  fallbackMs = 250,
  maxIntervalMs = minIntervalMs,
): BatchScheduler {
  let pending = false;
  let lastRun = -Infinity;
  // A page that keeps changing (an infinite-scroll results page, a live feed) backs the batches off:
  // each run that follows the previous one within two intervals widens the interval by half, up to
  // maxIntervalMs; a pause of two intervals brings it back. Overlays on a busy page come a little
  // later, and the page pays for a few batches a second instead of ten.
  let interval = minIntervalMs;
  let rafId: number | null = null;
  let timerId: number | null = null;

  const clear = () => {
    if (rafId !== null) deps.cancelRaf(rafId);
    if (timerId !== null) deps.clearTimeout(timerId);
    rafId = timerId = null;
  };
  const fire = () => {
    // At most one of the frame and the timer is armed (arm sets one, request clears before re-arming),
    // and it is the one firing: nothing to cancel (a page's first cancelAnimationFrame costs ~0.3 ms).
    rafId = timerId = null;
    if (!pending) return;
    pending = false;
    const at = deps.now();
    interval = at - lastRun < 2 * interval ? Math.min(maxIntervalMs, interval * 1.5) : minIntervalMs;
    lastRun = at;
    run();
  };
  const arm = () => {
    const wait = lastRun + interval - deps.now();
    // setTimeout truncates its delay to whole milliseconds, so a timer for 99.7 ms fires with 0.7 ms
    // still to wait. Re-arming for that fraction cost a second timer task in most bursts (0.1-0.3 ms
    // each in observe traces); the interval is a throttle, not a deadline, so under 1 ms counts as due.
    if (wait >= 1) {
      timerId = deps.setTimeout(arm, Math.ceil(wait));
      return;
    }
    timerId = null;
    // A visible tab gets its frame; only a hidden one needs the timer (one timer fewer per batch).
    if (deps.hidden()) timerId = deps.setTimeout(fire, fallbackMs);
    else rafId = deps.raf(fire);
  };
  return {
    request() {
      if (pending) {
        // Armed for a frame, and the tab went hidden since (the runtime requests on visibilitychange):
        // that frame will not come until the tab is shown again, so fall back to the timer now.
        if (rafId !== null && deps.hidden()) {
          clear();
          arm();
        }
        return;
      }
      pending = true;
      arm();
    },
    cancel() {
      pending = false;
      clear();
    },
  };
}
