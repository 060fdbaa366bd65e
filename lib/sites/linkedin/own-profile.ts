import { queryOne, type Budget } from '../shared/budget';

// Controls LinkedIn draws only on the member's own profile: the intro's edit link (a URL, the same in every
// language), the photo editor, and the "Open to" / "Add profile section" buttons. Read inside the top card
// only, where no other person's controls can be.
const OWN_CONTROLS = [
  'a[href*="/edit/intro/"]',
  'a[href*="/edit/forms/intro/"]',
  'a[href*="/edit/forms/next-action/"]',
  '.profile-photo-edit__edit-btn',
  'button.pv-top-card__edit-photo-button',
  '[aria-label^="Edit intro"]',
  'button[aria-label="Open to"]',
  'button[aria-label="Add profile section"]',
].join(', ');

/** True when the top card carries the owner's edit controls: the viewer is looking at themselves. */
export function hasOwnProfileControls(card: Element | null, budget: Budget): boolean {
  return card !== null && queryOne(card, OWN_CONTROLS, budget) !== null;
}
