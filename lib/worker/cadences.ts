import { CadenceSchema, startCadence as planCadence, stopCadenceRun, type Cadence } from '../domain/cadence';
import type { Result } from '../domain/result';
import type { SidecarDB } from '../db/schema';
import type { CadenceRunRow } from '../db/rows';
import { getCadence, isBuiltInCadenceId } from '../db/repositories/cadences';
import { addGeneratedFollowUps } from '../db/repositories/follow-ups';
import { putFollowUps } from '../db/repositories/follow-up-rows';
import { endCadenceRuns } from '../db/repositories/cadence-runs';
import { getSettings } from '../db/repositories/settings';
import { effectiveDueAt } from '../domain/follow-up';
import { runUseCase, type Call } from './use-case';

export type CadenceInput = Omit<Cadence, 'id'> & { id?: string | undefined };

/**
 * Create or replace a user cadence (validated whole). Built-in ids are refused: the template is
 * code, so a user's copy must be saved under its own id. Runs already started keep their touches.
 */
export function saveCadence(db: SidecarDB, input: CadenceInput, call: Call): Promise<Result<{ cadenceId: string }>> {
  return runUseCase(db, 'saveCadence', call, [db.cadences], async () => {
    if (input.id !== undefined && isBuiltInCadenceId(input.id)) return { ok: false, error: 'forbidden' };
    const parsed = CadenceSchema.safeParse({ ...input, id: input.id ?? crypto.randomUUID() });
    if (!parsed.success) return { ok: false, error: 'invalid-input', detail: parsed.error.message };
    await db.cadences.put(parsed.data);
    return { ok: true, value: { cadenceId: parsed.data.id } };
  });
}

/** Delete a user cadence; its running runs go on (their touches are already follow-ups). */
export function deleteCadence(db: SidecarDB, input: { cadenceId: string }, call: Call): Promise<Result<object>> {
  return runUseCase(db, 'deleteCadence', call, [db.cadences], async () => {
    if (isBuiltInCadenceId(input.cadenceId)) return { ok: false, error: 'forbidden' };
    if (!(await db.cadences.get(input.cadenceId))) return { ok: false, error: 'not-found' };
    await db.cadences.delete(input.cadenceId);
    return { ok: true, value: {} };
  });
}

export interface StartCadenceInput {
  personId: string;
  cadenceId: string;
  dealId: string | null;
}

/**
 * Start a cadence for a person: every touch becomes a follow-up (origin 'cadence') in the user's
 * working time. The same cadence cannot run twice at once for one person ('conflict').
 */
export function startCadence(
  db: SidecarDB,
  input: StartCadenceInput,
  call: Call,
): Promise<Result<{ cadenceRunId: string; followUps: number }>> {
  const tables = [db.prospects, db.deals, db.cadences, db.cadenceRuns, db.followUps, db.settings];
  return runUseCase(db, 'startCadence', call, tables, async () => {
    const [person, cadence, deal] = await Promise.all([
      db.prospects.get(input.personId),
      getCadence(db, input.cadenceId),
      input.dealId === null ? null : db.deals.get(input.dealId),
    ]);
    if (!person || !cadence || deal === undefined || (deal && deal.personId !== person.id))
      return { ok: false, error: 'not-found' };
    const running = await db.cadenceRuns
      .where('personId')
      .equals(person.id)
      .filter((r) => r.status === 'active' && r.cadenceId === cadence.id)
      .count();
    if (running) return { ok: false, error: 'conflict', detail: 'cadence already running for this person' };
    const { workingTime } = await getSettings(db);
    const taken = await takenSlotsOf(db, person.id);
    const id = () => crypto.randomUUID();
    const touches = planCadence(cadence, person.id, call.now, workingTime, id, input.dealId, taken);
    const run: CadenceRunRow = {
      id: touches[0]?.cadenceRunId ?? crypto.randomUUID(),
      cadenceId: cadence.id,
      personId: person.id,
      dealId: input.dealId,
      status: 'active',
      startedAt: call.now,
      endedAt: null,
    };
    await db.cadenceRuns.add(run);
    await addGeneratedFollowUps(db, touches);
    return { ok: true, value: { cadenceRunId: run.id, followUps: touches.length } };
  });
}

/** The due times of a person's open follow-ups: a cadence's touches keep off them (the preview reads the same). */
export async function takenSlotsOf(db: SidecarDB, personId: string): Promise<number[]> {
  const open = await db.followUps
    .where('personId')
    .equals(personId)
    .filter((f) => !f.done)
    .toArray();
  return open.map(effectiveDueAt);
}

/** The user stops a run: its open touches are cancelled ('stopped'). */
export function stopCadence(
  db: SidecarDB,
  input: { cadenceRunId: string },
  call: Call,
): Promise<Result<{ cancelled: number }>> {
  return runUseCase(db, 'stopCadence', call, [db.cadenceRuns, db.followUps], async () => {
    if (!(await db.cadenceRuns.get(input.cadenceRunId))) return { ok: false, error: 'not-found' };
    const steps = await db.followUps.where('cadenceRunId').equals(input.cadenceRunId).toArray();
    const cancelled = stopCadenceRun(steps, input.cadenceRunId, call.now);
    await putFollowUps(db, cancelled);
    await endCadenceRuns(db, [input.cadenceRunId], 'stopped', call.now);
    return { ok: true, value: { cancelled: cancelled.length } };
  });
}
