export interface PageLimits {
  perSecond: number;
  burst: number;
  inFlight: number;
  people: number;
  peopleWindowMs: number;
  refusedBeforeClose: number;
  coolDownMs: number;
}

/** How much one content script may ask of the worker (see docs/ARCHITECTURE.md, "What a page can learn"). */
export const PAGE_LIMITS: PageLimits = {
  /** Requests a second on one page port, sustained. */
  perSecond: 20,
  /** Requests a port may send at once before the rate applies. */
  burst: 50,
  /** Requests of one port being handled at the same time. */
  inFlight: 8,
  /** Distinct people one tab may ask about (statuses, reports, logging) per window. */
  /** Distinct people one tab may ask about (statuses, reports, logging) per window. */
  people: 500,
  peopleWindowMs: 10 * 60_000,
  /** Refused requests in a row after which a port is closed: past this it is a flood, not a burst. */
  refusedBeforeClose: 100,
  /** How long a tab whose port was closed for flooding may not open another. */
  coolDownMs: 10_000,
};

export interface RateLimiter {
  /** Whether a request of this weight (in requests) may start now (then call done() when it is answered). */
  tryStart(weight?: number): boolean;
  done(): void;
  /**
   * Whether the port is flooding: so many refusals in a row that it should be closed. Every message
   * that reaches the worker costs it a deserialisation even when refused, so a flood is cut off at
   * its source: the browser drops what the closed port still had queued.
   */
  flooding(): boolean;
}

/** A token bucket (perSecond, burst) with a cap on requests in flight, for one page port. */
export function createRateLimiter(now: () => number, limits: PageLimits = PAGE_LIMITS): RateLimiter {
  let tokens = limits.burst;
  let last = now();
  let inFlight = 0;
  let refused = 0;
  return {
    tryStart(weight = 1) {
      const t = now();
      tokens = Math.min(limits.burst, tokens + ((t - last) / 1000) * limits.perSecond);
      last = t;
      if (tokens < weight || inFlight >= limits.inFlight) {
        refused += weight;
        return false;
      }
      refused = 0;
      tokens -= weight;
      inFlight += 1;
      return true;
    },
    done() {
      inFlight = Math.max(0, inFlight - 1);
    },
    flooding: () => refused >= limits.refusedBeforeClose,
  };
}

export interface PeopleBudget {
  /** Whether a tab may ask about these people now; admitted ones count against its window. */
  admit(tabId: number, keys: readonly string[]): boolean;
  forget(tabId: number): void;
}

/**
 * Distinct people per tab per window: a page (or a compromised content script) cannot enumerate the
 * pipeline by asking about thousands of addresses or profile URLs. People asked about again inside the
 * window cost nothing more; a request that would pass the limit is refused whole.
 */
export function createPeopleBudget(now: () => number, limits: PageLimits = PAGE_LIMITS): PeopleBudget {
  const seen = new Map<number, Map<string, number>>();
  return {
    admit(tabId, keys) {
      const t = now();
      let tab = seen.get(tabId);
      if (!tab) seen.set(tabId, (tab = new Map()));
      for (const [key, at] of tab) if (t - at >= limits.peopleWindowMs) tab.delete(key);
      const fresh = new Set(keys.filter((k) => !tab.has(k)));
      if (tab.size + fresh.size > limits.people) return false;
      for (const key of keys) tab.set(key, t);
      return true;
    },
    forget: (tabId) => void seen.delete(tabId),
  };
}

/** Tabs whose port was closed for flooding, refused new ports until their cool-down ends. */
export function createCoolDowns(now: () => number, limits: PageLimits = PAGE_LIMITS) {
  const until = new Map<number, number>();
  return {
    start: (tabId: number) => void until.set(tabId, now() + limits.coolDownMs),
    isCooling(tabId: number): boolean {
      const end = until.get(tabId);
      if (end === undefined) return false;
      if (now() < end) return true;
      until.delete(tabId);
      return false;
    },
  };
}

/**
 * What a request weighs against its port's rate: one, plus one per 25 people it carries (a detection of
 * 200 people weighs 9), read from the raw message before any parse. A page's ordinary reports weigh 1
 * or 2; a flood of the largest ones is cut off after a few.
 */
export function weightOf(data: unknown): number {
  const d = data as { contacts?: unknown; keys?: unknown; emails?: unknown; messages?: unknown } | null;
  const lists = [d?.contacts, d?.keys, d?.emails, d?.messages].filter(Array.isArray) as unknown[][];
  const items = lists.reduce((n, l) => n + Math.min(l.length, 10_000), 0);
  return 1 + Math.floor(items / 25);
}
