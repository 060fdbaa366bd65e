import { captureDealTitle, type CaptureDealTexts } from '../../domain/capture-deal';
import { DealSchema } from '../../domain/deal';
import type { StageRef } from '../../domain/import-deal';
import { findStage, type Pipeline } from '../../domain/pipeline';
import type { Settings } from '../../domain/settings';
import { nextWorkingDayAt } from '../../domain/working-days';
import type { ActivityRow, DealRow, PersonRow } from '../../db/rows';
import { getSettings } from '../../db/repositories/settings';
import type { SidecarDB } from '../../db/schema';

/** The tables an import step reads and writes to open deals. */
export const importDealTables = (db: SidecarDB) => [db.deals, db.pipelines, db.settings];

/**
 * What one step needs to open its rows' deals, read inside its transaction with three requests: the
 * pipelines, the settings, and which pipelines each of the step's people already has a deal in.
 */
export class ImportDeals {
  readonly deals: DealRow[] = [];
  readonly activities: ActivityRow[] = [];

  private constructor(
    private readonly pipelines: Map<string, Pipeline>,
    private readonly settings: Settings,
    private readonly dealIn: Map<string, Set<string>>,
    private readonly texts: CaptureDealTexts,
    private readonly now: number,
  ) {}

  static async load(db: SidecarDB, personIds: readonly string[], texts: CaptureDealTexts, now: number) {
    const [pipelines, settings, deals] = await Promise.all([
      db.pipelines.toArray(),
      getSettings(db),
      personIds.length
        ? db.deals
            .where('personId')
            .anyOf([...personIds])
            .toArray()
        : [],
    ]);
    const dealIn = new Map<string, Set<string>>();
    for (const d of deals) dealIn.set(d.personId, (dealIn.get(d.personId) ?? new Set()).add(d.pipelineId));
    return new ImportDeals(new Map(pipelines.map((p) => [p.id, p])), settings, dealIn, texts, now);
  }

  /**
   * Open the person's deal in the stage, unless they already have a deal in that pipeline (open or
   * closed): importing the same file again opens nothing. A won or lost stage opens a closed deal.
   * Returns whether a deal was opened.
   */
  open(person: PersonRow, ref: StageRef): boolean {
    const pipeline = this.pipelines.get(ref.pipelineId);
    const stage = pipeline && findStage(pipeline, ref.stageId);
    const already = this.dealIn.get(person.id);
    if (!stage || already?.has(ref.pipelineId)) return false;
    this.dealIn.set(person.id, (already ?? new Set()).add(ref.pipelineId));
    const now = this.now;
    const won = stage.kind === 'won' || stage.kind === 'post-sale';
    const lost = stage.kind === 'lost';
    const deal = DealSchema.parse({
      id: crypto.randomUUID(),
      personId: person.id,
      companyId: person.companyId,
      pipelineId: ref.pipelineId,
      stageId: ref.stageId,
      title: captureDealTitle(person, this.texts),
      value: 0,
      currency: this.settings.currency,
      probability: null,
      expectedClose: null,
      nextStep:
        stage.kind === 'open'
          ? { text: this.texts.firstTouch, dueAt: nextWorkingDayAt(now, this.settings.workingTime) }
          : null,
      status: won ? 'won' : lost ? 'lost' : 'open',
      lostReason: null,
      wonAt: won ? now : null,
      lostAt: lost ? now : null,
      stageHistory: [{ stageId: ref.stageId, enteredAt: now, leftAt: null }],
      createdAt: now,
      updatedAt: now,
      lastActivityAt: now,
    });
    this.deals.push(deal);
    this.activities.push({
      id: crypto.randomUUID(),
      personId: person.id,
      dealId: deal.id,
      at: now,
      createdAt: now,
      kind: 'stage-change',
      fromStageId: null,
      toStageId: ref.stageId,
    });
    return true;
  }
}
