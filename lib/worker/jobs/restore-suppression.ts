import { suppressionKeysOf, type SuppressionKey } from '../../domain/suppression';
import type { SidecarDB } from '../../db/schema';
import type { SuppressionSaltRow } from '../../db/rows';
import { listSalts } from '../../db/repositories/suppressions';
import { hashesOf } from '../suppression';

type Row = Record<string, unknown>;

/**
 * What a restore needs to leave forgotten people out, gathered as the backup is read: each person's
 * identity keys, and the backup's own salts and entries. Someone is left out when they are on this
 * machine's list or the backup's (the restore keeps both: MERGED_ON_RESTORE).
 */
export class RestoreSuppression {
  private readonly people: { id: string; keys: SuppressionKey[] }[] = [];
  private readonly salts: SuppressionSaltRow[] = [];
  private readonly listed = new Set<string>();

  /** Note a checked row of the backup. */
  see(table: string, row: Row): void {
    if (table === 'prospects') {
      const person = row as { id: string; emails: string[]; linkedinUrl: string | null };
      this.people.push({ id: person.id, keys: suppressionKeysOf(person) });
    } else if (table === 'suppressionSalts') this.salts.push(row as unknown as SuppressionSaltRow);
    else if (table === 'suppressions') this.listed.add(String(row.id));
  }

  /** The people of the backup on either list (hashing with every salt; nothing to hash when both are empty). */
  async forgotten(db: SidecarDB): Promise<string[]> {
    const here = await db.suppressions.toCollection().primaryKeys();
    const listed = new Set([...this.listed, ...here]);
    if (listed.size === 0) return [];
    const own = await listSalts(db);
    const salts = [...own, ...this.salts.filter((s) => !own.some((o) => o.id === s.id))];
    const out: string[] = [];
    for (const p of this.people) if ((await hashesOf(salts, p.keys)).some((h) => listed.has(h))) out.push(p.id);
    return out;
  }
}
