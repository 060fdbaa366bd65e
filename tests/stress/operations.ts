import type { Outcome } from './send';

/** One user operation of a stress run: what was sent, and what the sender was told. */
export interface Operation {
  kind: string;
  name: string;
  data: Record<string, unknown>;
  /** Filled once sent: a reply (ok or not), or lost (no answer even after the retry). */
  outcome?: Outcome;
}

export const isAcked = (op: Operation): boolean =>
  op.outcome !== undefined && 'reply' in op.outcome && op.outcome.reply.ok;
export const isLost = (op: Operation): boolean => op.outcome !== undefined && 'lost' in op.outcome;
export const valueOf = <T>(op: Operation): T => (op.outcome as { reply: { value: T } }).reply.value;

const SCRIPTS = ['Łucja Żak', 'Олена Бойко', 'สมชาย ใจดี', 'Çağla Öztürk', 'Тарас Шевчук', 'Zofia Kowalczyk'];

/** A contact typed by hand (captureManual): half with an address, half with only a name. */
export function manualCapture(seed: number, i: number): Operation {
  const name = `${SCRIPTS[i % SCRIPTS.length]} ${seed}-${i}`;
  const contact = {
    key: `manual-${i}`,
    site: 'linkedin',
    name,
    linkedinUrl: null,
    salesNavUrl: null,
    emails: i % 2 ? [`stress.${seed}.${i}@firma${i % 5}.example.pl`] : [],
    headline: null,
    title: null,
    company: null,
    location: null,
    role: null,
    automated: false,
  };
  return {
    kind: 'capture-manual',
    name: 'captureManual',
    // A capture by hand on no page: a source is a LinkedIn or Gmail page, an import, or nothing.
    data: { contact, pageKind: 'other', url: '' },
  };
}

export const ME = 'daniel.okafor@brightloop.io';

/** A Gmail message from the signed-in account to 1–3 people (some already captured, some new). */
export function emailOp(seed: number, i: number, recipients: string[]): Operation {
  const message = {
    gmailMessageId: `stress-${seed}-${i}`,
    threadId: null,
    subject: `Propozycja ${i}`,
    at: Date.UTC(2026, 2, 16, 9) + i * 60_000,
    from: { email: ME, name: 'Daniel Okafor' },
    to: recipients.map((email) => ({ email, name: null })),
    cc: [],
    snippet: 'Dzień dobry',
  };
  return {
    kind: 'log-email',
    name: 'logEmail',
    data: { account: ME, threadUrl: 'https://mail.google.com/mail/u/0/#inbox/abc', messages: [message] },
  };
}

/** A CSV of `n` rows, a third with only a name (nothing to match them by, the retry-duplicate case). */
export function csvRows(seed: number, n: number): string {
  const rows = Array.from({ length: n }, (_, i) =>
    i % 3 === 0 ? `Import ${seed} ${i} Ілля,` : `Import ${seed} ${i} Ayşe,import.${seed}.${i}@example.com.tr`,
  );
  return ['name,email', ...rows].join('\n');
}
