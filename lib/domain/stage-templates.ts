import type { Pipeline, Stage, StageKind } from './pipeline';

/**
 * The four stage templates from DOMAIN.md. Stage ids are stable slugs so that deals, history and
 * analytics survive renames; names are message keys (`stage.<template>.<slug>`) the UI translates.
 */
export const STAGE_TEMPLATE_IDS = ['b2b-outbound', 'hubspot', 'classic-five', 'lead-to-close'] as const;
export type StageTemplateId = (typeof STAGE_TEMPLATE_IDS)[number];

/** The template new users get. */
export const DEFAULT_STAGE_TEMPLATE: StageTemplateId = 'b2b-outbound';

type StageSpec = readonly [slug: string, probability: number, kind: StageKind];

const TEMPLATES: Record<StageTemplateId, { key: string; stages: readonly StageSpec[] }> = {
  // Ukrainian article's stage list; probabilities are DOMAIN.md's own defaults.
  'b2b-outbound': {
    key: 'b2b',
    stages: [
      ['prospecting', 10, 'open'],
      ['qualification', 20, 'open'],
      ['demo-meeting', 40, 'open'],
      ['proposal', 60, 'open'],
      ['negotiation-commitment', 80, 'open'],
      ['won', 100, 'won'],
      ['lost', 0, 'lost'],
    ],
  },
  // Figures quoted in the Russian article.
  hubspot: {
    key: 'hubspot',
    stages: [
      ['appointment-scheduled', 20, 'open'],
      ['qualified-to-buy', 40, 'open'],
      ['presentation-scheduled', 60, 'open'],
      ['decision-maker-bought-in', 80, 'open'],
      ['contract-sent', 90, 'open'],
      ['closed-won', 100, 'won'],
      ['closed-lost', 0, 'lost'],
    ],
  },
  // DOMAIN.md gives no figures: we reuse the B2B curve for the matching early steps (10/20), then
  // 40 for weighing options and 70 once a decision is being made. Delivery is post-sale: reaching it
  // means the deal was won (100). The article lists only forward steps; a Lost stage (0) is added
  // because every deal must be able to end lost, as in the two templates above.
  'classic-five': {
    key: 'classic',
    stages: [
      ['prospecting', 10, 'open'],
      ['qualification', 20, 'open'],
      ['consideration', 40, 'open'],
      ['decision', 70, 'open'],
      ['delivery', 100, 'post-sale'],
      ['lost', 0, 'lost'],
    ],
  },
  // No figures either: a lead is as uncertain as prospecting (10), a held first call is qualification
  // (20), a presentation matches the B2B demo (40), the follow-up after it is proposal-like (60).
  // Close is the won step (100); Lost (0) is added for the same reason as above.
  'lead-to-close': {
    key: 'lead-to-close',
    stages: [
      ['lead', 10, 'open'],
      ['first-sales-call', 20, 'open'],
      ['presentation-meeting', 40, 'open'],
      ['follow-up', 60, 'open'],
      ['close', 100, 'won'],
      ['lost', 0, 'lost'],
    ],
  },
};

/** The stages of a template, with message-key names and no user overrides. */
export function listTemplateStages(templateId: StageTemplateId): Stage[] {
  const template = TEMPLATES[templateId];
  return template.stages.map(([slug, probability, kind]) => ({
    id: slug,
    nameKey: `stage.${template.key}.${slug}`,
    name: null,
    probability,
    kind,
  }));
}

/** Create a pipeline from a template; the caller supplies the id (domain code makes no ids). */
export function createPipelineFromTemplate(templateId: StageTemplateId, id: string): Pipeline {
  return { id, nameKey: `pipeline.${TEMPLATES[templateId].key}`, name: null, stages: listTemplateStages(templateId) };
}
