import { budgetOf, queryAll, queryOne, type Budget, type ExtractOptions } from '../shared/budget';
import { textOrNull } from '../shared/text';
import { isHidden } from '../shared/visibility';
import { readVisibleText } from '../shared/visible-text';
import { readPersonAttrs, type Person } from './participants';
import { matchToast } from './toast-strings';

// Open compose windows and the send toast, so the content script can log a sent email (and
// un-log it when the user clicks Undo).

export type ComposeRole = 'to' | 'cc' | 'bcc';
export interface ComposeRecipient extends Person {
  role: ComposeRole;
}
export interface ComposeWindow {
  /** The compose window's element (dialog, or the inline reply's form): a stable identity per window. */
  root: Element;
  recipients: ComposeRecipient[];
  subject: string | null;
}
export interface SendToast {
  /** A "Message sent" toast is visible. */
  messageSent: boolean;
  /** That toast offers Undo (#link_undo). */
  undoAvailable: boolean;
  /** The "Sending undone" state: the draft was reopened. */
  sendUndone: boolean;
  /** Gmail's id of the sent message when the toast links to it (#link_vsm[param]). */
  sentMessageId: string | null;
  /** Interface language the toast matched, e.g. 'pl'. */
  toastLanguage: string | null;
}
export interface ComposeState extends SendToast {
  windows: ComposeWindow[];
}

// 2023+ chips: .anm[name=to|cc|bcc] [role=option][data-hovercard-id]; older: .vR span.vN[email].
const FIELD = '.anm[name="to"], .anm[name="cc"], .anm[name="bcc"]';
const CHIP = '[role="option"][data-hovercard-id], span.vN[email], [email]';
const ROLES: Record<string, ComposeRole> = { to: 'to', cc: 'cc', bcc: 'bcc' };
const RANK: Record<ComposeRole, number> = { to: 3, cc: 2, bcc: 1 };

function rootOf(field: Element): Element {
  return field.closest('[role="dialog"]') ?? field.closest('.M9') ?? field.closest('form') ?? field;
}

function readSubject(root: Element, budget: Budget): string | null {
  for (const input of queryAll(root, 'input[name="subjectbox"]', budget, 3)) {
    if (input.getAttribute('type') === 'hidden') continue;
    // The live value (what the user typed) is a property, not the attribute.
    const live: unknown = (input as { value?: unknown }).value;
    return textOrNull(typeof live === 'string' ? live : input.getAttribute('value'), 1000);
  }
  return null;
}

function readWindows(doc: Document, budget: Budget): ComposeWindow[] {
  const windows = new Map<Element, Map<string, ComposeRecipient>>();
  for (const field of queryAll(doc, FIELD, budget, 60)) {
    const role = ROLES[field.getAttribute('name') ?? ''];
    const root = rootOf(field);
    if (!role || isHidden(field, budget)) continue;
    const seen = windows.get(root) ?? new Map<string, ComposeRecipient>();
    windows.set(root, seen);
    for (const chip of queryAll(field, CHIP, budget, 100)) {
      const person = readPersonAttrs(chip);
      const before = person ? seen.get(person.email) : undefined;
      if (person && (!before || RANK[role] > RANK[before.role])) seen.set(person.email, { ...person, role });
    }
  }
  return [...windows].map(([root, seen]) => ({
    root,
    recipients: [...seen.values()],
    subject: readSubject(root, budget),
  }));
}

const NO_TOAST: SendToast = {
  messageSent: false,
  undoAvailable: false,
  sendUndone: false,
  sentMessageId: null,
  toastLanguage: null,
};

function readToast(doc: Document, budget: Budget): SendToast {
  const state: SendToast = { ...NO_TOAST };
  for (const toast of queryAll(doc, 'div.vh, [role="alert"]', budget, 10)) {
    if (isHidden(toast, budget)) continue;
    const text = readVisibleText(toast, budget, { maxChars: 400 });
    const sent = matchToast(text, (s) => s.sent);
    const undone = matchToast(text, (s) => s.undone);
    if (undone) {
      state.sendUndone = true;
      state.toastLanguage = undone;
    } else if (sent) {
      state.messageSent = true;
      state.toastLanguage = sent;
      state.undoAvailable = queryOne(toast, '#link_undo', budget) !== null || matchToast(text, (s) => s.undo) !== null;
      state.sentMessageId = textOrNull(queryOne(toast, '#link_vsm[param]', budget)?.getAttribute('param'));
    }
  }
  return state;
}

/**
 * readOncePerBatch's name for the open compose windows: the extractor and the follow-up feature
 * share one reading per batch.
 */
export const COMPOSE_WINDOWS = 'gmail.composeWindows';

/**
 * Whether a compose window may be open: one query, no reading (a hidden window counts). For a
 * cheap "anything to do?" before a whole batch.
 */
export function mayHaveComposeWindow(doc: Document): boolean {
  try {
    return doc.querySelector(FIELD) !== null;
  } catch {
    return true;
  }
}

/** Open compose windows with their recipients. Never throws. */
export function readComposeWindows(doc: Document, opts?: ExtractOptions): ComposeWindow[] {
  try {
    return readWindows(doc, budgetOf(opts));
  } catch {
    return [];
  }
}

/**
 * The send / undo toast. Never throws. Only the follow-up tracker needs it, and only while a send
 * is waiting for it: Gmail's toasts sit among the whole page's alerts, so this is the costliest
 * part of reading compose state on a busy inbox.
 */
export function readSendToast(doc: Document, opts?: ExtractOptions): SendToast {
  try {
    return readToast(doc, budgetOf(opts));
  } catch {
    return { ...NO_TOAST };
  }
}

/** Open compose windows with their recipients, and the send / undo toast state. Never throws. */
export function readComposeState(doc: Document, opts?: ExtractOptions): ComposeState {
  const budget = budgetOf(opts);
  return { windows: readComposeWindows(doc, { budget }), ...readSendToast(doc, { budget }) };
}
