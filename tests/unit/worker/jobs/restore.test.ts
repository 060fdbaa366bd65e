import { readFileSync } from 'node:fs';
import path from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import type { SidecarDB } from '@/lib/db/schema';
import { PERSON_LIMITS, PersonSchema } from '@/lib/domain/person';
import { runJob } from '@/lib/worker/jobs/runner';
import { confirmJob, resumeJob } from '@/lib/worker/jobs/commands';
import { JOB_KINDS } from '@/lib/worker/jobs/job-kinds';
import { addPerson, freshDb } from '../../db/test-db';
import { gmailMessage, messagesFor } from '../harness';
import { failRequest } from '../quota';
import { seed } from '../scenarios';
import { makeFollowUp } from '../../domain/follow-up.fixture';
import { backupOf, checkBackup, restore, userData } from './restore-harness';

const FIXTURES = path.resolve(__dirname, '../../../fixtures/backups');
const fixture = (name: string) => readFileSync(path.join(FIXTURES, name), 'utf8');

describe('restore as a job (restoreBackup, confirmJob, cancelJob)', () => {
  let db: SidecarDB;
  beforeEach(async () => {
    fakeBrowser.reset();
    db = await freshDb();
  });

  it('gives back exactly what was backed up, over other data', async () => {
    await seed(db, messagesFor(db));
    const before = await userData(db);
    const text = await backupOf(db);
    const other = await freshDb();
    await addPerson(other, { name: 'Someone Else', linkedinUrl: 'https://www.linkedin.com/in/else/' });
    const job = await restore(other, text);
    expect(job).toMatchObject({ status: 'done' });
    expect(await userData(other)).toEqual(before);
    expect(await other.stagedRows.count()).toBe(0);
    expect(await other.jobData.count()).toBe(0);
  });

  it('first shows a summary: rows per table, rows it would leave out and why, references that point nowhere', async () => {
    const anna = await addPerson(db, { name: 'Анна', emails: ['anna@severtrans.ru'] });
    const m = messagesFor(db);
    await m.sendOk('logEmail', {
      account: 'me@x.io',
      threadUrl: null,
      messages: [gmailMessage('g1', 'anna@severtrans.ru', ['me@x.io'], 5)],
    });
    const lines = (await backupOf(db)).split('\n');
    const ghost = crypto.randomUUID();
    lines.push(JSON.stringify({ t: 'prospects', r: { id: 'not-a-uuid', displayName: '' } }));
    lines.push(JSON.stringify({ t: 'followUps', r: makeFollowUp({ id: crypto.randomUUID(), personId: ghost }) }));
    lines.push('{broken');
    lines.push(JSON.stringify({ t: 'somethingElse', r: {} }));
    const other = await freshDb();
    const { job, summary } = await checkBackup(other, lines.join('\n'));
    expect(job.status).toBe('awaiting-confirmation');
    expect(summary.header).toMatchObject({ format: 2, schemaVersion: 10 });
    expect(summary.tables).toMatchObject({ prospects: 1, activities: 2, pipelines: 1, settings: 1, followUps: 0 });
    expect(summary.rejectedCount).toBe(3);
    expect(summary.rejected.map((r) => r.table)).toEqual(['prospects', '?', 'somethingElse']);
    expect(summary.dangling).toMatchObject([{ table: 'followUps', field: 'personId', outcome: 'left-out' }]);
    expect(await other.prospects.count()).toBe(0); // nothing touched before the user says so
    expect((await db.prospects.get(anna))?.displayName).toBe('Анна');
  });

  it('cancelled before the switch-over, or failing at any request of it, the data stays all old', async () => {
    await seed(db, messagesFor(db));
    const text = await backupOf(db);
    const other = await freshDb();
    await addPerson(other, { name: 'Kept' });
    const before = await userData(other);
    const { job } = await checkBackup(other, text);
    await messagesFor(other).sendOk('cancelJob', { jobId: job.id });
    expect(await userData(other)).toEqual(before);
    expect(await other.jobData.count()).toBe(0);
    // Confirmed (without the handler's runner, to step by hand): staged, then the switch-over fails.
    const again = (await checkBackup(other, text)).job;
    expect((await confirmJob(other, { jobId: again.id }, { now: 1 })).ok).toBe(true);
    while ((await other.jobs.get(again.id))!.phase !== 'switch') await runOneStep(other, again.id);
    // The switch-over fails at its 1st request, then its 2nd, …, until it has no request left to fail.
    let failures = 0;
    for (let n = 1; n < 10_000; n++) {
      const failing = failRequest(n);
      await runJob(other, again.id).finally(failing.restore);
      const state = (await other.jobs.get(again.id))!;
      if (state.status === 'done') break;
      failures += 1;
      expect(await userData(other), `request ${n}`).toEqual(before);
      // The failure hit the switch-over (the job failed, to be resumed) or the runner's own read of the
      // job (it stays running, for the resume alarm).
      expect(state, `request ${n}`).toMatchObject({ phase: 'switch' });
      if (state.status === 'failed') {
        expect(state.error).toBe('storage-full');
        expect((await resumeJob(other, { jobId: again.id }, { now: 2 })).ok).toBe(true);
      } else expect(state.status).toBe('running');
    }
    expect(failures).toBeGreaterThan(10);
    expect((await other.jobs.get(again.id))!.status).toBe('done');
    expect((await userData(other)).prospects).toHaveLength(3);
  });

  it('refuses a file that is not a backup, changing nothing', async () => {
    const before = await userData(db);
    for (const text of ['{"hello": 1}', '<html>', '']) {
      const { job } = await checkBackup(db, text);
      expect(job).toMatchObject({ status: 'failed', error: 'not-a-backup' });
    }
    const newer = JSON.stringify({ format: 'sidecar-backup', version: 9 });
    expect((await checkBackup(db, newer)).job).toMatchObject({ status: 'failed', error: 'newer-backup' });
    expect(await userData(db)).toEqual(before);
  });

  for (const schema of [2, 3, 4, 5]) {
    it(`restores a format-1 backup made at schema v${schema}: nobody dropped, emails logged once`, async () => {
      const job = await restore(db, fixture(`backup-v1-schema${schema}.json`));
      expect(job.status).toBe('done');
      const people = await db.prospects.toArray();
      expect(people.map((p) => p.displayName).sort()).toEqual(
        ['Małgorzata Wiśniewska-Żurek', 'Олена Коваленко', 'สมชาย ใจดี', 'İlker Yılmaz', 'Анна Лебедева'].sort(),
      );
      for (const p of people) expect(PersonSchema.safeParse(p).success).toBe(true);
      const anna = people.find((p) => p.displayName === 'Анна Лебедева')!;
      expect([anna.sources.length, anna.emails.length, anna.salesNavUrls.length]).toEqual([
        PERSON_LIMITS.sources,
        PERSON_LIMITS.emails,
        PERSON_LIMITS.salesNavUrls,
      ]);
      expect(await db.deals.count()).toBe(2);
      expect((await db.activities.toArray()).map((a) => a.kind)).toContain('merge');
      const m = messagesFor(db);
      const again = gmailMessage('19a9c2f0e1d4b3a1', 'me@brightloop.io', ['olena@cargolink.ua'], 1);
      const logged = await m.sendOk('logEmail', { account: 'me@brightloop.io', threadUrl: null, messages: [again] });
      expect(logged).toMatchObject({ logged: 0, alreadyLogged: 1 });
      expect((await db.settings.get('settings'))?.value.neverLog.domains).toEqual(['competitor.example']);
    });
  }

  it('restores the format-2 backup checked in (schema v7)', async () => {
    const job = await restore(db, fixture('backup-v2-schema7.jsonl'));
    expect(job.status).toBe('done');
    expect(await db.prospects.count()).toBe(5);
    expect(await db.cadenceRuns.count()).toBe(1);
    expect(await db.detectionStats.count()).toBeGreaterThan(0);
  });
});

async function runOneStep(db: SidecarDB, jobId: string): Promise<void> {
  const job = (await db.jobs.get(jobId))!;
  await JOB_KINDS[job.kind]!.step(db, job);
}
