import { useEffect, useState } from 'preact/hooks';

type Schedule = (run: () => void) => () => void;

/** Idle time when the browser has it (Chrome), else a zero timeout; returns a cancel. */
const whenIdle: Schedule = (run) => {
  if (typeof requestIdleCallback === 'function') {
    const id = requestIdleCallback(run, { timeout: 200 });
    return () => cancelIdleCallback(id);
  }
  const id = setTimeout(run, 0);
  return () => clearTimeout(id);
};

/**
 * How many of `total` rows to render: `first` at once, then `chunk` more per idle period until all
 * are shown. A long list paints its first screen fast and is complete shortly after. The count only
 * grows, so a live query's new array (a capture elsewhere) does not restart it.
 */
export function useProgressiveCount(total: number, first = 100, chunk = 400, schedule: Schedule = whenIdle): number {
  const [shown, setShown] = useState(first);
  useEffect(() => {
    if (shown >= total) return;
    return schedule(() => setShown((n) => n + chunk));
  }, [shown, total, chunk, schedule]);
  return Math.min(shown, total);
}
