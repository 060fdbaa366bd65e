import type { Transaction } from 'dexie';
import { computePersonSearchTokens } from '../../domain/person';
import type { PersonRow } from '../rows';

/**
 * v4 → v5: every person's search tokens are recomputed, so they gain the name and company phrase
 * tokens (text-fold.ts `phraseTokensOf`) that let a multi-word query be one index range. The index
 * itself is unchanged; IndexedDB re-indexes the rewritten rows.
 */
export async function upgradeToV5(tx: Transaction): Promise<void> {
  await tx
    .table('prospects')
    .toCollection()
    .modify((row: PersonRow) => {
      row.searchTokens = computePersonSearchTokens(row);
    });
}
