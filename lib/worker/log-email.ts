import type { DetectedContact } from '../domain/contact';
import { truncateSnippet } from '../domain/activity';
import { normalizeEmail } from '../domain/email-address';
import { isNeverLogged, type Settings } from '../domain/settings';
import type { Result } from '../domain/result';
import type { SidecarDB } from '../db/schema';
import { emailDedupeKey } from '../db/repositories/activities';
import { findPersonFor } from '../db/repositories/persons';
import { getSettings } from '../db/repositories/settings';
import type { EmailMessage } from '../messaging/protocol-shared';
import { applyActivityRules, ruleTables, touchDeals } from './activity-rules';
import type { CaptureDealTexts } from '../domain/capture-deal';
import { capturePersonIn, captureTables } from './capture';
import { placeCapturedPerson, placeTables } from './capture-deal';
import { countUnknown, unknownChoiceOf, type UnknownChoice } from './log-email-unknown';
import { suppressedAddresses } from './suppression';
import { readBefore, runUseCase, type Call } from './use-case';

/** A Gmail address as a contact (a logged email or a compose recipient is a deliberate act by the user). */
export const contactOfAddress = (email: string, name: string | null): DetectedContact => ({
  key: `mailto:${email}`,
  site: 'gmail',
  name,
  linkedinUrl: null,
  salesNavUrl: null,
  emails: [email],
  headline: null,
  title: null,
  company: null,
  location: null,
  role: null,
  automated: false,
});

/** The person behind an address, captured when unknown (inside the caller's transaction). */
export async function personIdForAddress(
  db: SidecarDB,
  email: string,
  name: string | null,
  url: string,
  now: number,
): Promise<string> {
  const known = await findPersonFor(db, contactOfAddress(email, name));
  if (known) return known.id;
  const r = await capturePersonIn(db, contactOfAddress(email, name), { pageKind: 'gmail-thread', url }, now, 'inbound');
  if (!r.ok) throw new Error(r.detail ?? r.error); // unreachable: an address is always there
  return r.value.personId;
}

/** Everyone on a message but the signed-in account, the Never-log list and forgotten people, by address. */
function participantsOf(
  m: EmailMessage,
  me: string,
  settings: Settings,
  forgotten: ReadonlySet<string>,
): Map<string, string | null> {
  const out = new Map<string, string | null>();
  for (const p of [m.from, ...m.to, ...m.cc]) {
    const email = normalizeEmail(p.email);
    if (email && email !== me && !isNeverLogged(email, settings) && !forgotten.has(email) && !out.has(email))
      out.set(email, p.name);
  }
  return out;
}

export interface LogEmailInput {
  account: string;
  threadUrl: string | null;
  messages: readonly EmailMessage[];
  /** Participants not in the pipeline: see protocol-page.ts `logEmail`. Absent: add them. */
  unknown?: UnknownChoice | undefined;
  /** The user ticked "Remember my choice": an 'add' or 'skip' answer becomes the setting. */
  remember?: boolean | undefined;
  /** The texts of the deal someone added here gets (capture lands on the board); absent: no deal. */
  place?: CaptureDealTexts | undefined;
}

type Logged = { logged: number; alreadyLogged: number; people: number; asking?: number };

/**
 * "Log email": every open message of the thread goes once on each participant's timeline (unknown
 * participants are captured), all in one transaction: a stopped worker leaves the whole click or
 * nothing. Once per (signed-in account, Gmail message, person) under the unique dedupeKey, so a second
 * click or tab logs nothing new. The follow-up rules run in the same transaction: a sent email proposes
 * a no-reply follow-up per recipient; a received one, from its sender, cancels those and stops cadences.
 */
