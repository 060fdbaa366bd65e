import { afterAll, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import type { SidecarDB } from '@/lib/db/schema';
import { runJob } from '@/lib/worker/jobs/runner';
import { resumeJob } from '@/lib/worker/jobs/commands';
import { freshDb } from '../../db/test-db';
import { messagesFor } from '../harness';
import { failRequest } from '../quota';
import { seed } from '../scenarios';
import { backupOf, checkBackup, userData } from './restore-harness';

const CSV = ['name,email', 'Zofia Kowalczyk,', 'Ayşe Şahin,ayse@example.com.tr', 'Олена,olena@cargolink.ua'].join('\n');
let injected = 0;
afterAll(() => console.warn(`[full disk] ${injected} injected failures over the import and restore jobs`));

/**
 * Run `start` then its job with the n-th request failing, for n = 1, 2, … until a run meets no
 * failure. Each time the user's data is whole: as before, or as after a clean run (a step is one
 * transaction); the reply or the job says storage-full; and a resumed job ends as a clean run does.
 */
async function everyRequest(
  setup: () => Promise<SidecarDB>,
  start: (db: SidecarDB) => Promise<{ ok: boolean; error?: string; value?: { jobId: string } }>,
  view: (data: Record<string, unknown[]>) => unknown = (data) => data,
): Promise<number> {
  const userView = async (db: SidecarDB) => view(await userData(db));
  const clean = await setup();
  const cleanStart = await start(clean);
  await runJob(clean, cleanStart.value!.jobId);
  const after = await userView(clean);
  for (let n = 1; ; n++) {
    const db = await setup();
    const before = await userView(db);
    const failing = failRequest(n);
    const reply = await start(db).finally(failing.restore);
    const jobId = reply.value?.jobId;
    let made = failing.count();
    if (jobId) {
      const again = failRequest(n - made);
      await runJob(db, jobId).finally(again.restore);
      made += again.count();
    }
    const job = jobId ? await db.jobs.get(jobId) : undefined;
    if (made < n) return n - 1; // no request left to fail: a clean run
    const data = await userView(db);
    expect([before, after], `request ${n}`).toContainEqual(data);
    if (!reply.ok) expect(reply.error, `request ${n}`).toBe('storage-full');
    else if (job?.status === 'failed') expect(job.error, `request ${n}`).toBe('storage-full');
    if (job && job.status !== 'done') {
      if (job.status === 'failed') await resumeJob(db, { jobId: job.id }, { now: 1 });
      await runJob(db, job.id);
      expect(await userView(db), `request ${n}, resumed`).toEqual(after);
    }
    injected += 1;
    db.close();
  }
}

describe('a full disk at every request of the jobs', () => {
  it('importCsv: every row whole or absent, resumable to the same end', async () => {
    const setup = async () => {
      fakeBrowser.reset();
      return freshDb();
    };
    // Ids and times differ from run to run (ids come from the job): compare who is there, and their timelines.
    const people = (data: Record<string, unknown[]>) => ({
      people: (data.prospects as { displayName: string; emails: string[] }[])
        .map((p) => `${p.displayName} ${p.emails.join(' ')}`)
        .sort(),
      activities: data.activities!.length,
    });
    const requests = await everyRequest(
      setup,
      (db) => messagesFor(db).send('importCsv', { text: CSV, fileName: 'a.csv' }),
      people,
    );
    expect(requests).toBeGreaterThan(10);
  });

  it('restoreBackup then confirmJob: the data all old or all restored, resumable to the same end', async () => {
    const source = await freshDb();
    await seed(source, messagesFor(source));
    const text = await backupOf(source);
    const setup = async () => {
      fakeBrowser.reset();
      const db = await freshDb();
      const { job } = await checkBackup(db, text);
      // Staged up to the switch-over by the confirmation below; the failure lands anywhere from here.
      return Object.assign(db, { pendingJob: job.id });
    };
    const requests = await everyRequest(setup, async (db) => {
      const jobId = (db as SidecarDB & { pendingJob: string }).pendingJob;
      const reply = await messagesFor(db).send('confirmJob', { jobId });
      return reply.ok ? { ok: true, value: { jobId } } : reply;
    });
    expect(requests).toBeGreaterThan(10);
  });
});
