import type { StatusStore } from '../runtime/statuses';

/**
 * A chip waits this long for the worker to say who the person is before it is drawn with the mark
 * alone: on a page load the host goes in with its final content, one layout and paint of the page
 * instead of two (the worker usually answers within 50 ms; a sleeping one may take longer).
 */
export const STATUS_WAIT_MS = 400;

/** Which contacts' chips may be drawn now: those the worker has answered for, or waited on long enough. */
export function createStatusWait(statuses: StatusStore, redraw: () => void, signal: AbortSignal) {
  // When each wanted contact was first seen; one timer redraws for those still waiting.
  let seenAt = new Map<string, number>();
  let timer: ReturnType<typeof setTimeout> | undefined;
  signal.addEventListener('abort', () => clearTimeout(timer));
  return {
    /** The contacts wanted after a batch (a contact seen before keeps its first time). */
    saw(keys: readonly string[]): void {
      const now = performance.now();
      seenAt = new Map(keys.map((key) => [key, seenAt.get(key) ?? now]));
    },
    /** Whether `key`'s chip may be drawn now; if not, a redraw comes when its wait is over. */
    drawable(key: string, now = performance.now()): boolean {
      if (statuses.get(key) !== undefined) return true;
      const left = (seenAt.get(key) ?? now) + STATUS_WAIT_MS - now;
      if (left <= 0) return true;
      timer ??= setTimeout(() => {
        timer = undefined;
        redraw();
      }, left);
      return false;
    },
  };
}
