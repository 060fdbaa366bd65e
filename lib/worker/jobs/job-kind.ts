import type { SidecarDB } from '../../db/schema';
import type { JobRow } from '../../db/rows';

/** What a kind of job does. Each step is one transaction with the job's row (job-step.ts). */
export interface JobKind {
  /** The phase a job of this kind starts in once its input is complete. */
  firstPhase: string;
  /** The phase a job that waited for the user's confirmation goes on with. */
  confirmPhase?: string;
  /** Do the next piece of work and move the job on; a thrown error fails the job (runner.ts). */
  step(db: SidecarDB, job: JobRow): Promise<void>;
}
