import type { Result } from '../domain/result';
import type { SidecarDB } from '../db/schema';
import { loadDetection } from '../tabs/detections-store';
import type { ContactStatus } from '../messaging/protocol-shared';
import type { CaptureDealTexts } from '../domain/capture-deal';
import { capturePersonIn, captureTables, refuseSuppressed } from './capture';
import { placeCapturedPerson, placeTables } from './capture-deal';
import { statusOf } from './contact-status';
import { runUseCase, type Call } from './use-case';

/**
 * Capture a contact the content script of `tabId` detected (the page's click, or the panel's
 * "Add to pipeline" on On this page), answering with the status the overlay shows. The detection is
 * read before the transaction (storage.session is not IndexedDB); the status inside it. With `place`
 * (the deal's texts, read before too), someone new lands on the board in the pipeline's capture stage,
 * and that stage is the overlay's status (issue 19).
 */
export async function captureOnTab(
  db: SidecarDB,
  input: { tabId: number; key: string; place?: CaptureDealTexts },
  call: Call,
): Promise<Result<{ personId: string; status: ContactStatus }>> {
  const detection = await loadDetection(input.tabId);
  const contact = detection?.contacts.find((c) => c.key === input.key);
  if (!detection || !contact) return { ok: false, error: 'not-found', detail: 'contact not detected on this tab' };
  // Forgotten after the tab's last report (a restore brought the list): still never captured.
  const allowed = await refuseSuppressed(db, contact);
  if (!allowed.ok) return allowed;
  const tables = [...captureTables(db), ...placeTables(db), db.followUps];
  return runUseCase(db, 'captureOnTab', call, tables, async () => {
    const r = await capturePersonIn(db, contact, { pageKind: detection.pageKind, url: detection.url }, call.now);
    if (!r.ok) return r;
    const { personId, created, person } = r.value;
    // Someone created just now has at most the deal placed here and no follow-up: answer without reading again.
    const placed = created && input.place ? await placeCapturedPerson(db, personId, call.now, input.place) : null;
    const stage = placed && { nameKey: placed.stage.nameKey ?? null, name: placed.stage.name ?? null };
    const status: ContactStatus = created
      ? { known: true, personId, lifecycle: person.lifecycle, stage, nextFollowUpAt: null }
      : await statusOf(db, person);
    return { ok: true, value: { personId, status } };
  });
}
