import type { BackupTable, ParsedBackup } from '../portability/backup';
import { computePersonSearchTokens, type Person } from '../domain/person';
import { toFollowUpRow } from './repositories/follow-ups';
import { DEAL_INDEX_FIELDS } from './deal-rows';
import type { FollowUp } from '../domain/follow-up';
import type { SidecarDB } from './schema';
import type { ActivityRow } from './rows';
import { emailDedupeKey } from './repositories/activities';

/** Read every table a backup carries. */
export async function readAllForBackup(
  db: SidecarDB,
): Promise<{ tables: Record<BackupTable, unknown[]>; settings: unknown }> {
  const [prospects, companies, deals, activities, followUps, pipelines, settings] = await Promise.all([
    db.prospects.toArray(),
    db.companies.toArray(),
    db.deals.toArray(),
    db.activities.toArray(),
    db.followUps.toArray(),
    db.pipelines.toArray(),
    db.settings.get('settings'),
  ]);
  const strip = <T extends object>(rows: T[], ...keys: string[]) =>
    rows.map((r) => Object.fromEntries(Object.entries(r).filter(([k]) => !keys.includes(k))));
  return {
    tables: {
      prospects,
      companies,
      deals: strip(deals, ...DEAL_INDEX_FIELDS),
      activities: strip(activities, 'dedupeKey'),
      followUps: strip(followUps, 'openDueAt'),
      pipelines,
    },
    settings: settings?.value ?? null,
  };
}

/**
 * Restore a parsed backup in one transaction: rows are put by id (a restore over existing data
 * updates those records and keeps the rest). A person whose LinkedIn key already belongs to someone
 * else is skipped and counted, never allowed to break the unique index mid-restore.
 */
export async function restoreBackup(
  db: SidecarDB,
  backup: ParsedBackup,
): Promise<{ restored: number; skipped: number }> {
  let restored = 0;
  let skipped = 0;
  await db.transaction(
    'rw',
    [db.prospects, db.companies, db.deals, db.activities, db.followUps, db.pipelines, db.settings],
    async () => {
      for (const p of backup.rows.prospects as Person[]) {
        const clash = p.linkedinKey ? await db.prospects.where('linkedinKey').equals(p.linkedinKey).first() : undefined;
        if (clash && clash.id !== p.id) {
          skipped++;
          continue;
        }
        await db.prospects.put({ ...p, searchTokens: computePersonSearchTokens(p) });
        restored++;
      }
      await db.companies.bulkPut(backup.rows.companies as never[]);
      await db.deals.bulkPut(backup.rows.deals as never[]); // with their index fields (deal-rows.ts)
      // A logged email's dedupeKey is not in the file (it is derived): rebuild it, or "Log email" would
      // log the same message again after a restore. One already logged here under another id is kept.
      for (const a of backup.rows.activities as ActivityRow[]) {
        const dedupeKey =
          a.kind === 'email' && a.account && a.gmailMessageId
            ? emailDedupeKey(a.account, a.gmailMessageId, a.personId)
            : undefined;
        const taken = dedupeKey ? await db.activities.where('dedupeKey').equals(dedupeKey).first() : undefined;
        if (taken && taken.id !== a.id) {
          skipped++;
          restored--;
          continue;
        }
        await db.activities.put(dedupeKey ? { ...a, dedupeKey } : a);
      }
      await db.followUps.bulkPut((backup.rows.followUps as FollowUp[]).map(toFollowUpRow));
      await db.pipelines.bulkPut(backup.rows.pipelines as never[]);
      restored += ['companies', 'deals', 'activities', 'followUps', 'pipelines'].reduce(
        (n, t) => n + backup.rows[t as BackupTable].length,
        0,
      );
      if (backup.settings) await db.settings.put({ id: 'settings', value: backup.settings });
    },
  );
  return { restored, skipped };
}
