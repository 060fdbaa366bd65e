import type { Detection, SignedInUser } from '../../domain/contact';
import { canonicalOf, identityKeyOf } from './profile-url';
import { queryAll, queryOne, type Budget } from '../shared/budget';
import { addContact, newContact, runLayer } from '../shared/detection';
import { normalizeText, textOrNull } from '../shared/text';
import { isHidden } from '../shared/visibility';
import { readVisibleText } from '../shared/visible-text';
import { cleanPersonName } from './dom-text';
import { isPresenceText } from './presence';

// An open messaging thread: its counterpart(s). The conversation list, sponsored InMail, the
// "Add to your feed" card and message bodies are noise; the signed-in user's own groups too.

const THREAD = '.msg-thread, .msg-convo-wrapper, [data-view-name="message-thread"]';
const TITLE_LINK = '.msg-entity-lockup a[href*="/in/"], a.msg-thread__link-to-profile[href*="/in/"]';
const GROUP = '.msg-s-message-group__meta';
const MAX_PEOPLE = 50;

// The 2025 title link also holds the presence line ("Available on mobile"): read its heading first.
const TITLE_NAME = '.msg-entity-lockup__entity-title, h2, h3';

/** "View Aisha Bello’s profile" / "Open Aisha Bello’s profile" → "Aisha Bello". */
function nameFromViewLabel(label: string | null): string | null {
  const match = /^(?:View|Open)\s+(.+?)[’']s?\s+profile$/i.exec(normalizeText(label));
  return cleanPersonName(match?.[1]);
}

interface Person {
  url: string;
  name: string | null;
}

function readTitleBar(thread: Element, budget: Budget): Person[] {
  const people: Person[] = [];
  for (const link of queryAll(thread, TITLE_LINK, budget, MAX_PEOPLE)) {
    const url = canonicalOf(link.getAttribute('href') ?? '');
    if (!url) continue;
    const heading = queryOne(link, TITLE_NAME, budget);
    const name =
      cleanPersonName(heading ? readVisibleText(heading, budget, { maxChars: 300 }) : null) ??
      nameFromViewLabel(link.getAttribute('title')) ??
      nameFromViewLabel(link.getAttribute('aria-label')) ??
      cleanPersonName(readVisibleText(link, budget, { maxChars: 300 })) ??
      cleanPersonName(queryOne(link, 'img[alt]', budget)?.getAttribute('alt'));
    people.push({ url, name });
  }
  return people;
}

function readGroupSenders(thread: Element, budget: Budget): Person[] {
  const people: Person[] = [];
  for (const meta of queryAll(thread, GROUP, budget, 200)) {
    const link = queryOne(meta, 'a[href*="/in/"]', budget);
    const url = canonicalOf(link?.getAttribute('href') ?? '');
    const nameEl = queryOne(meta, '.msg-s-message-group__name', budget);
    if (url) people.push({ url, name: nameEl ? cleanPersonName(readVisibleText(nameEl, budget)) : null });
  }
  return people;
}

/** Extract the open thread's counterparts into `d`. */
export function extractMessaging(doc: Document, d: Detection, me: SignedInUser | null, budget: Budget): void {
  const thread = queryAll(doc, THREAD, budget, 5).find((t) => !isHidden(t, budget)) ?? null;
  if (!thread) {
    d.degraded = true;
    return;
  }
  const meKey = me?.linkedinUrl ? identityKeyOf(me.linkedinUrl) : null;
  const title = runLayer(d, 'thread title', [], () => readTitleBar(thread, budget));
  const senders = runLayer(d, 'message groups', [], () => readGroupSenders(thread, budget));
  const subtitle = queryOne(thread, '.msg-entity-lockup__entity-subtitle', budget);
  // The lockup subtitle is the counterpart's headline only in a one-to-one thread.
  const oneToOne = new Set(title.map((p) => identityKeyOf(p.url))).size === 1;
  const subtitleText = oneToOne && subtitle ? readVisibleText(subtitle, budget) : null;
  const headline = isPresenceText(subtitleText) ? null : textOrNull(subtitleText, 500);
  const names = new Map(senders.map((p) => [identityKeyOf(p.url), p.name]));
  for (const person of [...title, ...senders]) {
    const key = identityKeyOf(person.url);
    if (key === null || key === meKey) continue;
    const name = person.name ?? names.get(key) ?? null;
    if (name === null || (me?.name && name === me.name && meKey === null)) continue;
    const isTitle = title.some((p) => identityKeyOf(p.url) === key);
    addContact(d, newContact('linkedin', { name, linkedinUrl: person.url, headline: isTitle ? headline : null }));
  }
  if (d.contacts.length === 0) d.degraded = true;
}
