import type { DetectedContact } from '../domain/contact';
import { statusDealOf } from '../domain/deal';
import { effectiveDueAt } from '../domain/follow-up';
import type { SidecarDB } from '../db/schema';
import type { PersonRow } from '../db/rows';
import { findPersonFor } from '../db/repositories/persons';
import type { ContactStatus } from '../messaging/protocol-shared';

/**
 * What an overlay may show about a person: lifecycle, the stage of their most recent open deal and
 * the next follow-up's time. Nothing more: the page can read an open shadow root. Runs in the
 * caller's transaction when there is one (it needs deals, followUps and pipelines).
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
