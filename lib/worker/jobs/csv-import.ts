import { identityOfContact, resolveIdentity, type ContactIdentity } from '../../domain/identity';
import type { SidecarDB } from '../../db/schema';
import type { ActivityRow, CsvImportResult, JobRow, PersonRow } from '../../db/rows';
import { deleteJobData, getJobData } from '../../db/repositories/jobs';
import type { ImportMode } from '../../portability/csv-import-options';
import { contactOfRow, mergeRowIntoPerson, personOfRow } from '../../portability/import-person';
import { captureTextsFor } from '../../messaging/handlers/capture-texts';
import { captureTables } from '../capture';
import { readImport, type ImportItem } from './csv-import-parse';
import { rowIdsOf, type RowIds } from './line-ids';
import type { JobKind } from './job-kind';
import { ImportDeals, importDealTables } from './import-deals';
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
/** A row's outcome, and the person it is about when it was not skipped by choice or failed. */
type Applied = { outcome: Outcome; person?: PersonRow };
/** The texts of the notes each of the step's known people has, so a file imported again adds no note twice. */
type NoteTexts = Map<string, Set<string>>;

/** A row's notes for a person already stored, unless they have that note already (an earlier import of the file). */
function addNote(writes: StepWrites, notes: NoteTexts, personId: string, text: string | null, now: number): boolean {
  const texts = notes.get(personId) ?? new Set<string>();
  if (!text || texts.has(text)) return false;
  notes.set(personId, texts.add(text));
  writes.activities.push({ id: crypto.randomUUID(), personId, at: now, createdAt: now, kind: 'note', text });
  return true;
}

/**
 * One row, inside the step's transaction: matched through the identity resolver (LinkedIn profile,
 * then an address) against the step's index, then updated (its notes too), left alone or created as
 * the user chose. A row whose new person is already stored under its id is, for a row with only a
 * name, the same row of an earlier import, or an earlier row of this step: updated like any match.
 */
function applyRow(step: Step, item: ImportItem, ids: RowIds, identity: ContactIdentity, source: Source): Applied {
  const { index, writes, mode, now } = step;
  const { row } = item;
  if (item.suppressed) return { outcome: 'skipped' };
  const candidates = index.candidates(identity);
  const resolution = resolveIdentity(identity, candidates);
  const matched =
    mode !== 'create' && resolution.kind === 'match' ? candidates.find((c) => c.id === resolution.personId) : undefined;
  const known = matched ?? index.get(ids.person());
  if (known) {
    if (mode === 'skip' && known.id !== ids.person()) return { outcome: 'skipped' };
    const merged = mergeRowIntoPerson(known, row, source, now);
    const noted = addNote(writes, step.notes, known.id, row.notes, now);
    if (!merged) return { outcome: noted ? 'updated' : 'skipped', person: known };
    index.note(merged);
    writes.people.set(merged.id, merged);
    return { outcome: 'updated', person: merged };
  }
  const person = personOfRow(ids.person(), row, source, now);
  if (!person) return { outcome: { failed: 'no-name-or-email' } };
  if (person.linkedinKey && index.hasKey(person.linkedinKey)) return { outcome: { failed: 'exists' } };
  index.note(person);
  writes.people.set(person.id, person);
  const at = { personId: person.id, at: now, createdAt: now };
  writes.activities.push({
    id: ids.activity(),
    ...at,
    kind: 'captured',
    site: 'csv',
    pageKind: 'other',
    url: source.url,
  });
  if (row.notes) writes.activities.push({ id: ids.note(), ...at, kind: 'note', text: row.notes });
  return { outcome: 'created', person };
}

interface Step {
  index: ImportStepIndex;
  writes: StepWrites;
  notes: NoteTexts;
  mode: ImportMode;
  now: number;
}

