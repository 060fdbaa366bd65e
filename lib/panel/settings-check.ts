import { SettingsSchema, type Settings } from '../domain/settings';

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
}

/** The first problem of the settings as they would be after `patch`, or null when they can be saved. */
export function checkSettingsPatch(settings: Settings, patch: Partial<Settings>): SettingsProblem | null {
  const parsed = SettingsSchema.safeParse({ ...settings, ...patch });
  if (parsed.success) return null;
  const [issue] = parsed.error.issues;
  if (!issue) return null;
  const field = issue.path.join('.');
  const messageKey = KNOWN_CODES.has(issue.message) ? `options.error.${issue.message}` : 'options.error.invalid';
  return { field, messageKey };
}

/** Every time zone a user may pick: the browser's IANA list, UTC (Chrome leaves it out), and the current one. */
export function timeZoneChoices(current: string): string[] {
  const all = typeof Intl.supportedValuesOf === 'function' ? Intl.supportedValuesOf('timeZone') : [];
  return [...new Set(['UTC', ...all, current])];
}
