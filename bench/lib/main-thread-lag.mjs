// The longest task of a page's main thread over a span, as a user would feel it: a chain of 0 ms
// timers, each recording the gap since the previous one ran. A gap is the longest stretch in which
// nothing else could run (a task, or several back to back, plus the timer's own clamp of up to 4 ms
// after five nested timers): an upper bound on the longest task. Long Tasks entries (50 ms and more)
// are kept too, so that a long one is reported exactly.

const PROBE = `(() => {
  const lag = { max: 0, longTasks: 0, run: true };
  let last = performance.now();
  const tick = () => {
    const now = performance.now();
    lag.max = Math.max(lag.max, now - last);
    last = now;
    if (lag.run) setTimeout(tick, 0);
  };
  setTimeout(tick, 0);
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) lag.longTasks = Math.max(lag.longTasks, e.duration);
  }).observe({ type: 'longtask' });
  globalThis.__lag = lag;
})()`;

/** Start measuring in `page`; `stop()` gives the longest gap in milliseconds since. */
export async function mainThreadLag(page) {
  await page.evaluate(PROBE);
  return {
    async stop() {
      return page.evaluate(() => {
        const lag = globalThis.__lag;
        lag.run = false;
        return Math.max(lag.max, lag.longTasks);
      });
    },
  };
}
