import { sendPageMessage, sendPageWrite } from '../../messaging/page-client';
import type { ContactStatus } from '../../messaging/protocol';
import { createComposePanel, type ComposePanel } from '../gmail/compose-panel';
import {
  COMPOSE_WINDOWS,
  mayHaveComposeWindow,
  readComposeWindows,
  readSendToast,
  type ComposeWindow,
} from '../gmail/compose-state';
import { createFollowUpTracker } from '../gmail/follow-up-tracker';
import { findSendTarget, type SendTarget } from '../gmail/send-target';
import type { Placement } from '../overlay/placement';
import { readOncePerBatch } from '../shared/extract-cache';
import type { Batch, FeatureDefinition, FeatureHost, SiteFeature } from './feature';

interface ComposeEntry {
  draftKey: string;
  panel: ComposePanel;
  window: ComposeWindow;
  emailsAsked: string;
}

// Gmail's own draft id once the draft is saved ("#msg-a:r123…"); it says "undefined" before that.
const draftIdOf = (root: Element): string | null => {
  const value = root.querySelector('input[name="draft"]')?.getAttribute('value') ?? '';
  return /^#?msg-[a-z]:r-?\d+$/.test(value) ? value : null;
};

function anchorOf(root: Element): Element {
  const subject = [...root.querySelectorAll('input[name="subjectbox"]')].find(
    (i) => i.getAttribute('type') !== 'hidden',
  );
  const fields = root.querySelectorAll('.anm');
  return subject?.closest('.aoD') ?? subject ?? fields[fields.length - 1] ?? root;
}

/**
 * "Follow up if no reply" for every open compose window: an overlay by the subject, statuses of
 * recipients already in the pipeline, and composeFollowUp messages as the draft is sent, confirmed or
 * undone. Runs in the loop's batch; its only listeners are a capture-phase click and keydown on the
 * document, bound to its signal.
 */
export const composeFollowUp: FeatureDefinition = { id: 'compose-follow-up', init: createComposeFollowUp };

export function createComposeFollowUp(host: FeatureHost): SiteFeature {
  const entries = new WeakMap<Element, ComposeEntry>();
  let open: ComposeEntry[] = [];
  let account: string | null = null;
  const tracker = createFollowUpTracker((message) => void sendPageWrite('composeFollowUp', message).catch(() => null));

  const entryOf = (w: ComposeWindow): ComposeEntry => {
    let entry = entries.get(w.root);
    if (!entry) {
      entry = {
        draftKey: draftIdOf(w.root) ?? `sidecar-${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 10)}`,
        panel: createComposePanel(host.t),
        window: w,
        emailsAsked: '',
      };
      entries.set(w.root, entry);
    }
    entry.window = w;
    return entry;
  };

  const askStatuses = async (entry: ComposeEntry) => {
    const people = entry.window.recipients;
    const reply = await sendPageMessage('getEmailStatuses', { emails: people.map((p) => p.email).slice(0, 100) }).catch(
      () => null,
    );
    if (host.ctx.isInvalid || !reply?.ok) return;
    const statuses: Record<string, ContactStatus> = reply.value;
    entry.panel.showStatuses(people.map((p) => ({ label: p.name ?? p.email, status: statuses[p.email] })));
  };

  const onSend = (target: SendTarget) => {
    const entry = open.find((e) => e.window.root === target.root || e.window.root.contains(target.root));
    if (!entry || !entry.panel.enabled()) return;
    // Read the window again: a recipient typed since the last batch counts.
    const fresh = readComposeWindows(document).find((w) => w.root === entry.window.root) ?? entry.window;
    const { root, recipients, subject } = fresh;
    if (recipients.length === 0) return;
    tracker.sent(
      {
        draftKey: entry.draftKey,
        account,
        subject,
        days: entry.panel.days(),
        sendAt: target.sendAt ?? Date.now(),
        recipients: recipients.slice(0, 100).map((r) => ({ email: r.email, name: r.name })),
      },
      Date.now(),
      { scheduled: target.sendAt !== null, isOpen: () => root.isConnected, toast: readSendToast(document) },
    );
    host.requestBatch();
  };

  // The schedule dialog lies outside the compose window: it belongs to the window last used.
  let lastUsed: Element | null = null;
  const listen = (event: Event) => {
    if (!event.isTrusted) return;
    const roots = open.map((e) => e.window.root);
    const at = event.composedPath()[0];
    lastUsed = (at instanceof Node ? roots.find((r) => r.contains(at)) : undefined) ?? lastUsed;
    const target = findSendTarget(event, roots, lastUsed ?? roots[roots.length - 1] ?? null);
    if (target) onSend(target);
  };
  document.addEventListener('click', listen, { capture: true, signal: host.signal });
  document.addEventListener('keydown', listen, { capture: true, signal: host.signal });

  return {
    update(doc: Document, { accepted: detection }: Batch) {
      // Its own labelled UI waits for the labels, and for a detection the navigation guard accepted.
      if (!detection || !host.stringsReady()) {
        open = [];
        return;
      }
      const windows = readOncePerBatch(host.cache, COMPOSE_WINDOWS, () => readComposeWindows(doc));
      account = detection.signedInUser?.email ?? account;
      open = windows.map(entryOf);
      for (const entry of open) {
        const emails = entry.window.recipients.map((r) => r.email).join(',');
        if (emails !== entry.emailsAsked) {
          entry.emailsAsked = emails;
          if (emails !== '') void askStatuses(entry);
          else entry.panel.showStatuses([]);
        }
      }
      // The toast matters only while a send waits for it (sent() took the toast shown at the click).
      if (tracker.watching()) tracker.observe(readSendToast(doc), Date.now());
    },
    placements: (): Placement[] =>
      open.map((e) => ({
        anchor: anchorOf(e.window.root),
        key: `compose:${e.draftKey}`,
        size: 'compose',
        // The panel keeps its inputs across batches: drawn once, it updates itself in place.
        part: { signature: 'panel', render: (ui) => [e.panel.bind(ui)] },
      })),
    active: mayHaveComposeWindow,
    refresh() {
      for (const entry of open) entry.emailsAsked = '';
      host.requestBatch();
    },
  };
}
