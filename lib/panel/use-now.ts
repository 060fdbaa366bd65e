import { useEffect, useState } from 'preact/hooks';

/** The current time, refreshed every minute: "overdue" and "stalled" change while the panel stays open. */
export function useNow(everyMs = 60_000): number {
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    const id = setInterval(() => setNow(Date.now()), everyMs);
    return () => clearInterval(id);
  }, [everyMs]);
  return now;
}
