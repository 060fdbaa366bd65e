import type { Activity } from './activity';

/** DOMAIN.md (Polish article): it takes 6 to 8 touches to produce a viable lead. */
export const TOUCHES_FOR_VIABLE_LEAD = { min: 6, max: 8 } as const;

export type TouchCounts = {
  emails: number;
  calls: number;
  meetings: number;
  linkedinMessages: number;
  /** Outreach from us: sent emails, outbound calls, meetings, sent LinkedIn messages. */
  touches: number;
  /** Signs of engagement from them: received emails, inbound calls, received LinkedIn messages. */
  replies: number;
  lastTouchAt: number | null;
};

/** Empty counts. */
export function createTouchCounts(): TouchCounts {
  return { emails: 0, calls: 0, meetings: 0, linkedinMessages: 0, touches: 0, replies: 0, lastTouchAt: null };
}

function addActivity(c: TouchCounts, a: Activity): void {
  let outbound: boolean;
  if (a.kind === 'email') {
    c.emails += 1;
    outbound = a.direction === 'sent';
  } else if (a.kind === 'linkedin-message') {
    c.linkedinMessages += 1;
    outbound = a.direction === 'sent';
  } else if (a.kind === 'call') {
    c.calls += 1;
    outbound = a.direction === 'outbound';
  } else if (a.kind === 'meeting') {
    c.meetings += 1;
    outbound = true;
  } else {
    return; // Notes, captures and bookkeeping entries are not contact with the prospect.
  }
  if (outbound) c.touches += 1;
  else c.replies += 1;
  c.lastTouchAt = Math.max(c.lastTouchAt ?? 0, a.at);
}

/** Count touches in one person's activities. */
export function countTouches(activities: readonly Activity[]): TouchCounts {
  const counts = createTouchCounts();
  for (const a of activities) addActivity(counts, a);
  return counts;
}

/** Count touches per person in one pass over everyone's activities. */
export function countTouchesByPerson(activities: readonly Activity[]): Map<string, TouchCounts> {
  const byPerson = new Map<string, TouchCounts>();
  for (const a of activities) {
    let counts = byPerson.get(a.personId);
    if (!counts) {
      counts = createTouchCounts();
      byPerson.set(a.personId, counts);
    }
    addActivity(counts, a);
  }
  return byPerson;
}
