import type { Detection, DetectedContact } from '../../domain/contact';
import { suppressionKeysOf } from '../../domain/suppression';
import type { SidecarDB } from '../../db/schema';
import { recordDetectionStats } from '../../db/repositories/detection-stats';
import { loadDetection, saveDetection } from '../../tabs/detections-store';
import { isSuppressedKey, setSuppressedKeys } from '../../tabs/suppressed-contacts';
import { getSettings } from '../../db/repositories/settings';
import { isNeverLogged, type Settings } from '../../domain/settings';
import { statusesOf } from '../../worker/contact-status';
import { captureOnTab } from '../../worker/capture-on-tab';
import { captureTextsOrError } from './capture-texts';
import { suppressedAmong } from '../../worker/suppression';
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
      const { kept: logged, excluded } = partitionNeverLogged(detection.contacts, settings);
      // Forgotten people are left out like Never-log ones: not stored, so no click can capture them.
      const flags = await suppressedAmong(db, logged.map(suppressionKeysOf));
      const kept = logged.filter((_, i) => !flags[i]);
      const suppressed = logged.filter((_, i) => flags[i]);
      setSuppressedKeys(
        tabId,
        suppressed.map((c) => c.key),
      );
      const visible = { ...detection, contacts: kept };
      await saveDetection(tabId, visible);
      await recordDetectionStats(db, visible, Date.now());
      const statuses = await statusesOf(db, kept);
      for (const c of excluded) statuses[c.key] = { known: false, neverLog: true };
      for (const c of suppressed) statuses[c.key] = { known: false, suppressed: true };
      return { ok: true, value: statuses };
    },
    async getContactStatuses({ keys }, { tabId }) {
      if (tabId === null) return { ok: false, error: 'forbidden' };
      const detection = await loadDetection(tabId);
      const contacts = detection?.contacts.filter((c) => keys.includes(c.key)) ?? [];
      const statuses = await statusesOf(db, contacts);
      for (const key of keys) if (isSuppressedKey(tabId, key)) statuses[key] = { known: false, suppressed: true };
      return { ok: true, value: statuses };
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
