import { identityOfContact, resolveIdentity } from '../../domain/identity';
import type { SidecarDB } from '../../db/schema';
import type { ActivityRow, CsvImportResult, JobRow } from '../../db/rows';
import { deleteJobData, getJobData } from '../../db/repositories/jobs';
import { findCandidates } from '../../db/repositories/persons';
import type { ImportMode } from '../../portability/csv-import-options';
import { contactOfRow, mergeRowIntoPerson, personOfRow } from '../../portability/import-person';
import { captureTables } from '../capture';
import { readImport, type ImportItem } from './csv-import-parse';
import type { JobKind } from './job-kind';
import { inJobStep } from './job-step';

/** Rows per step: each is one transaction, a few hundred milliseconds at most. */
const ROWS_PER_STEP = 200;

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

/**
 * One row, inside the step's transaction: matched through the identity resolver (LinkedIn profile,
 * then an address), then updated, left alone or created as the user chose. A row whose new person
 * is already stored under its ids is this import's own earlier write (a step redone) or, for a row
 * with only a name, the same row of an earlier import: it is updated like any match.
 */
async function applyRow(
  db: SidecarDB,
  item: ImportItem,
  mode: ImportMode,
  source: { pageKind: 'other'; url: string },
  now: number,
): Promise<Outcome> {
  const { row, ids } = item;
  if (item.suppressed) return 'skipped';
  const identity = identityOfContact(contactOfRow(row));
  const candidates = await findCandidates(db, identity);
  const resolution = resolveIdentity(identity, candidates);
  const known =
    (mode !== 'create' && resolution.kind === 'match'
      ? candidates.find((c) => c.id === resolution.personId)
      : undefined) ?? (await db.prospects.get(ids.personId));
  if (known) {
    if (mode === 'skip' && known.id !== ids.personId) return 'skipped';
    const merged = mergeRowIntoPerson(known, row, source, now);
    if (!merged) return 'skipped';
    await db.prospects.put(merged);
    return 'updated';
  }
  const person = personOfRow(ids.personId, row, source, now);
  if (!person) return { failed: 'no-name-or-email' };
  if (person.linkedinKey && (await db.prospects.where('linkedinKey').equals(person.linkedinKey).count()) > 0)
    return { failed: 'exists' };
  const captured: ActivityRow = {
    id: ids.activityId,
    personId: person.id,
    at: now,
    createdAt: now,
    kind: 'captured',
    site: 'csv',
    pageKind: 'other',
    url: source.url,
  };
  await db.prospects.add(person);
  await db.activities.add(captured);
  if (row.notes)
    await db.activities.add({
      id: ids.noteId,
      personId: person.id,
      at: now,
      createdAt: now,
      kind: 'note',
      text: row.notes,
    });
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
    for (const item of items) {
      const outcome = await applyRow(db, item, mode, source, now);
      if (typeof outcome === 'string') result[outcome] += 1;
      else {
        result.failed += 1;
        result.errorCount += 1;
        result.errors.push({ line: item.row.line, message: outcome.failed, detail: '' });
      }
    }
    const progress = { done: current.progress.done + items.length, total: current.progress.total };
    return { cursor: current.cursor + 1, progress, result };
  });
}

/** Import people from a CSV (lib/portability/csv-*.ts read it), resumable by rows. */
export const csvImportJob: JobKind = {
  firstPhase: 'parse',
  step: (db, job) => (job.phase === 'parse' ? parse(db, job) : apply(db, job)),
};
