import { useState } from 'preact/hooks';
import type { DealRow, PipelineRow } from '@/lib/db/rows';
import { validateStageMove } from '@/lib/domain/deal-stage-move';
import type { NextStep } from '@/lib/domain/deal';
import { findStage, resolveStageName } from '@/lib/domain/pipeline';
import type { WorkingTime } from '@/lib/domain/working-time';
import { formatDateTime, formatMoney } from '@/lib/i18n/format';
import { useI18n } from '@/lib/panel/i18n-context';
import { useSend } from '@/lib/panel/send-context';
import { useAction } from '@/lib/panel/use-action';
import { LostReasonFields } from './lost-reason-fields';
import { NextStepFields } from './next-step-fields';
import { DealValueField } from './deal-value-field';

export interface DealEditorProps {
  deal: DealRow;
  pipeline: PipelineRow | undefined;
  workingTime: WorkingTime;
}

/**
 * One deal: stage, probability, expected close and next step. Leaving the first stage asks for a next
 * step; moving to a Lost stage asks why (the leaks chart needs the reasons).
 */
export function DealEditor({ deal, pipeline, workingTime }: DealEditorProps) {
  const { t, locale } = useI18n();
  const send = useSend();
  const action = useAction();
  const [asking, setAsking] = useState<{ stageId: string } | { edit: true } | null>(null);
  const [losing, setLosing] = useState<string | null>(null);
  const stageName = (id: string) => {
    const s = pipeline?.stages.find((x) => x.id === id);
    return s ? resolveStageName(s, t) : id;
  };
  const move = (toStageId: string, extra: { nextStep?: NextStep; lostReason?: string } = {}) => {
    if (!pipeline) return;
    const { nextStep, lostReason } = extra;
    const toLost = findStage(pipeline, toStageId)?.kind === 'lost';
    const check = validateStageMove(
      nextStep ? { ...deal, nextStep } : deal,
      toStageId,
      pipeline,
      toLost ? (lostReason ?? null) : undefined,
    );
    if (!check.ok && check.error === 'next-step-required') return setAsking({ stageId: toStageId });
    if (!check.ok && check.error === 'lost-reason-required') {
      setAsking(null);
      return setLosing(toStageId);
    }
    setAsking(null);
    setLosing(null);
    void action.run(send('moveDeal', { dealId: deal.id, toStageId, ...extra }));
  };
  const update = (patch: Parameters<typeof send<'updateDeal'>>[1]['patch']) =>
    void action.run(send('updateDeal', { dealId: deal.id, patch }));
  const saveProbability = (text: string) => {
    const n = text.trim() === '' ? null : Number(text);
    if (n === null || (Number.isInteger(n) && n >= 0 && n <= 100)) update({ probability: n });
  };
  return (
    <li class="card deal" aria-label={deal.title}>
      <div class="card-main">
        <span class="name" dir="auto">
          {deal.title}
        </span>
        <span class="sub">
          {formatMoney(deal.value, deal.currency, locale)} · {t(`deal.status.${deal.status}`)}
        </span>
        <label class="field">
          <span>{t('deal.stage')}</span>
          <select value={deal.stageId} onChange={(e) => move(e.currentTarget.value)}>
            {pipeline?.stages.map((s) => (
              <option key={s.id} value={s.id}>
                {stageName(s.id)}
              </option>
            ))}
          </select>
        </label>
        <div class="row">
          <DealValueField deal={deal} onSave={(value) => update({ value })} />
          <label class="field">
            <span>{t('deal.probability')}</span>
            <input
              type="number"
              min={0}
              max={100}
              value={deal.probability ?? ''}
              placeholder={t('deal.stageDefault')}
              onChange={(e) => saveProbability(e.currentTarget.value)}
            />
          </label>
          <label class="field">
            <span>{t('deal.expectedClose')}</span>
            <input
              type="date"
              value={deal.expectedClose ?? ''}
              onChange={(e) => update({ expectedClose: e.currentTarget.value || null })}
            />
          </label>
        </div>
        <p class="sub">
          {deal.nextStep
            ? t('deal.nextStepIs', {
                text: deal.nextStep.text,
                date: formatDateTime(deal.nextStep.dueAt, locale, workingTime.timeZone),
              })
            : t('deal.noNextStep')}{' '}
          <button type="button" class="link-button" onClick={() => setAsking({ edit: true })}>
            {t('deal.editNextStep')}
          </button>
        </p>
        {asking && (
          <NextStepFields
            workingTime={workingTime}
            initial={deal.nextStep}
            prompt={
              'stageId' in asking
                ? t('deal.nextStepRequired', { stage: stageName(asking.stageId) })
                : t('deal.nextStepEdit')
            }
            onCancel={() => setAsking(null)}
            onSubmit={(step) =>
              'stageId' in asking
                ? move(asking.stageId, { nextStep: step })
                : (setAsking(null), update({ nextStep: step }))
            }
          />
        )}
        {losing && (
          <LostReasonFields
            title={deal.title}
            onCancel={() => setLosing(null)}
            onSubmit={(lostReason) => move(losing, { lostReason })}
          />
        )}
        {action.error && (
          <p class="error" role="alert">
            {t(action.error)}
          </p>
        )}
      </div>
    </li>
  );
}
