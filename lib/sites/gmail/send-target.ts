import { normalizeText } from '../shared/text';
import { parseGmailDate } from './dates';

// Which user action sends a compose window, read from a trusted click or keydown (capture phase, so
// Gmail's own handlers have not yet closed the window). Send: the blue button (div.T-I.aoO; its
// tooltip "Send (Ctrl-Enter)" is localised only after "Send" in English) or Ctrl/Cmd+Enter inside
// the window. Schedule send (best effort, English UI): a click on a dated option of the "Schedule send"
// dialog ("Tomorrow morning Nov 26, 8:00 AM") or its "Schedule send" button after "Pick date & time",
// whose date and time inputs are read; the scheduled time becomes sendAt (now when unreadable).

const SEND = 'div[role="button"].T-I.aoO, [role="button"][data-tooltip^="Send"]';
const ITEM = '[role="menuitem"], [role="button"], button';

export interface SendTarget {
  root: Element;
  /** The scheduled time; null for an immediate send. */
  sendAt: number | null;
}

function scheduledTarget(el: Element, roots: Element[], lastRoot: Element | null): SendTarget | null {
  const dialog = el.closest('[role="dialog"]');
  const item = el.closest(ITEM);
  if (!dialog || !item || !lastRoot || roots.some((r) => r.contains(dialog))) return null;
  if (!/schedule/i.test(normalizeText(dialog.getAttribute('aria-label') ?? dialog.textContent))) return null;
  const text = normalizeText(item.textContent);
  const dated = parseGmailDate(text);
  if (dated !== null) return { root: lastRoot, sendAt: dated };
  if (!/^schedule send$/i.test(text)) return null;
  const inputs = [...dialog.querySelectorAll('input')].map((i) => (i as HTMLInputElement).value).join(' ');
  return { root: lastRoot, sendAt: parseGmailDate(inputs) ?? Date.now() };
}

/** The compose window an event sends (and when), or null when it sends nothing. */
export function findSendTarget(event: Event, roots: Element[], lastRoot: Element | null): SendTarget | null {
  const el = event.composedPath()[0];
  if (!(el instanceof Element)) return null;
  const rootOf = (node: Element) => roots.find((r) => r.contains(node)) ?? null;
  if (event.type === 'keydown') {
    const key = event as KeyboardEvent;
    // Our own overlay (in a shadow root inside the window) never sends.
    if (key.key !== 'Enter' || !(key.ctrlKey || key.metaKey) || el.getRootNode() !== el.ownerDocument) return null;
    const root = rootOf(el);
    return root ? { root, sendAt: null } : null;
  }
  if (event.type !== 'click') return null;
  const button = el.closest(SEND);
  const root = button ? rootOf(button) : null;
  if (root) return { root, sendAt: null };
  return scheduledTarget(el, roots, lastRoot);
}
