import { liveQuery } from 'dexie';
import { useLayoutEffect, useState } from 'preact/hooks';

/**
 * Subscribe a component to a Dexie live query. Changes made by the background worker reach this page
 * through Dexie's cross-context broadcast, so a capture in any tab shows up here without a message.
 * The query starts as soon as the component is in the DOM (a layout effect), not after the next
 * paint: a view whose data comes in two steps (deals, then their people's names) would otherwise wait
 * a frame before each read.
 */
export function useLiveQuery<T>(query: () => Promise<T>, deps: readonly unknown[], initial: T): T {
  const [value, setValue] = useState<T>(initial);
  useLayoutEffect(() => {
    const subscription = liveQuery(query).subscribe({
      next: setValue,
      error: (error: unknown) => console.error('[sidecar] live query failed', error),
    });
    return () => subscription.unsubscribe();
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, deps);
  return value;
}
