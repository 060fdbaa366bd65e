import { z } from 'zod';
import { ActivitySchema } from '../domain/activity';
import { EpochSchema } from '../domain/epoch';
import { CompanySchema } from '../domain/company';
import { DealSchema } from '../domain/deal';
import { FollowUpSchema } from '../domain/follow-up';
import { PersonSchema } from '../domain/person';
import { PipelineSchema } from '../domain/pipeline';
import { SettingsSchema } from '../domain/settings';

/** The tables a backup carries, each with the schema its rows must pass to be restored. */
export const BACKUP_TABLES = {
  prospects: PersonSchema,
  companies: CompanySchema,
  deals: DealSchema,
  activities: ActivitySchema,
  followUps: FollowUpSchema,
  pipelines: PipelineSchema.extend({ position: z.number().int() }),
} as const;
export type BackupTable = keyof typeof BACKUP_TABLES;

export const BackupSchema = z.object({
  format: z.literal('sidecar-backup'),
  version: z.literal(1),
  exportedAt: EpochSchema,
  settings: SettingsSchema.nullable(),
  tables: z.record(z.string(), z.array(z.unknown())),
});
export type Backup = z.infer<typeof BackupSchema>;

/** Serialise a backup (JSON): everything the user has, to keep or move to another machine. */
export function serializeBackup(tables: Record<BackupTable, unknown[]>, settings: unknown, now: number): string {
  return JSON.stringify({ format: 'sidecar-backup', version: 1, exportedAt: now, settings, tables });
}

export interface ParsedBackup {
  rows: Record<BackupTable, unknown[]>;
  settings: z.infer<typeof SettingsSchema> | null;
  rejected: { table: string; index: number; detail: string }[];
}

/**
 * Read a backup file. Each row is validated on its own: a damaged row is reported (table and index)
 * and left out, every valid one is kept. A file that is not a Sidecar backup at all is an error.
 */
export function parseBackup(
  text: string,
): { ok: true; value: ParsedBackup } | { ok: false; error: 'not-a-backup'; detail: string } {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (e) {
    return { ok: false, error: 'not-a-backup', detail: e instanceof Error ? e.message : 'invalid JSON' };
  }
  const outer = BackupSchema.safeParse(json);
  if (!outer.success) return { ok: false, error: 'not-a-backup', detail: outer.error.issues[0]?.message ?? '' };
  const rows = {} as Record<BackupTable, unknown[]>;
  const rejected: ParsedBackup['rejected'] = [];
  for (const [table, schema] of Object.entries(BACKUP_TABLES) as [BackupTable, z.ZodType][]) {
    rows[table] = [];
    (outer.data.tables[table] ?? []).forEach((row, index) => {
      const parsed = schema.safeParse(row);
      if (parsed.success) rows[table].push(parsed.data);
      else rejected.push({ table, index, detail: parsed.error.issues[0]?.message ?? '' });
    });
  }
  return { ok: true, value: { rows, settings: outer.data.settings, rejected } };
}
