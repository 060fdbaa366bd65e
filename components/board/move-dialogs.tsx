import { findStage, resolveStageName, type Pipeline } from '@/lib/domain/pipeline';
import type { WorkingTime } from '@/lib/domain/working-time';
import { useI18n } from '@/lib/panel/i18n-context';
import { LostReasonForm } from './lost-reason-form';
import { ModalDialog } from './modal-dialog';
import { NextStepForm } from './next-step-form';
import type { DealMove } from './use-deal-move';

/** The question a pending move asks: a next step, or why the deal was lost. */
export function MoveDialogs({
  move,
  pipeline,
  workingTime,
}: {
  move: DealMove;
  pipeline: Pipeline;
  workingTime: WorkingTime;
}) {
  const { t } = useI18n();
  const pending = move.pending;
  if (!pending) return null;
  const to = findStage(pipeline, pending.toStageId);
  const stage = to ? resolveStageName(to, t) : '';
  if (pending.kind === 'lost-reason') {
    return (
      <ModalDialog title={t('board.lostTitle', { title: pending.deal.title })} onCancel={move.cancel}>
        <LostReasonForm onSubmit={(lostReason) => move.answer({ lostReason })} onCancel={move.cancel} />
      </ModalDialog>
    );
  }
  return (
    <ModalDialog title={t('board.nextStepTitle', { title: pending.deal.title, stage })} onCancel={move.cancel}>
      <p class="muted">{t('board.nextStepWhy')}</p>
      <NextStepForm
        workingTime={workingTime}
        submitLabel={t('board.moveToStage', { stage })}
        onSubmit={(nextStep) => move.answer({ nextStep })}
        onCancel={move.cancel}
      />
    </ModalDialog>
  );
}
