import type { DetectedContact } from '../domain/contact';
import { computePresetDueAt, type FollowUpPreset } from '../domain/follow-up-presets';
import type { FollowUpKind } from '../domain/follow-up';
import type { Result } from '../domain/result';
import type { SidecarDB } from '../db/schema';
import { findPersonFor } from '../db/repositories/persons';
import { getSettings } from '../db/repositories/settings';
import { loadDetection } from '../tabs/detections-store';
import type { ContactStatus } from '../messaging/protocol-shared';
import { statusOf } from './contact-status';
import { scheduleFollowUpIn } from './follow-ups';
import { runUseCase, type Call } from './use-case';

/** On LinkedIn the natural next touch is a message there; in Gmail, an email. */
const kindFor = (contact: DetectedContact): FollowUpKind =>
  contact.site === 'linkedin' ? 'linkedin-message' : 'email';

/**
 * The overlay's "Follow up…": a preset for a known contact detected on the sender's own tab (like a
 * capture, a content script cannot schedule for anyone else in the pipeline), answered with the
 * contact's new status, all in one transaction.
 */
export async function scheduleForContact(
  db: SidecarDB,
  input: { tabId: number; key: string; preset: FollowUpPreset },
  call: Call,
): Promise<Result<{ followUpId: string; dueAt: number; status: ContactStatus }>> {
  const contact = (await loadDetection(input.tabId))?.contacts.find((c) => c.key === input.key);
  const notFound = { ok: false, error: 'not-found', detail: 'contact not detected on this tab or not in the pipeline' };
  if (!contact) return notFound as Result<never>;
  const tables = [db.prospects, db.followUps, db.settings, db.deals, db.pipelines];
  return runUseCase(db, 'scheduleFollowUpForContact', call, tables, async () => {
    const person = await findPersonFor(db, contact);
    if (!person) return notFound as Result<never>;
    const dueAt = computePresetDueAt(input.preset, call.now, (await getSettings(db)).workingTime);
    if (dueAt === null) return { ok: false, error: 'invalid-input', detail: 'no such date' };
    const made = await scheduleFollowUpIn(
      db,
      { personId: person.id, dealId: null, dueAt, kind: kindFor(contact), note: '' },
      call.now,
    );
    if (!made.ok) return made;
    return { ok: true, value: { ...made.value, status: await statusOf(db, person) } };
  });
}
