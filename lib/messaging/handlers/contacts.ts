import type { Detection, DetectedContact } from '../../domain/contact';
import type { SidecarDB } from '../../db/schema';
import { recordDetectionStats } from '../../db/repositories/detection-stats';
import { loadDetection, saveDetection } from '../../tabs/detections-store';
import { getSettings } from '../../db/repositories/settings';
import { isNeverLogged, type Settings } from '../../domain/settings';
import { statusesOf } from '../../worker/contact-status';
import { captureOnTab } from '../../worker/capture-on-tab';
import { captureTextsOrError } from './capture-texts';
import type { Handlers } from './handler';
import { callOf, toReply } from './reply';

/**
 * The Never-log list keeps people out of detection: a contact all of whose addresses are on it is
 * neither stored for the panel nor offered for capture. LinkedIn contacts (no address) are kept.
 */
export function partitionNeverLogged(contacts: readonly DetectedContact[], settings: Pick<Settings, 'neverLog'>) {
  const isOut = (c: DetectedContact) => c.emails.length > 0 && c.emails.every((e) => isNeverLogged(e, settings));
  return { kept: contacts.filter((c) => !isOut(c)), excluded: contacts.filter(isOut) };
}

/** Handlers for detection reports, statuses and capture. */
export function createContactHandlers(
  db: SidecarDB,
): Pick<Handlers, 'reportDetection' | 'getContactStatuses' | 'captureContact' | 'captureFromTab'> {
  return {
    async reportDetection(detection: Detection, { tabId }) {
      if (tabId === null) return { ok: false, error: 'forbidden' };
      const settings = await getSettings(db);
      const { kept, excluded } = partitionNeverLogged(detection.contacts, settings);
      const visible = { ...detection, contacts: kept };
      await saveDetection(tabId, visible);
      await recordDetectionStats(db, visible, Date.now());
      const statuses = await statusesOf(db, kept);
      for (const c of excluded) statuses[c.key] = { known: false, neverLog: true };
      return { ok: true, value: statuses };
    },
    async getContactStatuses({ keys }, { tabId }) {
      if (tabId === null) return { ok: false, error: 'forbidden' };
      const detection = await loadDetection(tabId);
      const contacts = detection?.contacts.filter((c) => keys.includes(c.key)) ?? [];
      return { ok: true, value: await statusesOf(db, contacts) };
    },
    async captureContact(input, { tabId }) {
      if (tabId === null) return { ok: false, error: 'forbidden' };
      const place = await captureTextsOrError(db);
      if (!place.ok) return toReply(place);
      return toReply(await captureOnTab(db, { tabId, key: input.key, place: place.value }, callOf(input)), (v) => v);
    },
    async captureFromTab(input) {
      const place = await captureTextsOrError(db);
      if (!place.ok) return toReply(place);
      return toReply(
        await captureOnTab(db, { tabId: input.tabId, key: input.key, place: place.value }, callOf(input)),
        (v) => v,
      );
    },
  };
}
