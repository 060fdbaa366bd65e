import type { ContactStatus } from '../../messaging/protocol';

export type Statuses = Record<string, ContactStatus>;

/**
 * Which answer each person's status on the page came from. The worker answers each request when its
 * reads are done, so answers can overtake each other: a report sent before a side-panel capture may
 * be answered after the refresh that followed it. Each person's status comes from the newest
 * question answered about them, never from an older one.
 */
export function createStatusBook() {
  let asked = 0;
  const answeredAt = new Map<string, number>();
  return {
    /** Number a question (a report, a refresh, a capture) before sending it. */
    ask(): number {
      return ++asked;
    },
    /** `current` with the answer to question `seq` applied, person by person. */
    apply(current: Statuses, seq: number, answer: Statuses): Statuses {
      const next = { ...current };
      for (const [key, status] of Object.entries(answer)) {
        if ((answeredAt.get(key) ?? 0) > seq) continue;
        answeredAt.set(key, seq);
        next[key] = status;
      }
      return next;
    },
    /** Only these people are on the page now: forget the others' answers. */
    keepOnly(keys: ReadonlySet<string>): void {
      for (const key of answeredAt.keys()) if (!keys.has(key)) answeredAt.delete(key);
    },
  };
}
