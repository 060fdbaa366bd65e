import { ActivitySchema, type Activity } from '../domain/activity';
import type { Result } from '../domain/result';
import type { SidecarDB } from '../db/schema';
import { applyActivityRules, ruleTables, touchDeals } from './activity-rules';
import { runUseCase, type Call } from './use-case';

/** Activities a user logs by hand; the rest (captures, stage changes, merges) come from their own operations. */
export type LoggedActivity = Extract<Activity, { kind: 'note' | 'call' | 'meeting' | 'linkedin-message' }>;
export type NewActivity = LoggedActivity extends infer A
  ? A extends LoggedActivity
    ? Omit<A, 'id' | 'createdAt'>
    : never
  : never;

const TOUCHES = new Set<Activity['kind']>(['email', 'call', 'meeting', 'linkedin-message', 'note']);

/**
 * Log a note, call, meeting or LinkedIn message on a person's timeline (validated): it touches their
 * open deals, and the follow-up rules run on it in the same transaction (a meeting proposes a call).
 */
export async function logActivity(
  db: SidecarDB,
  input: NewActivity,
  call: Call,
): Promise<Result<{ activityId: string }>> {
  return runUseCase(db, 'logActivity', call, [db.prospects, ...ruleTables(db)], async () => {
    if (!(await db.prospects.get(input.personId))) return { ok: false, error: 'not-found' };
    const parsed = ActivitySchema.safeParse({ ...input, id: crypto.randomUUID(), createdAt: call.now });
    if (!parsed.success) return { ok: false, error: 'invalid-input', detail: parsed.error.message };
    await db.activities.add(parsed.data);
    if (TOUCHES.has(parsed.data.kind)) await touchDeals(db, input.personId, parsed.data.at);
    await applyActivityRules(db, parsed.data, call.now);
    return { ok: true, value: { activityId: parsed.data.id } };
  });
}
