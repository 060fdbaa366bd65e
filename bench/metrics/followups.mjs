// Follow-up reminders on 100,000 follow-ups in real IndexedDB inside Chromium (an extension page of
// the built extension: the worker's origin and IndexedDB implementation), in a database of its own
// so the running worker's scans do not interfere.
//   followups.scan_100k_ms   the scan's read: the openDueAt index query for what is due now, plus
//                            planReminders over the result (1,000 due of 100,000); median of 15
//   followups.claim_100k_ms  the scan's whole transaction (claimDueReminders): the same read, marking
//                            the 1,000 notified and writing their outbox rows; median of 10, reset between runs
import { launch, benchPage, snapshotBuild } from '../lib/browser.mjs';
import { bundleForPage } from '../lib/bundle.mjs';
import { log, median, round2 } from '../lib/stats.mjs';

const TOTAL = 100_000;
const DUE = 1_000;

const ENTRY = `
import { SidecarDB } from '@/lib/db/schema';
import { listOpenDueBy, toFollowUpRow } from '@/lib/db/repositories/follow-ups';
import { planReminders } from '@/lib/domain/reminder-plan';
import { claimDueReminders } from '@/lib/reminders/claim';

const NOW = Date.UTC(2026, 5, 1, 9);
const db = new SidecarDB('sidecar-bench-followups');
const uuid = (n, kind) => '00000000-0000-4000-8' + kind + '00-' + n.toString(16).padStart(12, '0');

// Deterministic: DUE open and due (the last hour), a third done, the rest open in the next 90 days.
function followUpOf(i, due) {
  const done = !due && i % 3 === 0;
  const dueAt = due ? NOW - 1 - (i % 3_600_000) : NOW + 60_000 + (i * 77_777) % (90 * 86_400_000);
  return toFollowUpRow({ id: uuid(i, 5), personId: uuid(i % 20_000, 1), dealId: null, dueAt, kind: 'call',
    note: 'Follow up ' + i, noteKey: null, done, doneAt: done ? NOW - 86_400_000 : null, cancelReason: null,
    snoozedUntil: null, origin: 'manual', ruleId: null, cadenceRunId: null, cadenceStep: null,
    notifiedAt: null, dedupeKey: null, createdAt: NOW - 30 * 86_400_000, updatedAt: NOW - 30 * 86_400_000 });
}

async function seed(total, dueCount) {
  await db.delete();
  await db.open();
  const step = Math.floor(total / dueCount);
  for (let i = 0; i < total; i += 10_000) {
    await db.followUps.bulkAdd(Array.from({ length: Math.min(10_000, total - i) }, (_, k) => followUpOf(i + k, (i + k) % step === 0)));
  }
  return { total: await db.followUps.count(), due: (await listOpenDueBy(db, NOW)).length };
}

async function timeScan(runs) {
  const times = [];
  let notified = 0;
  for (let r = 0; r < runs; r++) {
    const t0 = performance.now();
    notified = planReminders(await listOpenDueBy(db, NOW), NOW).notify.length;
    times.push(performance.now() - t0);
  }
  return { times, notified };
}

async function timeClaim(runs) {
  const times = [];
  let claimed = 0;
  for (let r = 0; r < runs; r++) {
    const t0 = performance.now();
    claimed = (await claimDueReminders(db, NOW, { catchUp: false })).length;
    times.push(performance.now() - t0);
    await db.followUps.where('openDueAt').belowOrEqual(NOW).modify({ notifiedAt: null });
    await db.reminderOutbox.clear();
  }
  return { times, claimed };
}

globalThis.__fuBench = { seed, timeScan, timeClaim, close: () => db.delete() };
`;

/** Collect the follow-up scan metrics. */
export async function collect({ root }) {
  const code = await bundleForPage(root, ENTRY);
  const build = snapshotBuild(root);
  const context = await launch(root, build.dir);
  try {
    const { page } = await benchPage(context, code);
    const t0 = Date.now();
    const seeded = await page.evaluate(([t, d]) => globalThis.__fuBench.seed(t, d), [TOTAL, DUE]);
    log(
      `followups: seeded ${seeded.total} follow-ups, ${seeded.due} due, in ${((Date.now() - t0) / 1000).toFixed(1)} s`,
    );
    await page.evaluate(() => globalThis.__fuBench.timeScan(3)); // warm-up
    const scan = await page.evaluate(() => globalThis.__fuBench.timeScan(15));
    const claim = await page.evaluate(() => globalThis.__fuBench.timeClaim(10));
    log(`followups: scan planned ${scan.notified}, claim marked ${claim.claimed}`);
    if (scan.notified !== DUE || claim.claimed !== DUE)
      throw new Error('followups: the scan did not find exactly the due follow-ups');
    await page.evaluate(() => globalThis.__fuBench.close());
    return [
      { metric: 'followups.scan_100k_ms', value: round2(median(scan.times)), unit: 'ms', target: 20 },
      { metric: 'followups.claim_100k_ms', value: round2(median(claim.times)), unit: 'ms', target: 500 },
    ];
  } finally {
    await context.close();
    build.dispose();
  }
}
