import { identityOfContact, resolveIdentity } from '../../domain/identity';
import type { SidecarDB } from '../../db/schema';
import type { ActivityRow, CsvImportResult, JobRow, PersonRow } from '../../db/rows';
import { deleteJobData, getJobData } from '../../db/repositories/jobs';
import type { ImportMode } from '../../portability/csv-import-options';
import { contactOfRow, mergeRowIntoPerson, personOfRow } from '../../portability/import-person';
import { captureTables } from '../capture';
import { readImport, type ImportItem } from './csv-import-parse';
import type { JobKind } from './job-kind';
import { inJobStep } from './job-step';
import { ImportStepIndex } from './import-step-index';

/** Rows per step: each is one transaction of a handful of requests (import-step-index.ts), well under a second. */
export const ROWS_PER_STEP = 1000;

type Outcome = 'created' | 'updated' | 'skipped' | { failed: string };

/** Read and check every row, then store them as work in pieces for the next steps. */
async function parse(db: SidecarDB, job: JobRow): Promise<void> {
  const { items, result, mode } = await readImport(db, job);
  result.errors.sort((a, b) => a.line - b.line);
  await inJobStep(db, job, [db.jobData], async () => {
    for (let seq = 0; seq * ROWS_PER_STEP < items.length; seq++) {
      const data = items.slice(seq * ROWS_PER_STEP, (seq + 1) * ROWS_PER_STEP);
      await db.jobData.put({ jobId: job.id, part: 'work', seq, data });
    }
    return {
      phase: 'apply',
      cursor: 0,
      progress: { done: 0, total: items.length },
      result,
      params: { ...job.params, mode },
    };
  });
}

type Source = { pageKind: 'other'; url: string };
interface StepWrites {
  people: Map<string, PersonRow>;
  activities: ActivityRow[];
}

/**
 * One row, inside the step's transaction: matched through the identity resolver (LinkedIn profile,
 * then an address) against the step's index, then updated, left alone or created as the user chose.
 * A row whose new person is already stored under its ids is this import's own earlier write (a step
 * redone) or, for a row with only a name, the same row of an earlier import: updated like any match.
 */
function applyRow(
  index: ImportStepIndex,
  writes: StepWrites,
  item: ImportItem,
  mode: ImportMode,
  source: Source,
  now: number,
): Outcome {
  const { row, ids } = item;
  if (item.suppressed) return 'skipped';
  const identity = identityOfContact(contactOfRow(row));
  const candidates = index.candidates(identity);
  const resolution = resolveIdentity(identity, candidates);
  const matched =
    mode !== 'create' && resolution.kind === 'match' ? candidates.find((c) => c.id === resolution.personId) : undefined;
  const known = matched ?? index.get(ids.personId);
  if (known) {
    if (mode === 'skip' && known.id !== ids.personId) return 'skipped';
    const merged = mergeRowIntoPerson(known, row, source, now);
    if (!merged) return 'skipped';
    index.note(merged);
    writes.people.set(merged.id, merged);
    return 'updated';
  }
  const person = personOfRow(ids.personId, row, source, now);
  if (!person) return { failed: 'no-name-or-email' };
  if (person.linkedinKey && index.hasKey(person.linkedinKey)) return { failed: 'exists' };
  index.note(person);
  writes.people.set(person.id, person);
  const at = { personId: person.id, at: now, createdAt: now };
  writes.activities.push({
    id: ids.activityId,
    ...at,
    kind: 'captured',
    site: 'csv',
    pageKind: 'other',
    url: source.url,
  });
  if (row.notes) writes.activities.push({ id: ids.noteId, ...at, kind: 'note', text: row.notes });
  return 'created';
}

/** Apply one step's rows and move the cursor past them, in one transaction: a stopped worker redoes the step or none of it. */
async function apply(db: SidecarDB, job: JobRow): Promise<void> {
  const items = (await getJobData(db, job.id, 'work', job.cursor)) as ImportItem[] | undefined;
  if (!items) {
    await inJobStep(db, job, [db.jobData, db.stagedRows], async () => {
      await deleteJobData(db, job.id);
      return { status: 'done', phase: 'done' };
    });
    return;
  }
  const source = { pageKind: 'other' as const, url: `csv:${String(job.params.fileName ?? '')}`.slice(0, 4000) };
  const mode = (job.params.mode ?? 'update') as ImportMode;
  await inJobStep(db, job, captureTables(db), async (current) => {
    const result = { ...(current.result as CsvImportResult) };
    result.errors = [...result.errors];
    const now = Date.now();
    const identities = items.map((i) => identityOfContact(contactOfRow(i.row)));
    const index = await ImportStepIndex.load(
      db,
      identities,
      items.map((i) => i.ids.personId),
    );
    const writes: StepWrites = { people: new Map(), activities: [] };
    for (const item of items) {
      const outcome = applyRow(index, writes, item, mode, source, now);
      if (typeof outcome === 'string') result[outcome] += 1;
      else {
        result.failed += 1;
        result.errorCount += 1;
        result.errors.push({ line: item.row.line, message: outcome.failed, detail: '' });
      }
    }
    await db.prospects.bulkPut([...writes.people.values()]);
    await db.activities.bulkAdd(writes.activities);
    const progress = { done: current.progress.done + items.length, total: current.progress.total };
    return { cursor: current.cursor + 1, progress, result };
  });
}

/** Import people from a CSV (lib/portability/csv-*.ts read it), resumable by rows. */
export const csvImportJob: JobKind = {
  firstPhase: 'parse',
  step: (db, job) => (job.phase === 'parse' ? parse(db, job) : apply(db, job)),
};
