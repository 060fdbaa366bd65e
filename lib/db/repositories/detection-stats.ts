import type { Detection } from '../../domain/contact';
import type { SidecarDB } from '../schema';
import type { DetectionStatRow } from '../rows';

/**
 * Count detections per page kind per UTC day, for the options page. Counted when a content script
 * reports a changed detection, so it measures page views as the user browses, not DOM churn.
 */
export async function recordDetectionStats(db: SidecarDB, detection: Detection, now: number): Promise<void> {
  const day = new Date(now).toISOString().slice(0, 10);
  await db.transaction('rw', db.detectionStats, async () => {
    const key: [string, string] = [day, detection.pageKind];
    const row = (await db.detectionStats.get(key)) ?? {
      day,
      pageKind: detection.pageKind,
      pages: 0,
      contacts: 0,
      degraded: 0,
    };
    await db.detectionStats.put({
      ...row,
      pages: row.pages + 1,
      contacts: row.contacts + detection.contacts.length,
      degraded: row.degraded + (detection.degraded ? 1 : 0),
    });
  });
}

/** The last `days` days of counts, oldest first. */
export async function listDetectionStats(db: SidecarDB, sinceDay: string): Promise<DetectionStatRow[]> {
  return db.detectionStats.where('day').aboveOrEqual(sinceDay).sortBy('day');
}
