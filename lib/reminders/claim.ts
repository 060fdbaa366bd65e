import { notificationIdFor, planCatchUp, planReminders, SUMMARY_NOTIFICATION_ID } from '../domain/reminder-plan';
import type { SidecarDB } from '../db/schema';
import type { ReminderOutboxRow } from '../db/rows';
import { listOpenDueBy } from '../db/repositories/follow-ups';
import { putFollowUps } from '../db/repositories/follow-up-rows';

// Delivery guarantee: exactly-once marking, at-least-once notification.
// In ONE readwrite transaction the scan re-reads the due rows, marks them notified and writes an
// outbox row per notification owed. Two overlapping scans serialise on that transaction, so the
// second finds nothing left to mark. Notifications are created only after the commit, and an outbox
// row is deleted only after its notification exists. A deliverer first leases its rows (one
// transaction), so two deliverers never show the same row at once. A worker killed between commit
// and create leaves the row behind, and the next scan or worker start after the lease expires (one
// minute) delivers it. The worst case, a worker killed between create and delete, shows the same
// notification again under the same id, which replaces it in the tray rather than adding a second:
// never lost, never two.

export interface ClaimOptions {
  /** First scan of a browser session: what came due while it was closed, grouped above `maxIndividual`. */
  catchUp: boolean;
  maxIndividual?: number;
}

/** Mark due follow-ups notified and record the notifications owed, atomically; returns the new outbox rows. */
export async function claimDueReminders(db: SidecarDB, now: number, opts: ClaimOptions): Promise<ReminderOutboxRow[]> {
  return db.transaction('rw', db.followUps, db.reminderOutbox, async () => {
    const due = await listOpenDueBy(db, now);
    const rows: ReminderOutboxRow[] = [];
    if (opts.catchUp) {
      const plan = planCatchUp(due, now, opts.maxIndividual);
      await putFollowUps(db, plan.updates);
      rows.push(...plan.individual.map((f) => single(f.id, now)));
      if (plan.summary) rows.push(await mergeSummary(db, plan.summary.followUpIds, now));
    } else {
      const plan = planReminders(due, now);
      await putFollowUps(db, plan.updates);
      rows.push(...plan.notify.map((f) => single(f.id, now)));
    }
    await db.reminderOutbox.bulkPut(rows);
    return rows;
  });
}

const single = (followUpId: string, now: number): ReminderOutboxRow => ({
  id: notificationIdFor(followUpId),
  followUpIds: [followUpId],
  summary: false,
  createdAt: now,
  leaseUntil: null,
});

/** A summary not yet delivered absorbs the new one, so the user sees one summary with everything. */
async function mergeSummary(db: SidecarDB, followUpIds: string[], now: number): Promise<ReminderOutboxRow> {
  const pending = await db.reminderOutbox.get(SUMMARY_NOTIFICATION_ID);
  const ids = [...new Set([...(pending?.followUpIds ?? []), ...followUpIds])];
  return {
    id: SUMMARY_NOTIFICATION_ID,
    followUpIds: ids,
    summary: true,
    createdAt: pending?.createdAt ?? now,
    leaseUntil: null,
  };
}
