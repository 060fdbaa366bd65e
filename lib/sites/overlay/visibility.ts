/** How long an overlay must have been really visible before a click on it counts. */
export const VISIBLE_FOR_MS = 500;
/** How long a click waits for a host's next visibility report (just mounted, or just scrolled into view). */
const PENDING_FOR_MS = 2000;
const POLL_MS = 50;

/**
 * Whether a click on one of our hosts counts: the page must not be able to turn a click on its own
 * decoy into one on our button by hiding, fading, stretching, rotating or covering it.
 */
export interface VisibilityGate {
  track(host: Element): void;
  untrack(host: Element): void;
  /**
   * Run `act` for this trusted event once `host` has been really visible for VISIBLE_FOR_MS (at once if
   * it has been already); never if it is reported hidden.
   */
  whenVisible(host: Element, event: Event, act: () => void): void;
}

interface VisibleEntry {
  target: Element;
  isVisible?: boolean;
  isIntersecting: boolean;
}

/**
 * What the observer last said of a host: 'pending' before its first report and while it was out of the
 * viewport (a click then means it was just scrolled or mounted into view: wait for the next report),
 * 'hidden' when it is in the viewport but faded, covered, transformed or filtered, or since when it
 * has been visible.
 */
type Seen = 'pending' | 'hidden' | number;

const supportsV2 = () =>
  typeof IntersectionObserverEntry === 'function' && 'isVisible' in IntersectionObserverEntry.prototype;

/**
 * Chrome: one IntersectionObserver v2 (trackVisibility) over every host; it reports a host visible only
 * when nothing covers it and no ancestor fades, transforms, filters or clips it. Firefox has no v2:
 * at the click, checkVisibility() and the host being the topmost element at the click's point.
 */
export function createVisibilityGate(now: () => number = () => performance.now()): VisibilityGate {
  if (!supportsV2()) return fallbackGate();
  const seen = new Map<Element, Seen>();
  let observer: IntersectionObserver | null = null;
  const observe = () =>
    (observer ??= new IntersectionObserver(
      (entries) => {
        for (const e of entries as VisibleEntry[]) {
          const before = seen.get(e.target);
          if (before === undefined) continue;
          const next = e.isVisible
            ? typeof before === 'number'
              ? before
              : now()
            : e.isIntersecting
              ? 'hidden'
              : 'pending';
          seen.set(e.target, next);
        }
      },
      { trackVisibility: true, delay: 100, threshold: [0, 1] } as IntersectionObserverInit,
    ));
  const track = (host: Element) => {
    if (seen.has(host)) return;
    seen.set(host, 'pending');
    observe().observe(host);
  };
  return {
    track,
    untrack(host) {
      seen.delete(host);
      observer?.unobserve(host);
    },
    whenVisible(host, _event, act) {
      track(host); // a click may come before any pointer or focus event reached the host (a touch)
      const deadline = now() + PENDING_FOR_MS;
      let from: number | null = null;
      const check = () => {
        const at = seen.get(host);
        if (at === undefined || at === 'hidden' || (from !== null && at !== from)) return;
        if (at === 'pending') {
          if (now() < deadline) setTimeout(check, POLL_MS);
          return;
        }
        from = at;
        const wait = at + VISIBLE_FOR_MS - now();
        if (wait <= 0) return act();
        setTimeout(check, Math.ceil(wait));
      };
      check();
    },
  };
}

function fallbackGate(): VisibilityGate {
  return {
    track: () => undefined,
    untrack: () => undefined,
    whenVisible(host, event, act) {
      const visible =
        (host as HTMLElement).checkVisibility?.({ opacityProperty: true, visibilityProperty: true }) ?? true;
      if (!visible) return;
      const { clientX, clientY, detail } = event as MouseEvent;
      // A keyboard press on a focused button has no point to check (detail 0).
      if (detail > 0 && document.elementsFromPoint(clientX, clientY)[0] !== host) return;
      act();
    },
  };
}
