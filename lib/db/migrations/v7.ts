import type { Transaction } from 'dexie';
import { capPersonLists } from '../../domain/person';
import type { ActivityRow, PersonRow } from '../rows';

/**
 * v5 → v7: people captured before the limits held (PERSON_LIMITS) are brought within them, so every
 * stored person is one a backup can carry and a restore accepts; so are the two people a merge keeps
 * for its undo. The new tables start empty.
 */
export async function upgradeToV7(tx: Transaction): Promise<void> {
  await tx
    .table('prospects')
    .toCollection()
    .modify((row: PersonRow, ref) => {
      const capped = capPersonLists(row);
      if (capped !== row) ref.value = capped;
    });
  await tx
    .table('activities')
    .filter((a: ActivityRow) => a.kind === 'merge')
    .modify((row: ActivityRow, ref) => {
      if (row.kind !== 'merge') return;
      const survivorBefore = capPersonLists(row.undo.survivorBefore);
      const absorbed = capPersonLists(row.undo.absorbed);
      if (survivorBefore !== row.undo.survivorBefore || absorbed !== row.undo.absorbed)
        ref.value = { ...row, undo: { ...row.undo, survivorBefore, absorbed } };
    });
}
