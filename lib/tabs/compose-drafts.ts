import { browser } from '#imports';
import { protocol, type MessageIn } from '../messaging/protocol';
import { MAX_AGE_MS, TAB_ENTRY_PREFIXES, writeTabEntries } from './session-space';

/**
 * "Follow up if no reply" between Send and Gmail's "Message sent": the pending draft must survive the
 * worker stopping, so it waits in storage.session. One entry per tab, `compose:<tabId>`, holding that
 * tab's drafts by draftKey: a tab reads and caps only its own drafts (one read, no listing of every
 * key), and another tab's draftKey can never reach them. A tab holds at most MAX_DRAFTS_PER_TAB
 * (oldest dropped first); a draft expires after MAX_AGE_MS.compose, and the entry goes with its tab.
 */
export type ComposeDraft = MessageIn<'composeFollowUp'>;

/** Gmail shows a few compose windows at once; a send waits a minute at most. */
export const MAX_DRAFTS_PER_TAB = 8;

interface ComposeEntry {
  savedAt: number;
  drafts: Record<string, { savedAt: number; draft: unknown }>;
}

export const composeKey = (tabId: number): string => `${TAB_ENTRY_PREFIXES.compose}${tabId}`;

// Read-modify-write of one tab's entry: two messages of one tab must not interleave and lose a draft.
const queues = new Map<number, Promise<unknown>>();
function serialize<T>(tabId: number, job: () => Promise<T>): Promise<T> {
  const run = (queues.get(tabId) ?? Promise.resolve()).then(job);
  const tail = run.catch(() => undefined);
  queues.set(tabId, tail);
  void tail.then(() => queues.get(tabId) === tail && queues.delete(tabId));
  return run;
}

async function readEntry(tabId: number): Promise<ComposeEntry | null> {
  const key = composeKey(tabId);
  const value = (await browser.storage.session.get(key))[key] as Partial<ComposeEntry> | undefined;
  return value && typeof value.drafts === 'object' && value.drafts !== null ? (value as ComposeEntry) : null;
}

/** Remember a tab's pending draft (replacing one with the same draftKey), within the tab's cap. */
export function savePendingDraft(tabId: number, draft: ComposeDraft, now = Date.now()): Promise<void> {
  return serialize(tabId, async () => {
    const drafts = { ...(await readEntry(tabId))?.drafts, [draft.draftKey]: { savedAt: now, draft } };
    const newest = Object.entries(drafts)
      .filter(([, d]) => now - d.savedAt <= MAX_AGE_MS.compose)
      .sort(([, a], [, b]) => b.savedAt - a.savedAt)
      .slice(0, MAX_DRAFTS_PER_TAB);
    await writeTabEntries({ [composeKey(tabId)]: { savedAt: now, drafts: Object.fromEntries(newest) } });
  });
}

/**
 * Take a tab's pending draft out of storage: the draft, or null when there is none, it expired, or it
 * no longer passes the message's schema (written by an older build, or not by us).
 */
export function takePendingDraft(tabId: number, draftKey: string, now = Date.now()): Promise<ComposeDraft | null> {
  return serialize(tabId, async () => {
    const entry = await readEntry(tabId);
    const found = entry?.drafts[draftKey];
    if (!entry || !found) return null;
    const { [draftKey]: _taken, ...rest } = entry.drafts;
    void _taken;
    if (Object.keys(rest).length === 0) await browser.storage.session.remove(composeKey(tabId));
    else await browser.storage.session.set({ [composeKey(tabId)]: { ...entry, drafts: rest } });
    if (now - found.savedAt > MAX_AGE_MS.compose) return null;
    const parsed = protocol.composeFollowUp.in.safeParse(found.draft);
    return parsed.success && parsed.data.draftKey === draftKey ? parsed.data : null;
  });
}

/**
 * A tab's pending draft, left in storage (null when there is none, it expired, or it no longer passes
 * the message's schema): a confirmation reads it, and takes it out only once its follow-ups are saved.
 */
export function peekPendingDraft(tabId: number, draftKey: string, now = Date.now()): Promise<ComposeDraft | null> {
  return serialize(tabId, async () => {
    const found = (await readEntry(tabId))?.drafts[draftKey];
    if (!found || now - found.savedAt > MAX_AGE_MS.compose) return null;
    const parsed = protocol.composeFollowUp.in.safeParse(found.draft);
    return parsed.success && parsed.data.draftKey === draftKey ? parsed.data : null;
  });
}

/** Forget every pending draft of a tab (it closed). */
export function clearPendingDrafts(tabId: number): Promise<void> {
  return serialize(tabId, () => browser.storage.session.remove(composeKey(tabId)));
}
