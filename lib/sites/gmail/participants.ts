import type { DetectedContact, Detection, SignedInUser } from '../../domain/contact';
import { addContact, newContact } from '../shared/detection';
import { normalizeText, textOrNull, toEmail } from '../shared/text';

// One entry per address; role priority from > to > cc > bcc > unknown across the thread.

export type Role = 'from' | 'to' | 'cc' | 'bcc';
export interface Person {
  email: string;
  name: string | null;
}
const RANK: Record<Role, number> = { from: 4, to: 3, cc: 2, bcc: 1 };

// Local parts (split on . + _ -) that only machines send from.
const AUTOMATED_TOKENS = new Set([
  'noreply',
  'donotreply',
  'notification',
  'notifications',
  'notify',
  'mailer',
  'daemon',
  'postmaster',
  'bounce',
  'bounces',
  'alert',
  'alerts',
  'invoice',
  'invoices',
  'statements',
  'receipts',
  'billing',
  'newsletter',
  'calendar',
  'automated',
  'system',
]);
// Matched on the local part with separators removed: no-reply, workspace-noreply, do_not_reply.
const AUTOMATED_SQUASHED = /noreply|donotreply|mailerdaemon|calendarnotification/;

/** True for no-reply, notification, mailer-daemon and similar machine senders. */
export function isAutomatedSender(email: string): boolean {
  const local = email.toLowerCase().split('@')[0] ?? '';
  if (AUTOMATED_SQUASHED.test(local.replace(/[+._-]/g, ''))) return true;
  return local.split(/[+._-]/).some((token) => AUTOMATED_TOKENS.has(token));
}

/** A person from Gmail's `email` / `data-hovercard-id` and `name` / `data-name` attributes. */
export function readPersonAttrs(el: Element): Person | null {
  const email = toEmail(el.getAttribute('email') ?? el.getAttribute('data-hovercard-id'));
  if (email === null) return null;
  const raw = normalizeText(el.getAttribute('name') ?? el.getAttribute('data-name'));
  // A bare address has its address as its "name"; "me" is Gmail's label for the user.
  const name = raw === '' || raw.toLowerCase() === email || raw === 'me' ? null : textOrNull(raw);
  return { email, name };
}

/** Collects participants keyed by address, keeping the strongest role and the first full name. */
export class ParticipantSet {
  private readonly byEmail = new Map<string, { person: Person; role: Role | null }>();

  constructor(private readonly me: SignedInUser | null) {}

  /** Record one appearance of a person; the signed-in user is ignored. */
  add(person: Person | null, role: Role | null): void {
    if (!person || (this.me?.email && person.email === this.me.email.toLowerCase())) return;
    const seen = this.byEmail.get(person.email);
    if (!seen) {
      this.byEmail.set(person.email, { person, role });
      return;
    }
    if (seen.person.name === null && person.name !== null) seen.person = { ...seen.person, name: person.name };
    if (role !== null && (seen.role === null || RANK[role] > RANK[seen.role])) seen.role = role;
  }

  get size(): number {
    return this.byEmail.size;
  }

  /** Append every participant to `d` in first-seen order. */
  flushInto(d: Detection): void {
    for (const { person, role } of this.byEmail.values()) {
      const contact: DetectedContact = newContact('gmail', {
        name: person.name,
        emails: [person.email],
        role,
        automated: isAutomatedSender(person.email),
      });
      addContact(d, contact);
    }
  }
}
