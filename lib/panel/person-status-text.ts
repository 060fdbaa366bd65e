import type { PersonStatus } from '../domain/person-status';
import { statusExplanationKey } from '../domain/person-status';
import type { Translate } from '../i18n/translate';

/** A status in words: its label, and the one line that explains it (on hover and in the `?` sheet). */
export interface StatusText {
  label: string;
  explanation: string;
}

const LABEL_KEYS = {
  lead: 'lifecycle_lead',
  mql: 'lifecycle_mql',
  sql: 'lifecycle_sql',
  customer: 'lifecycle_customer',
  lost: 'status.lost',
} as const;

/** The status's words; a stage is named as the board names it (the user's name, else the translation). */
export function statusText(
  status: PersonStatus,
  stageName: (pipelineId: string, stageId: string) => string | null,
  t: Translate,
): StatusText {
  if (status.kind === 'stage') {
    const stage = stageName(status.pipelineId, status.stageId) ?? status.stageId;
    return { label: stage, explanation: t(statusExplanationKey(status), { stage }) };
  }
  return { label: t(LABEL_KEYS[status.kind]), explanation: t(statusExplanationKey(status)) };
}