export async function logEmails(db: SidecarDB, input: LogEmailInput, call: Call): Promise<Result<Logged>> {
  const tables = [...captureTables(db), ...ruleTables(db), ...placeTables(db)];
  // Forgotten people are neither captured nor named on anyone's timeline (hashing is before the transaction).
  const addresses = input.messages.flatMap((m) => [m.from, ...m.to, ...m.cc].map((p) => p.email));
  const suppressed = await readBefore(() => suppressedAddresses(db, addresses));
  if (!suppressed.ok) return suppressed;
  const forgotten = suppressed.value;
  return runUseCase<Logged>(db, 'logEmail', call, tables, async () => {
    const settings = await getSettings(db);
    const me = normalizeEmail(input.account) ?? input.account;
    const choice = await unknownChoiceOf(db, settings, input.unknown, input.remember === true);
    const url = input.threadUrl ?? 'https://mail.google.com/';
    if (choice === 'ask') {
      const participants = input.messages.flatMap((m) => [...participantsOf(m, me, settings, forgotten)]);
      const isKnown = async (email: string, name: string | null) =>
        (await findPersonFor(db, contactOfAddress(email, name))) !== undefined;
      const unknown = await countUnknown(participants, isKnown);
      if (unknown > 0) return { ok: true, value: { logged: 0, alreadyLogged: 0, people: 0, asking: unknown } };
    }
    const people = new Set<string>();
    let logged = 0;
    let alreadyLogged = 0;
    for (const m of input.messages) {
      const ids: string[] = [];
      for (const [email, name] of participantsOf(m, me, settings, forgotten)) {
        const known = await findPersonFor(db, contactOfAddress(email, name));
        if (known) ids.push(known.id);
        else if (choice !== 'skip') ids.push(await addAddress(db, email, name, url, call.now, input.place));
      }
      ids.forEach((id) => people.add(id));
      const r = await logOneEmail(db, ids, m, { me, forgotten }, input.threadUrl, call.now);
      logged += r.logged;
      alreadyLogged += r.alreadyLogged;
    }
    return { ok: true, value: { logged, alreadyLogged, people: people.size } };
  });
}

/** Someone new from a thread: captured, and on the board when the deal's texts were given. */
async function addAddress(
  db: SidecarDB,
  email: string,
  name: string | null,
  url: string,
  now: number,
  place: CaptureDealTexts | undefined,
): Promise<string> {
  const personId = await personIdForAddress(db, email, name, url, now);
  if (place) await placeCapturedPerson(db, personId, now, place);
  return personId;
}

/** One message on each given person's timeline, once (inside the caller's transaction). */
async function logOneEmail(
  db: SidecarDB,
  personIds: readonly string[],
  m: EmailMessage,
  { me, forgotten }: { me: string; forgotten: ReadonlySet<string> },
  threadUrl: string | null,
  now: number,
): Promise<{ logged: number; alreadyLogged: number }> {
  const sender = normalizeEmail(m.from.email);
  const direction = sender === me ? ('sent' as const) : ('received' as const);
  const participants = [...new Set([m.from, ...m.to, ...m.cc].map((p) => normalizeEmail(p.email)))].filter(
    (e): e is string => e !== null && !forgotten.has(e),
  );
  let logged = 0;
  let alreadyLogged = 0;
  for (const personId of personIds) {
    const dedupeKey = emailDedupeKey(me, m.gmailMessageId, personId);
    if (await db.activities.where('dedupeKey').equals(dedupeKey).count()) {
      alreadyLogged++;
      continue;
    }
    await db.activities.add({
      id: crypto.randomUUID(),
      personId,
      at: m.at,
      createdAt: now,
      kind: 'email',
      subject: m.subject.slice(0, 1000),
      direction,
      participants: participants.slice(0, 100),
      threadUrl,
      snippet: truncateSnippet(m.snippet),
      gmailMessageId: m.gmailMessageId,
      account: me,
      dedupeKey,
    });
    await touchDeals(db, personId, m.at);
    // A received message is a reply only from its sender; the people cc'd on it did not write.
    const isSender =
      direction === 'sent' || (sender !== null && (await db.prospects.get(personId))?.emails.includes(sender) === true);
    if (isSender) await applyActivityRules(db, { kind: 'email', direction, at: m.at, personId }, now);
    logged++;
  }
  return { logged, alreadyLogged };
}
