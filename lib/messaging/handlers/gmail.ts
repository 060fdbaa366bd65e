import type { DetectedContact } from '../../domain/contact';
import { normalizeEmail } from '../../domain/email-address';
import { isNeverLogged, type Settings } from '../../domain/settings';
import { moveIntoWorkingTime } from '../../domain/working-days';
import { DAY_MS } from '../../domain/entity-fields';
import type { SidecarDB } from '../../db/schema';
import { capturePerson, findPersonFor } from '../../db/repositories/persons';
import { logEmail } from '../../db/repositories/activities';
import { addGeneratedFollowUps } from '../../db/repositories/follow-ups';
import { getSettings } from '../../db/repositories/settings';
import { savePendingDraft, takePendingDraft } from '../../tabs/compose-drafts';
import type { EmailMessage, MessageIn } from '../protocol';
import type { Handlers } from './handler';
import { statusOf } from './contacts';

const contactOf = (email: string, name: string | null): DetectedContact => ({
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

/** Everyone on a message but the signed-in account and the Never-log list, by address. */
function participantsOf(m: EmailMessage, me: string, settings: Settings): Map<string, string | null> {
  const out = new Map<string, string | null>();
  for (const p of [m.from, ...m.to, ...m.cc]) {
    const email = normalizeEmail(p.email);
    if (email && email !== me && !isNeverLogged(email, settings) && !out.has(email)) out.set(email, p.name);
  }
  return out;
}

/** Find or capture the person behind an address (a logged email is a deliberate act by the user). */
async function personIdFor(
  db: SidecarDB,
  email: string,
  name: string | null,
  url: string,
  now: number,
): Promise<string> {
  const known = await findPersonFor(db, contactOf(email, name));
  if (known) return known.id;
  return (await capturePerson(db, contactOf(email, name), { pageKind: 'gmail-thread', url }, now, 'inbound')).personId;
}

/** Handlers for Gmail: log an email, compose follow-ups, recipients' statuses. */
export function createGmailHandlers(
  db: SidecarDB,
): Pick<Handlers, 'logEmail' | 'composeFollowUp' | 'getEmailStatuses'> {
  return {
    async logEmail({ account, threadUrl, messages }) {
      const now = Date.now();
      const settings = await getSettings(db);
      const me = normalizeEmail(account) ?? account;
      let logged = 0;
      let alreadyLogged = 0;
      const people = new Set<string>();
      for (const m of messages) {
        const participants = participantsOf(m, me, settings);
        const ids: string[] = [];
        for (const [email, name] of participants)
          ids.push(await personIdFor(db, email, name, threadUrl ?? 'https://mail.google.com/', now));
        ids.forEach((id) => people.add(id));
        const all = [m.from, ...m.to, ...m.cc]
          .map((p) => normalizeEmail(p.email))
          .filter((e): e is string => e !== null);
        const r = await logEmail(
          db,
          ids,
          {
            gmailMessageId: m.gmailMessageId,
            subject: m.subject,
            at: m.at,
            from: m.from.email,
            participants: [...new Set(all)],
            snippet: m.snippet,
          },
          me,
          threadUrl,
          now,
        );
        logged += r.logged;
        alreadyLogged += r.alreadyLogged;
      }
      return { ok: true, value: { logged, alreadyLogged, people: people.size } };
    },
    async composeFollowUp(input, { tabId }) {
      if (tabId === null) return { ok: false, error: 'forbidden' };
      return { ok: true, value: { followUps: await applyComposeFollowUp(db, input, tabId) } };
    },
    async getEmailStatuses({ emails }) {
      const entries = await Promise.all(
        emails.map(async (e) => [e, await statusOf(db, await findPersonFor(db, contactOf(e, null)))] as const),
      );
      return { ok: true, value: Object.fromEntries(entries) };
    },
  };
}

/**
 * "Follow up if no reply": `pending` is remembered in storage.session under the sender's tab
 * (lib/tabs/compose-drafts.ts: it must survive the worker stopping between Send and Gmail's "Message
 * sent"); `confirmed` creates one follow-up per recipient, due `days` later in working time, counted
 * from the (scheduled) send time; `cancelled` (Undo) drops it.
 */
async function applyComposeFollowUp(
  db: SidecarDB,
  input: MessageIn<'composeFollowUp'>,
  tabId: number,
): Promise<number> {
  if (input.state === 'pending') {
    await savePendingDraft(tabId, input);
    return 0;
  }
  const stored = await takePendingDraft(tabId, input.draftKey);
  if (input.state === 'cancelled') return 0;
  const source = { ...(stored ?? input), ...(input.recipients.length ? { recipients: input.recipients } : {}) };
  const now = Date.now();
  const settings = await getSettings(db);
  const me = source.account ? normalizeEmail(source.account) : null;
  const dueAt = moveIntoWorkingTime(source.sendAt + source.days * DAY_MS, settings.workingTime);
  const followUps = [];
  for (const r of source.recipients) {
    const email = normalizeEmail(r.email);
    if (!email || email === me || isNeverLogged(email, settings)) continue;
    const personId = await personIdFor(db, email, r.name, 'https://mail.google.com/', now);
    followUps.push({
      id: crypto.randomUUID(),
      personId,
      dealId: null,
      dueAt,
      kind: 'email' as const,
      note: source.subject ?? '',
      noteKey: 'followUp.rule.noReply',
      done: false,
      doneAt: null,
      cancelReason: null,
      snoozedUntil: null,
      origin: 'rule' as const,
      ruleId: 'no-reply',
      cadenceRunId: null,
      cadenceStep: null,
      notifiedAt: null,
      dedupeKey: `compose:${me ?? ''}:${source.draftKey}:${personId}`,
      createdAt: now,
      updatedAt: now,
    });
  }
  return addGeneratedFollowUps(db, followUps);
}
