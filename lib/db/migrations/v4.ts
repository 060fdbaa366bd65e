import type { Transaction } from 'dexie';
import { toDealRow } from '../deal-rows';
import type { DealRow } from '../rows';

/**
 * v3 → v4: every deal gets Today's index fields (when an open deal was last touched, when its next
 * step is due); closed deals get none. IndexedDB builds the new indexes from the rewritten rows.
 */
export async function upgradeToV4(tx: Transaction): Promise<void> {
  await tx
    .table('deals')
    .toCollection()
    .modify((row: DealRow, ref) => {
      ref.value = toDealRow(row);
    });
}
