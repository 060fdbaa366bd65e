import { useEffect, useState } from 'preact/hooks';
import type { JobRow } from '../db/rows';
import { useDb } from './db-context';
import { useLiveQuery } from './use-live-query';

const OPEN = ['receiving', 'running', 'awaiting-confirmation', 'failed'];

/**
 * The job the options page shows: the one it started (by id), else the latest one still open (a job
 * the worker resumed after a stop, or one started before the page was reloaded), which then stays
 * shown once it ends (its outcome is the point). Live: the progress moves as the worker writes it.
 */
export function useJob(started: string | null): JobRow | null {
  const db = useDb();
  const [found, setFound] = useState<string | null>(null);
  const id = started ?? found;
  const open = useLiveQuery(
    async () =>
      id
        ? null
        : ((await db.jobs
            .orderBy('updatedAt')
            .reverse()
            .filter((j) => OPEN.includes(j.status))
            .first()) ?? null),
    [db, id],
    null,
  );
  useEffect(() => {
    if (open && !id) setFound(open.id);
  }, [open, id]);
  const byId = useLiveQuery(async () => (id ? ((await db.jobs.get(id)) ?? null) : null), [db, id], null);
  return byId ?? open;
}
