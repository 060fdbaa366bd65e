import { ActivitySchema, truncateSnippet, type Activity } from '../../domain/activity';
import { normalizeEmail } from '../../domain/email-address';
import type { Result } from '../../domain/result';
import type { SidecarDB } from '../schema';
import type { ActivityRow } from '../rows';
import { applyActivityRules } from './activity-rules';

/** Activities a user logs by hand; the rest (captures, stage changes, merges) come from their own operations. */
export type LoggedActivity = Extract<Activity, { kind: 'note' | 'call' | 'meeting' | 'linkedin-message' }>;
type NewActivity = LoggedActivity extends infer A
  ? A extends LoggedActivity
    ? Omit<A, 'id' | 'createdAt'>
    : never
  : never;

const TOUCHES = new Set<Activity['kind']>(['email', 'call', 'meeting', 'linkedin-message', 'note']);

/** A person's timeline, newest first. */
export const listTimeline = (db: SidecarDB, personId: string): Promise<ActivityRow[]> =>
  db.activities.where('[personId+at]').between([personId, -Infinity], [personId, Infinity]).reverse().toArray();

/** Mark the person's open deals as touched, so they do not count as stalled. */
async function touchDeals(db: SidecarDB, personId: string, at: number): Promise<void> {
  await db.deals
    .where('personId')
    .equals(personId)
    .filter((d) => d.status === 'open' && (d.lastActivityAt ?? 0) < at)
    .modify({ lastActivityAt: at });
}

/** The tables the follow-up rules write, joined to the logging transaction so both commit together. */
const ruleTables = (db: SidecarDB) => [db.followUps, db.settings, db.cadenceRuns];

/** Log a note, call, meeting or LinkedIn message on a person's timeline (validated). */
export async function logActivity(
  db: SidecarDB,
  input: NewActivity,
  now: number,
): Promise<Result<ActivityRow, 'not-found' | 'invalid-input'>> {
  return db.transaction('rw', [db.activities, db.prospects, db.deals, ...ruleTables(db)], async () => {
    if (!(await db.prospects.get(input.personId))) return { ok: false, error: 'not-found' } as const;
    const parsed = ActivitySchema.safeParse({ ...input, id: crypto.randomUUID(), createdAt: now });
    if (!parsed.success) return { ok: false, error: 'invalid-input', detail: parsed.error.message } as const;
    await db.activities.add(parsed.data);
    if (TOUCHES.has(parsed.data.kind)) await touchDeals(db, input.personId, parsed.data.at);
    await applyActivityRules(db, parsed.data, now);
    return { ok: true, value: parsed.data } as const;
  });
}

export interface EmailToLog {
  gmailMessageId: string;
  subject: string;
  at: number;
  from: string;
  participants: string[];
  snippet: string;
}

/** What makes a logged email one per (signed-in account, Gmail message, person): the unique dedupeKey. */
export function emailDedupeKey(account: string, gmailMessageId: string, personId: string): string {
  return `email:${account}:${gmailMessageId}:${personId}`;
}

/**
 * Put one email on each given person's timeline, once: the dedupe key is (signed-in account, Gmail
 * message id, person), under a unique index, so a second click or a second tab logs nothing new.
 * Direction is relative to the signed-in account. The follow-up rules run in the same transaction:
 * a sent email proposes a no-reply follow-up per recipient; a received one, from its sender, cancels
 * those and stops the sender's cadences.
 */
export async function logEmail(
  db: SidecarDB,
  personIds: readonly string[],
  email: EmailToLog,
  account: string,
  threadUrl: string | null,
  now: number,
): Promise<{ logged: number; alreadyLogged: number }> {
  const me = normalizeEmail(account) ?? account;
  const direction = normalizeEmail(email.from) === me ? ('sent' as const) : ('received' as const);
  let logged = 0;
  let alreadyLogged = 0;
  const sender = normalizeEmail(email.from);
  await db.transaction('rw', [db.activities, db.deals, db.prospects, ...ruleTables(db)], async () => {
    for (const personId of personIds) {
      const dedupeKey = emailDedupeKey(me, email.gmailMessageId, personId);
      if (await db.activities.where('dedupeKey').equals(dedupeKey).count()) {
        alreadyLogged++;
        continue;
      }
      await db.activities.add({
        id: crypto.randomUUID(),
        personId,
        at: email.at,
        createdAt: now,
        kind: 'email',
        subject: email.subject.slice(0, 1000),
        direction,
        participants: email.participants.slice(0, 100),
        threadUrl,
        snippet: truncateSnippet(email.snippet),
        gmailMessageId: email.gmailMessageId,
        account: me,
        dedupeKey,
      });
      await touchDeals(db, personId, email.at);
      // A received message is a reply only from its sender; the people cc'd on it did not write.
      const isSender =
        direction === 'sent' ||
        (sender !== null && (await db.prospects.get(personId))?.emails.includes(sender) === true);
      if (isSender) await applyActivityRules(db, { kind: 'email', direction, at: email.at, personId }, now);
      logged++;
    }
  });
  return { logged, alreadyLogged };
}
