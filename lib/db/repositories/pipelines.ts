import type { SidecarDB } from '../schema';
import type { PipelineRow } from '../rows';

/** All pipelines in the user's order. */
export const listPipelines = (db: SidecarDB): Promise<PipelineRow[]> => db.pipelines.orderBy('position').toArray();
