import type { Detection } from '../../domain/contact';
import type { EmailMessage, MessageIn } from '../../messaging/protocol';
import { parseGmailDate } from './dates';
import type { Person } from './participants';
import type { OpenMessage } from './thread-messages';

// "Log email": the open thread's expanded messages → the `logEmail` payload (lib/messaging/protocol.ts).
// Pure: the click handler reads the page with readOpenMessages and sends what this returns.

export type LogEmailPayload = MessageIn<'logEmail'>;
export type LogEmailBuild =
  { ok: true; payload: LogEmailPayload } | { ok: false; reason: 'no-account' | 'no-messages' };

const address = (p: Person) => ({ email: p.email, name: p.name === null ? null : p.name.slice(0, 300) });

/** Gmail's link to a thread for a given account; works whichever account index the user has. */
export function threadUrlOf(account: string, threadId: string | null): string | null {
  return threadId ? `https://mail.google.com/mail/?authuser=${account}#all/${threadId}` : null;
}

function toEmailMessage(m: OpenMessage, now: number): EmailMessage | null {
  if (!m.legacyMessageId || !m.from) return null;
  // Without the details table Gmail gives To and Cc as one list: it goes in To.
  const split = m.to.length + m.cc.length > 0;
  return {
    gmailMessageId: m.legacyMessageId.slice(0, 200),
    threadId: (m.legacyThreadId ?? m.threadPermId)?.slice(0, 200) ?? null,
    subject: (m.subject ?? '').slice(0, 1000),
    at: parseGmailDate(m.date, now) ?? now,
    from: address(m.from),
    to: (split ? m.to : m.recipientsMerged).slice(0, 100).map(address),
    cc: (split ? m.cc : []).slice(0, 100).map(address),
    snippet: m.snippet.slice(0, 200),
  };
}

/** The `logEmail` payload for the open messages, or why there is none. */
export function buildLogEmail(
  messages: OpenMessage[],
  detection: Pick<Detection, 'signedInUser'>,
  now: number,
): LogEmailBuild {
  const account = detection.signedInUser?.email ?? null;
  if (!account) return { ok: false, reason: 'no-account' };
  const out = messages
    .map((m) => toEmailMessage(m, now))
    .filter((m): m is EmailMessage => m !== null)
    .slice(0, 100);
  const first = messages[0];
  if (out.length === 0 || !first) return { ok: false, reason: 'no-messages' };
  return {
    ok: true,
    payload: { account, threadUrl: threadUrlOf(account, first.legacyThreadId ?? first.threadPermId), messages: out },
  };
}
