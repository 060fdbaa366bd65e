import type { MergeUndo } from '../domain/activity';
import { applyMergeChoices, planMerge, type MergeField, type MergeSide } from '../domain/person-merge';
import type { Result } from '../domain/result';
import type { SidecarDB } from '../db/schema';
import { runUseCase, type Call } from './use-case';

const mergeTables = (db: SidecarDB) => [db.prospects, db.deals, db.activities, db.followUps, db.cadenceRuns];

export interface MergeInput {
  survivorId: string;
  absorbedId: string;
  choices: Partial<Record<MergeField, MergeSide>>;
}

/**
 * Merge `absorbedId` into `survivorId`: emails, sources, activities, deals, follow-ups and cadence
 * runs are united, conflicting fields take the user's choices. The merge is an activity carrying
 * what undo needs.
 */
export function mergePersons(
  db: SidecarDB,
  input: MergeInput,
  call: Call,
): Promise<Result<{ personId: string; mergeActivityId: string }>> {
  return runUseCase(db, 'mergePersons', call, mergeTables(db), async () => {
    if (input.survivorId === input.absorbedId)
      return { ok: false, error: 'invalid-input', detail: 'cannot merge a person with themself' };
    const [a, b] = await Promise.all([db.prospects.get(input.survivorId), db.prospects.get(input.absorbedId)]);
    if (!a || !b) return { ok: false, error: 'not-found' };
    const merged = applyMergeChoices(planMerge(a, b), input.choices, call.now);
    const [activityIds, dealIds, followUpIds, runIds] = await Promise.all([
      db.activities.where('personId').equals(b.id).primaryKeys(),
      db.deals.where('personId').equals(b.id).primaryKeys(),
      db.followUps.where('personId').equals(b.id).primaryKeys(),
      db.cadenceRuns.where('personId').equals(b.id).primaryKeys(),
    ]);
    await db.prospects.delete(b.id); // first: the survivor may take over b's unique linkedinKey
    await db.prospects.put(merged);
    await Promise.all([
      db.activities.where('personId').equals(b.id).modify({ personId: a.id }),
      db.deals.where('personId').equals(b.id).modify({ personId: a.id }),
      db.followUps.where('personId').equals(b.id).modify({ personId: a.id }),
      db.cadenceRuns.where('personId').equals(b.id).modify({ personId: a.id }),
    ]);
    const undo: MergeUndo = {
      survivorBefore: a,
      absorbed: b,
      movedActivityIds: activityIds,
      movedDealIds: dealIds,
      movedFollowUpIds: followUpIds,
      movedCadenceRunIds: runIds,
    };
    const mergeActivityId = crypto.randomUUID();
    await db.activities.add({
      id: mergeActivityId,
      personId: a.id,
      at: call.now,
      createdAt: call.now,
      kind: 'merge',
      absorbedPersonId: b.id,
      undo,
    });
    return { ok: true, value: { personId: a.id, mergeActivityId } };
  });
}

/** Undo a merge: both people as they were, and every record moved back to whom it belonged. */
export function undoMerge(db: SidecarDB, input: { mergeActivityId: string }, call: Call): Promise<Result<object>> {
  return runUseCase(db, 'undoMerge', call, mergeTables(db), async () => {
    const activity = await db.activities.get(input.mergeActivityId);
    if (!activity || activity.kind !== 'merge') return { ok: false, error: 'not-found' };
    const { survivorBefore, absorbed, movedActivityIds, movedDealIds, movedFollowUpIds } = activity.undo;
    const movedRunIds = activity.undo.movedCadenceRunIds ?? [];
    await db.activities.delete(input.mergeActivityId);
    await db.prospects.put(survivorBefore);
    await db.prospects.put(absorbed);
    await Promise.all([
      db.activities.where('id').anyOf(movedActivityIds).modify({ personId: absorbed.id }),
      db.deals.where('id').anyOf(movedDealIds).modify({ personId: absorbed.id }),
      db.followUps.where('id').anyOf(movedFollowUpIds).modify({ personId: absorbed.id }),
      db.cadenceRuns.where('id').anyOf(movedRunIds).modify({ personId: absorbed.id }),
    ]);
    return { ok: true, value: {} };
  });
}
