import { applyRulesToActivity, cancelNoReplyOnReply, isInbound, type RuleActivity } from '../domain/follow-up-rules';
import type { SidecarDB } from '../db/schema';
import { addGeneratedFollowUps } from '../db/repositories/follow-ups';
import { putFollowUps } from '../db/repositories/follow-up-rows';
import { getSettings } from '../db/repositories/settings';
import { stopCadencesOnReply } from './cadence-rules';

export interface RuleOutcome {
  created: number;
  cancelled: number;
}

/** The tables the follow-up rules touch; a use-case that logs activities includes them. */
export const ruleTables = (db: SidecarDB) => [db.followUps, db.settings, db.cadenceRuns, db.activities, db.deals];

/**
 * Run the follow-up rules on one logged activity: a meeting proposes a call the next working day,
 * a sent email a no-reply follow-up, and an inbound touch (a reply) cancels the person's no-reply
 * follow-ups and stops their cadences. Inside the caller's transaction (ruleTables), so the activity
 * and its follow-ups commit together.
 */
export async function applyActivityRules(db: SidecarDB, activity: RuleActivity, now: number): Promise<RuleOutcome> {
  const settings = await getSettings(db);
  const [existing, timeline] = await Promise.all([
    db.followUps.where('personId').equals(activity.personId).toArray(),
    db.activities.where('personId').equals(activity.personId).toArray(),
  ]);
  const { create, update } = applyRulesToActivity(activity, settings.rules, {
    now,
    wt: settings.workingTime,
    existing,
    idGen: () => crypto.randomUUID(),
    activities: timeline as RuleActivity[],
  });
  await putFollowUps(db, update);
  const created = await addGeneratedFollowUps(db, create);
  const stopped = isInbound(activity) ? await stopCadencesOnReply(db, activity.personId, activity.at, now) : 0;
  return { created, cancelled: update.length + stopped };
}

/** Mark the person's open deals as touched, so they do not count as stalled (inside the caller's transaction). */
export async function touchDeals(db: SidecarDB, personId: string, at: number): Promise<void> {
  await db.deals
    .where('personId')
    .equals(personId)
    .filter((d) => d.status === 'open' && (d.lastActivityAt ?? 0) < at)
    .modify({ lastActivityAt: at });
}

/**
 * The Gmail content script saw the person as a sender ('from') in an open thread: their open
 * no-reply follow-ups created before now are moot, cancelled with reason 'replied'.
 */
export async function cancelNoReplyOnSeenReply(db: SidecarDB, personId: string, now: number): Promise<number> {
  return db.transaction('rw', db.followUps, async () => {
    const open = await db.followUps
      .where('personId')
      .equals(personId)
      .filter((f) => !f.done && f.ruleId === 'no-reply' && f.createdAt < now)
      .toArray();
    const cancelled = cancelNoReplyOnReply(open, { kind: 'email', direction: 'received', at: now, personId }, now);
    await putFollowUps(db, cancelled);
    return cancelled.length;
  });
}
