import {
  applyRulesToActivity,
  cancelNoReplyOnReply,
  isInbound,
  stalledNudgeRule,
  type RuleActivity,
} from '../../domain/follow-up-rules';
import { localDateOf } from '../../domain/working-time';
import type { SidecarDB } from '../schema';
import { addGeneratedFollowUps } from './follow-ups';
import { putFollowUps } from './follow-up-rows';
import { stopCadencesOnReply } from './cadence-steps';
import { getSettings } from './settings';
import { getMeta, setMeta } from './meta';

export interface RuleOutcome {
  created: number;
  cancelled: number;
}

/**
 * Run the follow-up rules on one logged activity: a meeting proposes a call the next working day,
 * a sent email a no-reply follow-up, and an inbound touch (a reply) cancels the person's no-reply
 * follow-ups and stops their cadences. Runs inside the caller's transaction, which must include
 * followUps, activities, settings and cadenceRuns, so the activity and its follow-ups commit together.
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

const STALLED_RUN_KEY = 'rules:stalledNudge:lastDay';

/**
 * Nudge about open deals quiet for `stalledDays`, at most once per local day (the day of the last
 * run is kept in meta, so a worker that restarts every few minutes does not redo it). Returns how
 * many nudges it created, or null when it already ran today or the rule is off.
 */
export async function runStalledNudges(db: SidecarDB, now: number): Promise<number | null> {
  return db.transaction('rw', [db.deals, db.followUps, db.settings, db.meta], async () => {
    const settings = await getSettings(db);
    const d = localDateOf(now, settings.workingTime.timeZone);
    const today = `${d.year}-${d.month}-${d.day}`;
    if (!settings.rules.stalledNudge || (await getMeta(db, STALLED_RUN_KEY)) === today) return null;
    await setMeta(db, STALLED_RUN_KEY, today);
    const deals = await db.deals.where('status').equals('open').toArray();
    const existing = deals.length
      ? await db.followUps
          .where('dealId')
          .anyOf(deals.map((x) => x.id))
          .toArray()
      : [];
    const ctx = {
      now,
      wt: settings.workingTime,
      existing,
      idGen: () => crypto.randomUUID(),
      stalledDays: settings.stalledDays,
    };
    const nudges = deals.map((deal) => stalledNudgeRule(deal, ctx)).filter((f) => f !== null);
    return addGeneratedFollowUps(db, nudges);
  });
}
