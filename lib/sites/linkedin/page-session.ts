import { queryOne, type Budget } from '../shared/budget';

// Whether a LinkedIn page was served to a signed-out visitor: public profiles carry a "public_…" page key,
// the guest top-card layout and "Sign in"/"Join now" links. Every other page of a kind we read is a member's.
const SIGNED_OUT = [
  'meta[name="pageKey"][content^="public_"]',
  'section.top-card-layout',
  'a.nav__button-secondary',
  '[data-tracking-control-name^="public_profile"]',
  '[data-tracking-control-name*="guest_"]',
].join(', ');

/** True when the page shows the signed-out (guest) layout. */
export function isSignedOutPage(doc: Document, budget: Budget): boolean {
  return queryOne(doc, SIGNED_OUT, budget) !== null;
}
