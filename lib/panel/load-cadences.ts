import { isBuiltInCadenceId, listCadences } from '../db/repositories/cadences';
import type { CadenceRunRow, FollowUpRow } from '../db/rows';
import type { SidecarDB } from '../db/schema';
import type { Cadence } from '../domain/cadence';

export interface RunningCadence {
  run: CadenceRunRow;
  cadence: Cadence | undefined;
  /** Every touch of the run (open, done or cancelled), in step order. */
  steps: FollowUpRow[];
}

export interface PersonCadences {
  /** What can be started: the built-in template, then the user's own. */
  cadences: Cadence[];
  running: RunningCadence[];
}

/** The cadences a person can start and the runs going on for them (reads only; run inside a liveQuery). */
export async function loadPersonCadences(db: SidecarDB, personId: string): Promise<PersonCadences> {
  const [cadences, runs] = await Promise.all([
    listCadences(db),
    db.cadenceRuns
      .where('personId')
      .equals(personId)
      .filter((r) => r.status === 'active')
      .toArray(),
  ]);
  const running = await Promise.all(
    runs
      .sort((a, b) => a.startedAt - b.startedAt)
      .map(async (run) => ({
        run,
        cadence: cadences.find((c) => c.id === run.cadenceId),
        steps: (await db.followUps.where('cadenceRunId').equals(run.id).toArray()).sort(
          (a, b) => (a.cadenceStep ?? 0) - (b.cadenceStep ?? 0),
        ),
      })),
  );
  return { cadences, running };
}

/** The user's own cadences by name, without the built-in one (reads only; run inside a liveQuery). */
export async function loadOwnCadences(db: SidecarDB): Promise<Cadence[]> {
  return (await listCadences(db)).filter((c) => !isBuiltInCadenceId(c.id));
}
