import type { Detection } from '../../domain/contact';
import { linkedinIdentityKey } from '../../domain/linkedin-url';
import type { SidecarDB } from '../../db/schema';
import { captureContact, findProspect, toEmailKey } from '../../db/repositories/prospects';
import type { ProspectRow } from '../../db/rows';
import { loadDetection, saveDetection } from '../../tabs/detections-store';
import type { ContactStatus } from '../protocol';
import type { Handlers } from '../register';

/** What an overlay may show about a prospect: its status, nothing more (the page can read it). */
export function statusOf(row: ProspectRow | undefined): ContactStatus {
  if (!row) return { known: false };
  return { known: true, personId: row.id, lifecycle: row.lifecycle, stage: null, nextFollowUpAt: null };
}

async function statusesOf(db: SidecarDB, detection: Detection, keys?: readonly string[]) {
  const wanted = keys ? detection.contacts.filter((c) => keys.includes(c.key)) : detection.contacts;
  const entries = await Promise.all(wanted.map(async (c) => {
    const key = c.linkedinUrl ? linkedinIdentityKey(c.linkedinUrl) ?? undefined : undefined;
    return [c.key, statusOf(await findProspect(db, key, c.emails.map(toEmailKey)))] as const;
  }));
  return Object.fromEntries(entries);
}

async function captureOnTab(db: SidecarDB, tabId: number, key: string) {
  const detection = await loadDetection(tabId);
  const contact = detection?.contacts.find((c) => c.key === key);
  if (!detection || !contact) return { ok: false as const, error: 'not-found' as const, detail: 'contact not detected on this tab' };
  const { personId } = await captureContact(db, contact, { pageKind: detection.pageKind, url: detection.url }, Date.now());
  const status = statusOf(await db.prospects.get(personId));
  return { ok: true as const, value: { personId, status } };
}

/** Handlers for detection reports, statuses and capture. */
export function createContactHandlers(db: SidecarDB): Pick<Handlers,
  'reportDetection' | 'getContactStatuses' | 'captureContact' | 'captureFromTab'> {
  return {
    async reportDetection(detection, { tabId }) {
      if (tabId === null) return { ok: false, error: 'forbidden' };
      await saveDetection(tabId, detection);
      return { ok: true, value: await statusesOf(db, detection) };
    },
    async getContactStatuses({ keys }, { tabId }) {
      if (tabId === null) return { ok: false, error: 'forbidden' };
      const detection = await loadDetection(tabId);
      return { ok: true, value: detection ? await statusesOf(db, detection, keys) : {} };
    },
    async captureContact({ key }, { tabId }) {
      if (tabId === null) return { ok: false, error: 'forbidden' };
      return captureOnTab(db, tabId, key);
    },
    async captureFromTab({ tabId, key }) {
      return captureOnTab(db, tabId, key);
    },
  };
}
