import { planCaptureDeal, type CaptureDealTexts, type CaptureOrigin } from '../domain/capture-deal';
import { DealSchema } from '../domain/deal';
import { findStage, type Stage } from '../domain/pipeline';
import type { SidecarDB } from '../db/schema';
import type { DealRow } from '../db/rows';
import { getSettings } from '../db/repositories/settings';

export type { CaptureDealTexts };

/** The deal a capture opened, for the overlay's status (the stage) and the panel's card. */
export interface PlacedDeal {
  deal: DealRow;
  stage: Stage;
}

/** The tables placeCapturedPerson writes; a use-case calling it inside its transaction includes them. */
export const placeTables = (db: SidecarDB) => [db.deals, db.pipelines, db.settings, db.prospects, db.activities];

/**
 * After a capture, put the person on the board: the one place the capture→deal rule
 * (lib/domain/capture-deal.ts) is applied, called by every capture path (the overlay's
 * captureContact, the panel's captureFromTab and captureManual, "Add all", Log email's "add").
 * Its own transaction, or the caller's when that one spans deals, pipelines, settings, prospects and
 * activities (a use-case can call it inside its transaction). The deal opens in the pipeline's
 * capture stage with the next step "First touch", and lands on the timeline like any new deal. A
 * person who already has an open deal gets nothing: one card per person.
 */
export async function placeCapturedPerson(
  db: SidecarDB,
  personId: string,
  now: number,
  texts: CaptureDealTexts,
  origin: CaptureOrigin = { kind: 'click' },
): Promise<PlacedDeal | null> {
  return db.transaction('rw', placeTables(db), async () => {
    const [person, settings, pipelines, open] = await Promise.all([
      db.prospects.get(personId),
      getSettings(db),
      db.pipelines.orderBy('position').toArray(),
      db.deals
        .where('personId')
        .equals(personId)
        .filter((d) => d.status === 'open')
        .count(),
    ]);
    if (!person) return null;
    const plan = planCaptureDeal({ person, pipelines, settings, hasOpenDeal: open > 0, origin, texts, now });
    const pipeline = plan && pipelines.find((p) => p.id === plan.pipelineId);
    const stage = plan && pipeline && findStage(pipeline, plan.stageId);
    if (!plan || !stage) return null;
    const deal = DealSchema.parse({
      id: crypto.randomUUID(),
      personId,
      companyId: person.companyId,
      pipelineId: plan.pipelineId,
      stageId: plan.stageId,
      title: plan.title,
      value: 0,
      currency: settings.currency,
      probability: null,
      expectedClose: null,
      nextStep: plan.nextStep,
      status: 'open',
      lostReason: null,
      wonAt: null,
      lostAt: null,
      stageHistory: [{ stageId: plan.stageId, enteredAt: now, leftAt: null }],
      createdAt: now,
      updatedAt: now,
      lastActivityAt: now,
    });
    await db.deals.add(deal);
    await db.activities.add({
      id: crypto.randomUUID(),
      personId,
      dealId: deal.id,
      at: now,
      createdAt: now,
      kind: 'stage-change',
      fromStageId: null,
      toStageId: plan.stageId,
    });
    return { deal, stage };
  });
}