/** The notes of the people the step's rows may be about, read with one request. */
async function loadNoteTexts(db: SidecarDB, personIds: readonly string[]): Promise<NoteTexts> {
  const notes: NoteTexts = new Map();
  if (personIds.length === 0) return notes;
  const rows = await db.activities
    .where('personId')
    .anyOf([...personIds])
    .filter((a) => a.kind === 'note')
    .toArray();
  for (const a of rows) if (a.kind === 'note') notes.set(a.personId, (notes.get(a.personId) ?? new Set()).add(a.text));
  return notes;
}

/**
 * Rows applied between two writes. The step's people and activities go to IndexedDB in pieces while
 * the next rows are worked out: the database writes (most of an import's time) and the matching
 * overlap instead of taking turns. A person two rows update is written twice, in order.
 */
const WRITE_EVERY = 200;

/** Start writing what the step has applied so far, and empty its lists. */
function startWrites(db: SidecarDB, writes: StepWrites): Promise<unknown>[] {
  const started: Promise<unknown>[] = [];
  if (writes.people.size) started.push(db.prospects.bulkPut([...writes.people.values()]));
  if (writes.activities.length) started.push(db.activities.bulkAdd(writes.activities));
  writes.people = new Map();
  writes.activities = [];
  return started;
}

/** Count a row's outcome into the result. */
function countOutcome(result: CsvImportResult, line: number, outcome: Outcome): void {
  if (typeof outcome === 'string') result[outcome] += 1;
  else {
    result.failed += 1;
    result.errorCount += 1;
    result.errors.push({ line, message: outcome.failed, detail: '' });
  }
}

/** Stage names not found, listed in the report; all are imported as people. */
const STAGES_NOT_FOUND_KEPT = 1000;

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
  // Read before the transaction: the catalogue may be fetched, which no transaction may wait for.
  const texts = items.some((i) => i.deal !== null && i.deal !== 'stage-not-found') ? await captureTextsFor(db) : null;
  await inJobStep(db, job, [...captureTables(db), ...importDealTables(db)], async (current) => {
    const result = { ...(current.result as CsvImportResult) };
    result.errors = [...result.errors];
    result.stagesNotFound = [...(result.stagesNotFound ?? [])];
    const now = Date.now();
    const identities = items.map((i) => identityOfContact(contactOfRow(i.row)));
    const rowIds = items.map(rowIdsOf);
    const index = await ImportStepIndex.load(
      db,
      identities,
      rowIds.flatMap((ids) => (ids.mayBeStored ? [ids.person()] : [])),
    );
    const known = index.ids();
    const [notes, deals] = await Promise.all([
      items.some((i) => i.row.notes) ? loadNoteTexts(db, known) : new Map<string, Set<string>>(),
      texts ? ImportDeals.load(db, known, texts, now) : null,
    ]);
    const step: Step = { index, writes: { people: new Map(), activities: [] }, notes, mode, now };
    const writing: Promise<unknown>[] = [];
    for (const [i, item] of items.entries()) {
      if (i % WRITE_EVERY === 0) writing.push(...startWrites(db, step.writes));
      const { outcome, person } = applyRow(step, item, rowIds[i]!, identities[i]!, source);
      countOutcome(result, item.row.line, outcome);
      if (!person || item.deal === null) continue;
      if (item.deal !== 'stage-not-found') {
        if (deals?.open(person, item.deal)) result.deals = (result.deals ?? 0) + 1;
      } else if (result.stagesNotFound.length < STAGES_NOT_FOUND_KEPT)
        result.stagesNotFound.push({ line: item.row.line, stage: item.row.stage ?? '' });
    }
    step.writes.activities.push(...(deals?.activities ?? []));
    await Promise.all([...writing, ...startWrites(db, step.writes)]);
    if (deals?.deals.length) await db.deals.bulkAdd(deals.deals);
    const progress = { done: current.progress.done + items.length, total: current.progress.total };
    return { cursor: current.cursor + 1, progress, result };
  });
}

/** Import people from a CSV (lib/portability/csv-*.ts read it), resumable by rows. */
export const csvImportJob: JobKind = {
  firstPhase: 'parse',
  step: (db, job) => (job.phase === 'parse' ? parse(db, job) : apply(db, job)),
};
