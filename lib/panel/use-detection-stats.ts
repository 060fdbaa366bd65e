import { listDetectionStats } from '../db/repositories/detection-stats';
import type { DetectionStatRow } from '../db/rows';
import { useDb } from './db-context';
import { useLiveQuery } from './use-live-query';

/** Daily detection counts since a UTC day (YYYY-MM-DD), live. */
export function useDetectionStats(sinceDay: string): DetectionStatRow[] {
  const db = useDb();
  return useLiveQuery(() => listDetectionStats(db, sinceDay), [db, sinceDay], []);
}
