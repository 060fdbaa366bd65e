import { budgetOf, queryAll, queryOne, type Budget, type ExtractOptions, outermostOnly } from '../shared/budget';
import { textOrNull } from '../shared/text';
import { readVisibleText } from '../shared/visible-text';
import { isExpandedMessage, readRecipients, readSender } from './message-header';
import { findMainView } from './main-view';
import type { Person } from './participants';

// What "Log email" needs from an open conversation: the expanded messages, their ids and headers,
// and a short snippet (quotes and signatures left out).

const MESSAGE = '[data-legacy-message-id], .adn[data-message-id], .adf[data-message-id]';
const SNIPPET_MAX = 200;
const NOT_BODY = '.gmail_quote, .gmail_signature, .adL, blockquote, .yj6qo';

export interface OpenMessage {
  legacyMessageId: string | null;
  messageId: string | null;
  legacyThreadId: string | null;
  threadPermId: string | null;
  subject: string | null;
  /** The full date Gmail shows on hover (span.g3[title]), as text. */
  date: string | null;
  from: Person | null;
  to: Person[];
  cc: Person[];
  bcc: Person[];
  /** To+Cc from the one-line summary when the details table was not opened. */
  recipientsMerged: Person[];
  snippet: string;
}

/** Message elements in the main view, outermost only, in page order. */
export function listMessages(main: Element, budget: Budget): Element[] {
  return outermostOnly(queryAll(main, MESSAGE, budget, 500));
}

function readSnippet(message: Element, budget: Budget): string {
  const body = queryOne(message, 'div.a3s', budget);
  if (!body) return '';
  const text = readVisibleText(body, budget, { maxChars: SNIPPET_MAX * 2, skip: (el) => el.matches(NOT_BODY) });
  return text.slice(0, SNIPPET_MAX).trim();
}

function readMessage(
  el: Element,
  thread: Pick<OpenMessage, 'legacyThreadId' | 'threadPermId' | 'subject'>,
  budget: Budget,
): OpenMessage {
  const recipients = readRecipients(el, budget);
  const date = queryOne(el, 'span.g3[title]', budget);
  return {
    ...thread,
    legacyMessageId: el.getAttribute('data-legacy-message-id'),
    messageId: el.getAttribute('data-message-id'),
    date: textOrNull(date?.getAttribute('title')),
    from: readSender(el, budget),
    to: recipients.to,
    cc: recipients.cc,
    bcc: recipients.bcc,
    recipientsMerged: recipients.merged,
    snippet: readSnippet(el, budget),
  };
}

/** The expanded messages of the open conversation (empty when no thread is shown). Never throws. */
export function readOpenMessages(doc: Document, opts?: ExtractOptions): OpenMessage[] {
  const budget = budgetOf(opts);
  try {
    const main = findMainView(doc, budget);
    if (!main) return [];
    const subjectEl = queryOne(main, 'h2.hP', budget);
    const thread = {
      legacyThreadId: subjectEl?.getAttribute('data-legacy-thread-id') ?? null,
      threadPermId: subjectEl?.getAttribute('data-thread-perm-id') ?? null,
      subject: subjectEl ? textOrNull(readVisibleText(subjectEl, budget), 1000) : null,
    };
    return listMessages(main, budget)
      .filter(isExpandedMessage)
      .map((el) => readMessage(el, thread, budget));
  } catch {
    return [];
  }
}
