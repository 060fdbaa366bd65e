/**
 * The strings the page overlays (lib/sites) show, handed to content scripts by the worker: a content
 * script's first browser.i18n.getMessage is a synchronous round trip to the browser process on the
 * page's main thread (1–2 ms per page load, more on a busy machine); the worker's costs the page nothing.
 */

/** Catalogue keys the overlays use, besides stage names (tests/unit/i18n/overlay-strings.test.ts keeps this complete). */
export const OVERLAY_KEYS = [
  'addToPipeline',
  'neverLogChip',
  'notTrackedChip',
  'adding',
  'loading',
  'captureFailed',
  'inPipelineAs',
  'nextFollowUp',
  'nextFollowUpShort',
  'lifecycle_prospect',
  'lifecycle_lead',
  'lifecycle_mql',
  'lifecycle_sql',
  'lifecycle_customer',
  'followUpButton',
  'scheduling',
  'scheduleFollowUp',
  'followUpFailed',
  'followUpScheduleCustom',
  'followUpPreset_tomorrowMorning',
  'followUpPreset_in3Days',
  'followUpPreset_nextWeek',
  'followUpPreset_custom',
  'logEmail',
  'loggingEmail',
  'emailLogged',
  'logEmailFailed',
  'logEmailNoAccount',
  'nothingToLog',
  'logEmailAsk',
  'logEmailAdd',
  'logEmailKnownOnly',
  'logEmailRemember',
  'followUpIfNoReply',
  'followUpDays',
  'daysUnit',
] as const;

const FIRST_SLOT = 0xe000;
/**
 * Private-use stand-ins for chrome.i18n's $1…$9: the worker asks for each message with these as the
 * substitutions, so the template keeps where each value goes without re-implementing placeholders.
 */
export const SLOT_MARKS: readonly string[] = Array.from({ length: 9 }, (_, i) => String.fromCharCode(FIRST_SLOT + i));

/** Put `values` into a template's slot marks, in order (a missing value leaves nothing). */
export function fillSlots(template: string, values: readonly string[]): string {
  return template.replace(/[\uE000-\uE008]/g, (mark) => values[mark.charCodeAt(0) - FIRST_SLOT] ?? '');
}
