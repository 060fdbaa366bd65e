import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import type { SidecarDB } from '@/lib/db/schema';
import type { ImportItem } from '@/lib/worker/jobs/csv-import-parse';
import { csvImportJob, ROWS_PER_STEP } from '@/lib/worker/jobs/csv-import';
import { uuidFromName } from '@/lib/worker/jobs/line-ids';
import { startJob } from '@/lib/worker/jobs/commands';
import { runJob } from '@/lib/worker/jobs/runner';
import { callNow } from '@/lib/worker/use-case';
import { freshDb } from '../../db/test-db';
import { messagesFor } from '../harness';
import { failRequest } from '../quota';

/** A CSV of `n` rows: every third only a name (nothing to match it by), the others with an address. */
function csv(n: number): string {
  const rows = Array.from({ length: n }, (_, i) =>
    i % 3 === 0 ? `Ołeksandr Kowal ${i},,` : `Ayşe Şahin ${i},ayse.${i}@example.com.tr,Łąkowe Smaki`,
  );
  return ['name,email,company', ...rows].join('\n');
}

describe('CSV import as a job (importCsv, cancelJob, resumeJob)', () => {
  let db: SidecarDB;
  let m: ReturnType<typeof messagesFor>;
  beforeEach(async () => {
    fakeBrowser.reset();
    db = await freshDb();
    m = messagesFor(db);
  });

  it('imports 2,000 rows in resumable steps, with progress and the rows it could not read', async () => {
    const { jobId } = await m.sendOk('importCsv', { text: `${csv(2000)}\nnot,an,email@,row`, fileName: 'leads.csv' });
    await runJob(db, jobId);
    const job = (await db.jobs.get(jobId))!;
    expect(job).toMatchObject({ status: 'done', progress: { done: 2000, total: 2000 } });
    expect(job.result).toMatchObject({ created: 2000, updated: 0, failed: 1, errorCount: 1, errors: [{ line: 2002 }] });
    expect(await db.prospects.count()).toBe(2000);
    expect(await db.jobData.count()).toBe(0);
  });

  it('a retried message starts no second job; a stop in the middle of a step, resumed, writes no row twice', async () => {
    const input = { text: csv(450), fileName: 'leads.csv', opId: 'op-import-1' };
    const first = await m.sendOk('importCsv', input);
    expect(await m.sendOk('importCsv', input)).toEqual(first);
    expect(await db.jobs.count()).toBe(1);
    // The second step dies half-way (its transaction aborts, as when the worker is stopped).
    const runner = runJob(db, first.jobId);
    const failing = failRequest(700);
    await runner.finally(failing.restore);
    const stopped = (await db.jobs.get(first.jobId))!;
    expect(stopped.status).toBe('failed');
    expect(stopped.progress.done % ROWS_PER_STEP).toBe(0);
    expect(await db.prospects.count()).toBe(stopped.progress.done);
    await m.sendOk('resumeJob', { jobId: first.jobId });
    await runJob(db, first.jobId);
    expect((await db.jobs.get(first.jobId))!.status).toBe('done');
    const names = (await db.prospects.toArray()).map((p) => p.displayName);
    expect(names).toHaveLength(450);
    expect(new Set(names).size).toBe(450);
  });

  it('work stored by an earlier version, with each row’s ids instead of its name, resumes with those ids', async () => {
    const params = { fileName: 'leads.csv', options: {} };
    const started = await startJob(db, { kind: 'csv-import', params, text: csv(30) }, callNow());
    if (!started.ok) throw new Error(started.error);
    const { jobId } = started.value;
    await csvImportJob.step(db, (await db.jobs.get(jobId))!); // the parse, as the version before the update ran it
    const legacy = (name: string, what: string) => uuidFromName(`before-the-update:${name}:${what}`);
    const expected = new Set<string>();
    for (const piece of await db.jobData
      .where('[jobId+part+seq]')
      .between([jobId, 'work', 0], [jobId, 'work', Infinity])
      .toArray()) {
      const items = (piece.data as Extract<ImportItem, { idName: string }>[]).map(({ idName, ...item }) => {
        const ids = {
          personId: legacy(idName, 'person'),
          activityId: legacy(idName, 'activity'),
          noteId: legacy(idName, 'note'),
        };
        expected.add(ids.personId);
        return { ...item, ids };
      });
      await db.jobData.put({ ...piece, data: items });
    }
    await runJob(db, jobId);
    expect((await db.jobs.get(jobId))!.result).toMatchObject({ created: 30, updated: 0, failed: 0 });
    const people = await db.prospects.toArray();
    expect(new Set(people.map((p) => p.displayName)).size).toBe(30);
    expect(new Set(people.map((p) => p.id))).toEqual(expected);
  });

  it('cancelled, the rows already imported stay and the job’s data goes', async () => {
    // The handler starts the job; its heartbeat (between steps) is where the user's Cancel lands.
    let steps = 0;
    let jobId = '';
    const withCancel = messagesFor(db, {
      jobHeartbeat: async () => {
        if (++steps === 2) await m.sendOk('cancelJob', { jobId });
      },
    });
    jobId = (await withCancel.sendOk('importCsv', { text: csv(ROWS_PER_STEP * 2 + 100), fileName: 'leads.csv' })).jobId;
    await runJob(db, jobId);
    expect((await db.jobs.get(jobId))!.status).toBe('cancelled');
    expect(await db.prospects.count()).toBe(ROWS_PER_STEP);
    expect(await db.jobData.count()).toBe(0);
    expect(await m.send('confirmJob', { jobId })).toMatchObject({ ok: false, error: 'conflict' });
  });
});
