import { z } from 'zod';
import { emailDomain, emailLocalPart, normalizeEmail } from './email-address';
import { matchesGlob } from './glob';
import { EpochSchema } from './epoch';
import { CurrencyCodeSchema, MinorUnitsSchema } from './money';
import { DEFAULT_WORKING_TIME, WorkingTimeSchema } from './working-time';
import { ListPrefsSchema } from './people-list-query';
import { EmailTemplateSchema } from './email-template';

export const LANGUAGES = ['en', 'pl', 'uk', 'ru', 'tr', 'th'] as const;
export const LanguageSettingSchema = z.enum(['auto', ...LANGUAGES]);
export type LanguageSetting = z.infer<typeof LanguageSettingSchema>;

/**
 * Addresses and domains never logged to a timeline. An address entry is either exact
 * ("ceo@example.com") or a local-part pattern with `*` ("noreply*@*", "*-notifications@*").
 */
export const NeverLogSchema = z.object({
  addresses: z.array(z.string().trim().min(1).max(320)).max(500),
  domains: z.array(z.string().trim().min(1).max(253)).max(500),
});
export type NeverLog = z.infer<typeof NeverLogSchema>;

export const RuleTogglesSchema = z.object({
  /** Propose a follow-up the next working day after a logged meeting or demo. */
  afterMeeting: z.boolean(),
  /** Propose a follow-up when a sent email gets no reply in this many days; null = off. */
  noReplyDays: z.number().int().min(1).max(90).nullable(),
  /** Nudge about deals with no activity for `stalledDays`. */
  stalledNudge: z.boolean(),
});
export type RuleToggles = z.infer<typeof RuleTogglesSchema>;

export const BackupScheduleSchema = z.object({
  everyDays: z.number().int().min(0).max(365),
  lastAt: EpochSchema.nullable(),
});
export type BackupSchedule = z.infer<typeof BackupScheduleSchema>;
export const DEFAULT_BACKUP: BackupSchedule = { everyDays: 7, lastAt: null };

export const SettingsSchema = z.object({
  /** DOMAIN.md: deals with no activity for 14 days are flagged as stalled. */
  stalledDays: z.number().int().min(1).max(365),
  workingTime: WorkingTimeSchema,
  /** Currency of the quota and of new deals. */
  currency: CurrencyCodeSchema,
  language: LanguageSettingSchema,
  /** Monthly quota in minor units of `currency`; 0 = no quota. */
  monthlyQuota: MinorUnitsSchema,
  neverLog: NeverLogSchema,
  rules: RuleTogglesSchema,
  /**
   * Whether Sidecar draws anything in each site's pages. Off, the page's DOM stays exactly as the site
   * sent it (LinkedIn's terms forbid overlays, and it probes for extensions): detection still reads
   * the page, and capture and follow-ups happen in the side panel. Absent (settings saved before it
   * existed) means on.
   */
  drawIn: z.object({ linkedin: z.boolean(), gmail: z.boolean() }).optional(),
  /**
   * What "Add to pipeline" does (lib/domain/capture-deal.ts): with `deals` (the default) it opens a
   * deal in the capture stage of `pipelineId` (null: the first pipeline); without, it keeps contacts
   * only. Absent means the defaults.
   */
  capture: z.object({ deals: z.boolean(), pipelineId: z.string().min(1).max(100).nullable() }).optional(),
  /**
   * What "Log email" does with participants not yet in the pipeline (issue 19): ask, add them, or log
   * only on people already captured. Absent: ask. The answer to the question is remembered here.
   */
  logEmailUnknown: z.enum(['ask', 'add', 'skip']).optional(),
  /** The list view's columns, sort and saved filters (lib/domain/people-list-query.ts); absent: the defaults. */
  list: ListPrefsSchema.optional(),
  /** The user's own email templates (lib/domain/email-template.ts; the built-in ones are not stored). */
  templates: z.array(EmailTemplateSchema).max(50).optional(),
  /** What {my_name} becomes in a template. */
  myName: z.string().trim().max(100).nullable().optional(),
  /** Backup reminders: every so many days (0: off) and when a backup was last downloaded. Absent: weekly, never. */
  backup: BackupScheduleSchema.optional(),
  /** Months without activity after which the options page offers to delete a person (GDPR Art. 5(1)(e)); absent or 0: off. */
  retentionMonths: z.number().int().min(0).max(120).optional(),
});
export type Settings = z.infer<typeof SettingsSchema>;

/** Whether overlays are drawn in this site's pages. */
export function drawsIn(settings: Pick<Settings, 'drawIn'>, site: 'linkedin' | 'gmail'): boolean {
  return settings.drawIn?.[site] ?? true;
}

// Automated senders: mail from them is never a conversation with a prospect.
const DEFAULT_NEVER_LOG_ADDRESSES = [
  'noreply*@*',
  'no-reply*@*',
  'no_reply*@*',
  'donotreply*@*',
  'do-not-reply*@*',
  'notifications@*',
  'notification@*',
  '*-notifications@*',
  'mailer-daemon@*',
  'postmaster@*',
  'bounce*@*',
];

export const DEFAULT_SETTINGS: Settings = {
  stalledDays: 14,
  workingTime: DEFAULT_WORKING_TIME,
  currency: 'EUR',
  language: 'auto',
  monthlyQuota: 0,
  neverLog: { addresses: DEFAULT_NEVER_LOG_ADDRESSES, domains: [] },
  rules: { afterMeeting: true, noReplyDays: 3, stalledNudge: true },
};

/** Check whether an address must never be logged: exact or pattern address, or its domain (or a parent). */
export function isNeverLogged(email: string, settings: Pick<Settings, 'neverLog'>): boolean {
  const address = normalizeEmail(email);
  if (address === null) return true; // Not an address: nothing sensible to log it against.
  const local = emailLocalPart(address);
  const domain = emailDomain(address);
  for (const raw of settings.neverLog.addresses) {
    const entry = raw.trim().toLowerCase();
    const at = entry.lastIndexOf('@');
    // An entry without "@" is a local-part pattern for any domain ("noreply*").
    const [localPattern, domainPattern] = at === -1 ? [entry, '*'] : [entry.slice(0, at), entry.slice(at + 1)];
    if (matchesGlob(localPattern, local) && matchesGlob(domainPattern, domain)) return true;
  }
  return settings.neverLog.domains.some((raw) => {
    const d = raw.trim().toLowerCase().replace(/^@/, '');
    return domain === d || domain.endsWith(`.${d}`);
  });
}

/** Whether a backup reminder is due: reminders on, and none downloaded within the period (or ever). */
export function isBackupDue(settings: Pick<Settings, 'backup'>, now: number): boolean {
  const { everyDays, lastAt } = settings.backup ?? DEFAULT_BACKUP;
  return everyDays > 0 && (lastAt === null || now - lastAt >= everyDays * 86_400_000);
}

/** The instant before which a person with no activity is past the retention period, or null when it is off. */
export function retentionCutoff(settings: Pick<Settings, 'retentionMonths'>, now: number): number | null {
  const months = settings.retentionMonths ?? 0;
  if (months === 0) return null;
  const d = new Date(now);
  return Date.UTC(d.getUTCFullYear(), d.getUTCMonth() - months, d.getUTCDate(), d.getUTCHours(), d.getUTCMinutes());
}
