import type { Detection, SignedInUser } from '../../domain/contact';
import { canonicalOf, identityKeyOf } from './profile-url';
import { queryAll, queryOne, type Budget } from '../shared/budget';
import { addContact, newContact, runLayer, warn } from '../shared/detection';
import { normalizeText, toEmail } from '../shared/text';
import { readVisibleText } from '../shared/visible-text';
import { nameFromTitle, splitHeadline } from './dom-text';
import { readJsonLdPerson } from './json-ld';
import { readFirstExperience } from './profile-experience';
import { hasOwnProfileControls } from './own-profile';
import { findTopCard, readTopCard, type TopCard } from './profile-top-card';

// Profile page: exactly one contact, the person viewed. Signals in layers, most stable first:
// URL → JSON-LD → <title> → top card structure → experience → classes.

/** Canonical profile URL: the page URL, or link[rel=canonical] when the URL is a member id. */
function readProfileUrl(doc: Document, url: URL, budget: Budget): string | null {
  const fromUrl = canonicalOf(url.href);
  if (fromUrl && !/\/in\/ACoAA/.test(fromUrl)) return fromUrl;
  const canonical = queryOne(doc, 'link[rel="canonical"]', budget)?.getAttribute('href') ?? '';
  return canonicalOf(canonical) ?? fromUrl;
}

/** Emails from the open Contact info dialog, only when that dialog is about this profile. */
function readContactEmails(doc: Document, url: URL, key: string | null, name: string | null, budget: Budget): string[] {
  const emails = new Set<string>();
  const onOverlay = /\/overlay\/contact-info/.test(url.pathname);
  for (const dialog of queryAll(doc, '[role="dialog"], .pv-contact-info', budget, 5)) {
    const links = queryAll(dialog, 'a[href*="/in/"]', budget, 5);
    const ownLink = links.some((a) => key !== null && identityKeyOf(a.getAttribute('href') ?? '') === key);
    const heading = queryOne(dialog, 'h1, h2', budget);
    const ownHeading = name !== null && heading !== null && readVisibleText(heading, budget) === name;
    if (!ownLink && !ownHeading && !onOverlay) continue;
    for (const a of queryAll(dialog, 'a[href^="mailto:"]', budget, 20)) {
      const email = toEmail(a.getAttribute('href'));
      if (email) emails.add(email);
    }
  }
  return [...emails];
}

function pickName(
  d: Detection,
  titleName: string | null,
  card: TopCard | null,
  jsonName: string | null,
): string | null {
  const headingName = card?.name ?? null;
  // The top card shows the title's name somewhere (layouts differ in which element): title wins.
  const confirmed = titleName !== null && normalizeText(card?.root.textContent).includes(titleName);
  if (titleName && headingName && titleName !== headingName && !confirmed) {
    // SPA navigation can leave a stale <title>; the rendered top card is the person on screen.
    warn(d, 'profile: <title> name differs from the top card; using the top card');
    return headingName;
  }
  return jsonName ?? titleName ?? headingName;
}

/** Extract the profile's person into `d`. */
export function extractProfile(doc: Document, url: URL, d: Detection, me: SignedInUser | null, budget: Budget): void {
  const linkedinUrl = runLayer(d, 'profile url', null, () => readProfileUrl(doc, url, budget));
  const key = linkedinUrl ? identityKeyOf(linkedinUrl) : null;
  if (key !== null && me?.linkedinUrl && identityKeyOf(me.linkedinUrl) === key) {
    warn(d, 'profile: this is the signed-in user; not a contact');
    return;
  }
  const json = runLayer(d, 'json-ld', null, () => readJsonLdPerson(doc, key, budget));
  const titleName = runLayer(d, 'title', null, () => nameFromTitle(doc.title));
  const cardEl = runLayer(d, 'top card', null, () => findTopCard(doc, budget));
  if (runLayer(d, 'own profile', false, () => hasOwnProfileControls(cardEl, budget))) {
    warn(d, "profile: the top card has the owner's edit controls; the signed-in user, not a contact");
    // The page is the viewer's own: its URL says who they are when the nav did not.
    if (d.signedInUser && d.signedInUser.linkedinUrl === null) d.signedInUser = { ...d.signedInUser, linkedinUrl };
    return;
  }
  const card = cardEl ? runLayer(d, 'top card', null, () => readTopCard(cardEl, budget)) : null;
  const experience = runLayer(d, 'experience', null, () => readFirstExperience(doc, budget));
  const name = pickName(d, titleName, card, json?.name ?? null);
  if (name === null) {
    d.degraded = true;
    warn(d, 'profile: no name found on a profile page');
    return;
  }
  if (me?.name && me.linkedinUrl === null && name === me.name) {
    // Only the viewer's name is known (a nav photo's alt): the same name is the viewer's own page.
    warn(d, "profile: the name is the signed-in user's; not a contact");
    return;
  }
  const headline = card?.headline ?? null;
  const fromHeadline = splitHeadline(headline);
  const currentJob = experience?.current ? experience : null;
  const emails = runLayer(d, 'contact info', [], () => readContactEmails(doc, url, key, name, budget));
  addContact(
    d,
    newContact('linkedin', {
      name,
      linkedinUrl,
      headline,
      title: json?.title ?? currentJob?.title ?? fromHeadline.title ?? experience?.title ?? null,
      company: json?.company ?? currentJob?.company ?? card?.company ?? fromHeadline.company ?? null,
      location: card?.location ?? json?.locality ?? null,
      emails: emails.filter((e) => e !== me?.email),
    }),
  );
}
