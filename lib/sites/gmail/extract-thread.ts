import type { Detection, SignedInUser } from '../../domain/contact';
import { queryAll, type Budget } from '../shared/budget';
import { runLayer, warn } from '../shared/detection';
import { normalizeText } from '../shared/text';
import { isExpandedMessage, readRecipients, readSender } from './message-header';
import { findMainView } from './main-view';
import { ParticipantSet } from './participants';
import { listMessages } from './thread-messages';

// Conversation view: every participant once. Collapsed messages give only their sender;
// expanded ones their recipients too. Bodies, quotes and signatures are never read.

// "3 older messages" bar (div[role=listitem].kQ, count in span.adx in current markup).
const OLDER_BAR = 'span.adx, .kQ';

function readHiddenCount(main: Element, budget: Budget): number {
  for (const el of queryAll(main, OLDER_BAR, budget, 5)) {
    const match = /\d[\d\s.,\u00A0]*/.exec(normalizeText(el.textContent));
    const count = match ? Number.parseInt(match[0].replace(/\D/g, ''), 10) : NaN;
    if (Number.isFinite(count) && count > 0) return Math.min(count, 10_000);
  }
  return 0;
}

/** Extract the open conversation's participants into `d`. */
export function extractThread(doc: Document, d: Detection, me: SignedInUser | null, budget: Budget): void {
  const main = findMainView(doc, budget);
  if (!main) {
    d.degraded = true;
    warn(d, 'thread: no visible main view');
    return;
  }
  const people = new ParticipantSet(me);
  const messages = runLayer(d, 'messages', [], () => listMessages(main, budget));
  let senders = 0;
  for (const message of messages) {
    runLayer(d, 'message header', undefined, () => {
      const sender = readSender(message, budget);
      if (sender) senders += 1;
      people.add(sender, 'from');
      if (!isExpandedMessage(message)) return;
      const recipients = readRecipients(message, budget);
      for (const p of recipients.to) people.add(p, 'to');
      for (const p of recipients.cc) people.add(p, 'cc');
      for (const p of recipients.bcc) people.add(p, 'bcc');
      // To or Cc, unknown which: listed with no role rather than a guessed one.
      for (const p of recipients.merged) people.add(p, null);
    });
  }
  d.hiddenMessages = runLayer(d, 'older messages', 0, () => readHiddenCount(main, budget));
  people.flushInto(d);
  // A thread between the user and themself has no contact but is not a failure.
  if (senders === 0) {
    d.degraded = true;
    warn(d, 'thread: an open conversation with no readable sender');
  }
}
