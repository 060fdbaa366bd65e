import type { DetectedContact } from '../../domain/contact';
import type { SidecarDB } from '../../db/schema';
import type { CsvImportResult, JobRow } from '../../db/rows';
import { countJobData, deleteJobData, getJobData } from '../../db/repositories/jobs';
import { parseProspectsCsv } from '../../portability/csv';
import { capturePersonIn, captureTables, type CaptureIds } from '../capture';
import type { JobKind } from './job-kind';
import { inJobStep } from './job-step';
import { lineIds } from './line-ids';

/** Rows per step: each is one transaction, a few hundred milliseconds at most. */
const ROWS_PER_STEP = 200;
/** Row errors kept for the report (all are counted). */
const ERRORS_KEPT = 1000;

type Item = { contact: DetectedContact; ids: CaptureIds };
const lineOf = (c: DetectedContact) => Number(c.key.slice('csv:'.length));

/** Read the whole file (its input pieces in order), parse it, and store the rows as work for the next steps. */
async function parse(db: SidecarDB, job: JobRow): Promise<void> {
  const pieces: string[] = [];
  for (let seq = 0, n = await countJobData(db, job.id, 'in'); seq < n; seq++)
    pieces.push(String(await getJobData(db, job.id, 'in', seq)));
  const { contacts, errors } = parseProspectsCsv(pieces.join(''));
  // Each line's ids come from the job and the line (crypto.subtle: before the transaction).
  const ids = await Promise.all(contacts.map((c) => lineIds(job.id, lineOf(c))));
  const items: Item[] = contacts.map((contact, i) => ({ contact, ids: ids[i]! }));
  await inJobStep(db, job, [db.jobData], async () => {
    for (let seq = 0; seq * ROWS_PER_STEP < items.length; seq++) {
      const data = items.slice(seq * ROWS_PER_STEP, (seq + 1) * ROWS_PER_STEP);
      await db.jobData.put({ jobId: job.id, part: 'work', seq, data });
    }
    const result: CsvImportResult = {
      created: 0,
      matched: 0,
      errors: errors.slice(0, ERRORS_KEPT),
      errorCount: errors.length,
    };
    return { phase: 'apply', cursor: 0, progress: { done: 0, total: items.length }, result };
  });
}

/**
 * Capture one step's rows (the one write path for people: capturePersonIn) and move the cursor past
 * them, in one transaction: a stopped worker redoes the step or none of it. A row that only has a name
 * matches nobody, so its person's id is derived from the job and its line: redone, it is the same row.
 */
async function apply(db: SidecarDB, job: JobRow): Promise<void> {
  const items = (await getJobData(db, job.id, 'work', job.cursor)) as Item[] | undefined;
  if (!items) {
    await inJobStep(db, job, [db.jobData, db.stagedRows], async () => {
      await deleteJobData(db, job.id);
      return { status: 'done', phase: 'done' };
    });
    return;
  }
  const source = { pageKind: 'other' as const, url: `csv:${String(job.params.fileName ?? '')}`.slice(0, 4000) };
  await inJobStep(db, job, captureTables(db), async (current) => {
    const result = { ...(current.result as CsvImportResult) };
    const now = Date.now();
    for (const { contact, ids } of items) {
      const r = await capturePersonIn(db, contact, source, now, 'other', ids);
      if (r.ok && r.value.created) result.created += 1;
      else if (r.ok) result.matched += 1;
    }
    const progress = { done: current.progress.done + items.length, total: current.progress.total };
    return { cursor: current.cursor + 1, progress, result };
  });
}

/** Import prospects from a CSV (lib/portability/csv.ts: the columns it understands), resumable by rows. */
export const csvImportJob: JobKind = {
  firstPhase: 'parse',
  step: (db, job) => (job.phase === 'parse' ? parse(db, job) : apply(db, job)),
};
