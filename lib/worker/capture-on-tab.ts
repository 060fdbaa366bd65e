import type { Result } from '../domain/result';
import type { SidecarDB } from '../db/schema';
import { loadDetection } from '../tabs/detections-store';
import type { ContactStatus } from '../messaging/protocol-shared';
import { capturePersonIn, captureTables, refuseSuppressed } from './capture';
import { statusOf } from './contact-status';
import { runUseCase, type Call } from './use-case';

/**
 * Capture a contact the content script of `tabId` detected (the page's click, or the panel's
 * "Add to pipeline" on On this page), answering with the status the overlay shows. The detection is
 * read before the transaction (storage.session is not IndexedDB); the status inside it.
 */
export async function captureOnTab(
  db: SidecarDB,
  input: { tabId: number; key: string },
  call: Call,
): Promise<Result<{ personId: string; status: ContactStatus }>> {
  const detection = await loadDetection(input.tabId);
  const contact = detection?.contacts.find((c) => c.key === input.key);
  if (!detection || !contact) return { ok: false, error: 'not-found', detail: 'contact not detected on this tab' };
  // Forgotten after the tab's last report (a restore brought the list): still never captured.
  const allowed = await refuseSuppressed(db, contact);
  if (!allowed.ok) return allowed;
  const tables = [...captureTables(db), db.deals, db.followUps, db.pipelines];
  return runUseCase(db, 'captureOnTab', call, tables, async () => {
    const r = await capturePersonIn(db, contact, { pageKind: detection.pageKind, url: detection.url }, call.now);
    if (!r.ok) return r;
    const { personId, created, person } = r.value;
    // Someone created just now has no deal or follow-up yet: answer without reading again.
    const status: ContactStatus = created
      ? { known: true, personId, lifecycle: person.lifecycle, stage: null, nextFollowUpAt: null }
      : await statusOf(db, person);
    return { ok: true, value: { personId, status } };
  });
}
