import { startCadence, stopCadenceRun, type Cadence } from '../../domain/cadence';
import type { FollowUp } from '../../domain/follow-up';
import type { Result } from '../../domain/result';
import type { SidecarDB } from '../schema';
import type { CadenceRunRow } from '../rows';
import { getCadence } from './cadences';
import { addGeneratedFollowUps } from './follow-ups';
import { putFollowUps } from './follow-up-rows';
import { endCadenceRuns } from './cadence-steps';
import { getSettings } from './settings';

export interface StartCadenceInput {
  personId: string;
  cadenceId: string;
  dealId: string | null;
}

/**
 * Start a cadence for a person: every touch becomes a follow-up (origin 'cadence') in the user's
 * working time. The same cadence cannot run twice at once for one person ('conflict').
 */
export async function startCadenceRun(
  db: SidecarDB,
  input: StartCadenceInput,
  now: number,
): Promise<Result<{ run: CadenceRunRow; followUps: FollowUp[] }, 'not-found' | 'conflict'>> {
  return db.transaction(
    'rw',
    [db.prospects, db.deals, db.cadences, db.cadenceRuns, db.followUps, db.settings],
    async () => {
      const [person, cadence, deal] = await Promise.all([
        db.prospects.get(input.personId),
        getCadence(db, input.cadenceId),
        input.dealId === null ? null : db.deals.get(input.dealId),
      ]);
      if (!person || !cadence || deal === undefined || (deal && deal.personId !== person.id))
        return { ok: false, error: 'not-found' } as const;
      const running = await db.cadenceRuns
        .where('personId')
        .equals(person.id)
        .filter((r) => r.status === 'active' && r.cadenceId === cadence.id)
        .count();
      if (running) return { ok: false, error: 'conflict', detail: 'cadence already running for this person' } as const;
      const { workingTime } = await getSettings(db);
      const followUps = startCadence(
        cadence as Cadence,
        person.id,
        now,
        workingTime,
        () => crypto.randomUUID(),
        input.dealId,
      );
      const run: CadenceRunRow = {
        id: followUps[0]?.cadenceRunId ?? crypto.randomUUID(),
        cadenceId: cadence.id,
        personId: person.id,
        dealId: input.dealId,
        status: 'active',
        startedAt: now,
        endedAt: null,
      };
      await db.cadenceRuns.add(run);
      await addGeneratedFollowUps(db, followUps);
      return { ok: true, value: { run, followUps } } as const;
    },
  );
}

/** The user stops a run: its open touches are cancelled ('stopped'). */
export async function stopCadenceRunById(
  db: SidecarDB,
  runId: string,
  now: number,
): Promise<Result<number, 'not-found'>> {
  return db.transaction('rw', db.cadenceRuns, db.followUps, async () => {
    if (!(await db.cadenceRuns.get(runId))) return { ok: false, error: 'not-found' } as const;
    const steps = await db.followUps.where('cadenceRunId').equals(runId).toArray();
    const cancelled = stopCadenceRun(steps, runId, now);
    await putFollowUps(db, cancelled);
    await endCadenceRuns(db, [runId], 'stopped', now);
    return { ok: true, value: cancelled.length } as const;
  });
}
