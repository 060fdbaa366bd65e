import type { DetectedContact } from '../../domain/contact';
import { computePresetDueAt, type FollowUpPreset } from '../../domain/follow-up-presets';
import type { FollowUpKind } from '../../domain/follow-up';
import type { Result } from '../../domain/result';
import type { SidecarDB } from '../../db/schema';
import type { FollowUpRow } from '../../db/rows';
import { scheduleFollowUp } from '../../db/repositories/follow-ups';
import { getSettings } from '../../db/repositories/settings';
import { findPersonFor } from '../../db/repositories/persons';
import { deleteCadence, saveCadence } from '../../db/repositories/cadences';
import { startCadenceRun, stopCadenceRunById } from '../../db/repositories/cadence-runs';
import { loadDetection } from '../../tabs/detections-store';
import type { Handlers } from './handler';
import { statusOf } from './contacts';
import { toReply } from './reply';

interface PresetInput {
  personId: string;
  dealId: string | null;
  preset: FollowUpPreset;
  kind: FollowUpKind;
  note: string;
}

/**
 * The one path from a preset to a stored follow-up: due time computed in the user's working time
 * (settings; before any settings exist, the system's time zone). An impossible custom date is invalid.
 */
export async function scheduleFromPreset(
  db: SidecarDB,
  input: PresetInput,
  now: number,
): Promise<Result<FollowUpRow, string>> {
  const { workingTime } = await getSettings(db);
  const dueAt = computePresetDueAt(input.preset, now, workingTime);
  if (dueAt === null) return { ok: false, error: 'invalid-input', detail: 'no such date' };
  const { preset: _preset, ...rest } = input;
  void _preset;
  return scheduleFollowUp(db, { ...rest, dueAt }, now);
}

/** On LinkedIn the natural next touch is a message there; in Gmail, an email. */
const kindFor = (contact: DetectedContact): FollowUpKind =>
  contact.site === 'linkedin' ? 'linkedin-message' : 'email';

/** Handlers for preset scheduling and cadences. */
export function createFollowUpHandlers(
  db: SidecarDB,
): Pick<
  Handlers,
  | 'scheduleFollowUpPreset'
  | 'scheduleFollowUpForContact'
  | 'saveCadence'
  | 'deleteCadence'
  | 'startCadence'
  | 'stopCadence'
> {
  return {
    async scheduleFollowUpPreset(input) {
      return toReply(await scheduleFromPreset(db, input, Date.now()), (f) => ({ followUpId: f.id, dueAt: f.dueAt }));
    },
    async scheduleFollowUpForContact({ key, preset }, { tabId }) {
      if (tabId === null) return { ok: false, error: 'forbidden' };
      // Only a contact detected on the sender's own tab, like captureContact: a content script
      // cannot schedule for anyone else in the pipeline.
      const contact = (await loadDetection(tabId))?.contacts.find((c) => c.key === key);
      const person = contact && (await findPersonFor(db, contact));
      if (!contact || !person)
        return { ok: false, error: 'not-found', detail: 'contact not detected on this tab or not in the pipeline' };
      const made = await scheduleFromPreset(
        db,
        { personId: person.id, dealId: null, preset, kind: kindFor(contact), note: '' },
        Date.now(),
      );
      if (!made.ok) return toReply(made);
      return {
        ok: true,
        value: { followUpId: made.value.id, dueAt: made.value.dueAt, status: await statusOf(db, person) },
      };
    },
    async saveCadence({ cadence }) {
      return toReply(await saveCadence(db, { ...cadence, nameKey: null }), (c) => ({ cadenceId: c.id }));
    },
    async deleteCadence({ cadenceId }) {
      return toReply(await deleteCadence(db, cadenceId));
    },
    async startCadence({ personId, cadenceId, dealId }) {
      const started = await startCadenceRun(db, { personId, cadenceId, dealId: dealId ?? null }, Date.now());
      return toReply(started, ({ run, followUps }) => ({ cadenceRunId: run.id, followUps: followUps.length }));
    },
    async stopCadence({ cadenceRunId }) {
      return toReply(await stopCadenceRunById(db, cadenceRunId, Date.now()), (cancelled) => ({ cancelled }));
    },
  };
}
