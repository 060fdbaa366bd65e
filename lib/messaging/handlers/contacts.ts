import type { Detection, DetectedContact } from '../../domain/contact';
import { statusDealOf } from '../../domain/deal';
import { effectiveDueAt } from '../../domain/follow-up';
import type { SidecarDB } from '../../db/schema';
import { capturePersonRow, findPersonFor } from '../../db/repositories/persons';
import { recordDetectionStats } from '../../db/repositories/detection-stats';
import type { PersonRow } from '../../db/rows';
import { loadDetection, saveDetection } from '../../tabs/detections-store';
import { getSettings } from '../../db/repositories/settings';
import { isNeverLogged, type Settings } from '../../domain/settings';
import { placeCapturedPerson } from '../../db/capture-deal';
import { captureTextsFor } from './capture-texts';
import type { ContactStatus } from '../protocol';
import type { Handlers } from './handler';

/**
 * What an overlay may show about a person: lifecycle, the stage of their most recent open deal and
 * the next follow-up's time. Nothing more: the page can read an open shadow root.
 */
export async function statusOf(db: SidecarDB, person: PersonRow | undefined): Promise<ContactStatus> {
  if (!person) return { known: false };
  // One read-only transaction for the three reads (each Dexie call outside a transaction opens its own).
  return db.transaction('r', db.deals, db.followUps, db.pipelines, async () => {
    const [deals, followUps] = await Promise.all([
      db.deals
        .where('personId')
        .equals(person.id)
        .filter((d) => d.status === 'open')
        .toArray(),
      db.followUps
        .where('personId')
        .equals(person.id)
        .filter((f) => !f.done)
        .toArray(),
    ]);
    const deal = statusDealOf(deals);
    const pipeline = deal ? await db.pipelines.get(deal.pipelineId) : undefined;
    const stage = pipeline?.stages.find((s) => s.id === deal?.stageId);
    const next = followUps.map(effectiveDueAt).sort((a, b) => a - b)[0] ?? null;
    return {
      known: true,
      personId: person.id,
      lifecycle: person.lifecycle,
      stage: stage ? { nameKey: stage.nameKey ?? null, name: stage.name ?? null } : null,
      nextFollowUpAt: next,
    };
  });
}

/** Statuses of contacts, keyed by their page-local key. */
export async function statusesOf(
  db: SidecarDB,
  contacts: readonly DetectedContact[],
): Promise<Record<string, ContactStatus>> {
  const entries = await Promise.all(
    contacts.map(async (c) => [c.key, await statusOf(db, await findPersonFor(db, c))] as const),
  );
  return Object.fromEntries(entries);
}

/**
 * The Never-log list keeps people out of detection: a contact all of whose addresses are on it is
 * neither stored for the panel nor offered for capture. LinkedIn contacts (no address) are kept.
 */
export function partitionNeverLogged(contacts: readonly DetectedContact[], settings: Pick<Settings, 'neverLog'>) {
  const isOut = (c: DetectedContact) => c.emails.length > 0 && c.emails.every((e) => isNeverLogged(e, settings));
  return { kept: contacts.filter((c) => !isOut(c)), excluded: contacts.filter(isOut) };
}

async function captureOnTab(db: SidecarDB, tabId: number, key: string) {
  const detection = await loadDetection(tabId);
  const contact = detection?.contacts.find((c) => c.key === key);
  if (!detection || !contact)
    return { ok: false as const, error: 'not-found' as const, detail: 'contact not detected on this tab' };
  const now = Date.now();
  const { personId, created, person } = await capturePersonRow(
    db,
    contact,
    { pageKind: detection.pageKind, url: detection.url },
    now,
  );
  // Someone created just now is put on the board (their stage is the overlay's status) and has no
  // follow-up yet: answer the click without reading again. A known person's row is the one the
  // capture wrote: only their deals and follow-ups are read.
  const placed = created ? await placeCapturedPerson(db, personId, now, await captureTextsFor(db)) : null;
  const stage = placed && { nameKey: placed.stage.nameKey ?? null, name: placed.stage.name ?? null };
  const status: ContactStatus = created
    ? { known: true, personId, lifecycle: person.lifecycle, stage, nextFollowUpAt: null }
    : await statusOf(db, person);
  return { ok: true as const, value: { personId, status } };
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
      // What the store kept (a detection too large for a tab's share loses its last contacts).
      const visible = await saveDetection(tabId, { ...detection, contacts: kept });
      await recordDetectionStats(db, visible, Date.now());
      const statuses = await statusesOf(db, visible.contacts);
      for (const c of excluded) statuses[c.key] = { known: false, neverLog: true };
      return { ok: true, value: statuses };
    },
    async getContactStatuses({ keys }, { tabId }) {
      if (tabId === null) return { ok: false, error: 'forbidden' };
      const detection = await loadDetection(tabId);
      const contacts = detection?.contacts.filter((c) => keys.includes(c.key)) ?? [];
      return { ok: true, value: await statusesOf(db, contacts) };
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
