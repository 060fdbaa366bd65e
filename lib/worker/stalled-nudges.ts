import { stalledNudgeRule } from '../domain/follow-up-rules';
import { localDateOf } from '../domain/working-time';
import type { SidecarDB } from '../db/schema';
import { addGeneratedFollowUps } from '../db/repositories/follow-ups';
import { getSettings } from '../db/repositories/settings';
import { getMeta, setMeta } from '../db/repositories/meta';

const STALLED_RUN_KEY = 'rules:stalledNudge:lastDay';

/**
 * Nudge about open deals quiet for `stalledDays`, at most once per local day (the day of the last
 * run is kept in meta, so a worker that restarts every few minutes does not redo it). Returns how
 * many nudges it created, or null when it already ran today or the rule is off. The worker's own
 * work, not the user's: one relaxed transaction, and nudges are deduplicated by their keys.
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
