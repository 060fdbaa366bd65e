import type { FollowUpKind } from '../domain/follow-up';

const KIND_KEYS: Record<FollowUpKind, string> = {
  email: 'reminderKind_email',
  call: 'reminderKind_call',
  meeting: 'reminderKind_meeting',
  'linkedin-message': 'reminderKind_linkedinMessage',
  task: 'reminderKind_task',
};

/** The catalogue key of a follow-up kind's label (usable by chrome.i18n too). */
export const kindMessageKey = (kind: FollowUpKind): string => KIND_KEYS[kind];

/**
 * Chrome message names allow only [A-Za-z0-9_@], so the dotted noteKeys of generated follow-ups
 * ('cadence.touch.introEmail') are looked up as 'cadence_touch_introEmail' (the generated messages.json
 * holds every dotted key under that name).
 */
export { chromeKeyOf as toChromeMessageKey } from '../i18n/catalogue';
