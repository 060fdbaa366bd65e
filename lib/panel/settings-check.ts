import { RuleTogglesSchema, SettingsSchema, type Settings } from '../domain/settings';

// Issue 19: "Couldn't save: ✖ day-end-not-after-start → at patch.workingTime.dayEnd" reached the user
// and the field went back to its old value. A change is checked here first, as the worker will check
// it; a problem becomes a catalogue sentence placed next to its field, and what was typed stays.

/** Codes the domain's schemas give their own refinements; each has `options.error.<code>` in the catalogues. */
const KNOWN_CODES = new Set(['day-end-not-after-start', 'invalid-time-zone', 'duplicate-weekday']);

export interface SettingsProblem {
  /** Where it is, as a dotted path ("workingTime.dayEnd"), for the field that shows it. */
  field: string;
  /** The catalogue key of the sentence. */
  messageKey: string;
  /** The sentence's placeholders (a number field's range). */
  params?: Record<string, number>;
}

/** The number fields, with their range read from the schema so that the sentence and the check agree. */
const NUMBER_FIELDS: Record<string, { minValue: number | null; maxValue: number | null }> = {
  stalledDays: SettingsSchema.shape.stalledDays,
  'rules.noReplyDays': RuleTogglesSchema.shape.noReplyDays.unwrap(),
};

/** Sentences that say what a field takes, whatever the schema's own wording of the problem. */
const FIELD_SENTENCES: Record<string, string> = {
  currency: 'options.error.currency',
  'workingTime.dayStart': 'options.error.time-of-day',
  'workingTime.dayEnd': 'options.error.time-of-day',
  'workingTime.workingDays': 'options.error.no-working-day',
};

/** The first problem of the settings as they would be after `patch`, or null when they can be saved. */
export function checkSettingsPatch(settings: Settings, patch: Partial<Settings>): SettingsProblem | null {
  const parsed = SettingsSchema.safeParse({ ...settings, ...patch });
  if (parsed.success) return null;
  const [issue] = parsed.error.issues;
  if (!issue) return null;
  const field = issue.path.join('.');
  if (KNOWN_CODES.has(issue.message)) return { field, messageKey: `options.error.${issue.message}` };
  const range = NUMBER_FIELDS[field];
  if (range) {
    const params = { min: range.minValue ?? 0, max: range.maxValue ?? Number.MAX_SAFE_INTEGER };
    return { field, messageKey: 'options.error.whole-number', params };
  }
  return { field, messageKey: FIELD_SENTENCES[field] ?? 'options.error.invalid' };
}

/** Every time zone a user may pick: the browser's IANA list, UTC (Chrome leaves it out), and the current one. */
export function timeZoneChoices(current: string): string[] {
  const all = typeof Intl.supportedValuesOf === 'function' ? Intl.supportedValuesOf('timeZone') : [];
  return [...new Set(['UTC', ...all, current])];
}
