import type { MergeUndo } from '../../domain/activity';
import { applyMergeChoices, planMerge, type MergeField, type MergeSide } from '../../domain/person-merge';
import type { Result } from '../../domain/result';
import type { SidecarDB } from '../schema';

const TABLES = (db: SidecarDB) => [db.prospects, db.deals, db.activities, db.followUps] as const;

/**
 * Merge `absorbedId` into `survivorId`: emails, sources, activities, deals and follow-ups are united,
 * conflicting fields take the user's choices. The merge is an activity carrying what undo needs.
 */
export async function mergePersons(
  db: SidecarDB,
  survivorId: string,
  absorbedId: string,
  choices: Partial<Record<MergeField, MergeSide>>,
  now: number,
): Promise<Result<{ personId: string; mergeActivityId: string }, 'not-found' | 'invalid-input'>> {
  if (survivorId === absorbedId)
    return { ok: false, error: 'invalid-input', detail: 'cannot merge a person with themself' };
  return db.transaction('rw', [...TABLES(db)], async () => {
    const [a, b] = await Promise.all([db.prospects.get(survivorId), db.prospects.get(absorbedId)]);
    if (!a || !b) return { ok: false, error: 'not-found' } as const;
    const merged = applyMergeChoices(planMerge(a, b), choices, now);
    const [activityIds, dealIds, followUpIds] = await Promise.all([
      db.activities.where('personId').equals(b.id).primaryKeys(),
      db.deals.where('personId').equals(b.id).primaryKeys(),
      db.followUps.where('personId').equals(b.id).primaryKeys(),
    ]);
    await db.prospects.delete(b.id); // first: the survivor may take over b's unique linkedinKey
    await db.prospects.put(merged);
    await Promise.all([
      db.activities.where('personId').equals(b.id).modify({ personId: a.id }),
      db.deals.where('personId').equals(b.id).modify({ personId: a.id }),
      db.followUps.where('personId').equals(b.id).modify({ personId: a.id }),
    ]);
    const undo: MergeUndo = {
      survivorBefore: a,
      absorbed: b,
      movedActivityIds: activityIds,
      movedDealIds: dealIds,
      movedFollowUpIds: followUpIds,
    };
    const mergeActivityId = crypto.randomUUID();
    await db.activities.add({
      id: mergeActivityId,
      personId: a.id,
      at: now,
      createdAt: now,
      kind: 'merge',
      absorbedPersonId: b.id,
      undo,
    });
    return { ok: true, value: { personId: a.id, mergeActivityId } } as const;
  });
}

/** Undo a merge: both people as they were, and every record moved back to whom it belonged. */
export async function undoMerge(
  db: SidecarDB,
  mergeActivityId: string,
): Promise<Result<{ personIds: [string, string] }, 'not-found'>> {
  return db.transaction('rw', [...TABLES(db)], async () => {
    const activity = await db.activities.get(mergeActivityId);
    if (!activity || activity.kind !== 'merge') return { ok: false, error: 'not-found' } as const;
    const { survivorBefore, absorbed, movedActivityIds, movedDealIds, movedFollowUpIds } = activity.undo;
    await db.activities.delete(mergeActivityId);
    await db.prospects.put(survivorBefore);
    await db.prospects.put(absorbed);
    await Promise.all([
      db.activities.where('id').anyOf(movedActivityIds).modify({ personId: absorbed.id }),
      db.deals.where('id').anyOf(movedDealIds).modify({ personId: absorbed.id }),
      db.followUps.where('id').anyOf(movedFollowUpIds).modify({ personId: absorbed.id }),
    ]);
    return { ok: true, value: { personIds: [survivorBefore.id, absorbed.id] } } as const;
  });
}
