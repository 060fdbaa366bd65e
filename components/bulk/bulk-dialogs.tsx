import type { NextStep } from '@/lib/domain/deal';
import type { WorkingTime } from '@/lib/domain/working-time';
import { useI18n } from '@/lib/panel/i18n-context';
import { LostReasonForm } from '../board/lost-reason-form';
import { ModalDialog } from '../board/modal-dialog';
import { NextStepForm } from '../board/next-step-form';

/** What a bulk action is waiting on: a next step or a reason before a move, a confirmation before deleting. */
export type Asking = { kind: 'next-step' | 'lost-reason'; to: string } | { kind: 'delete' } | null;

export interface BulkDialogsProps {
  asking: Asking;
  count: number;
  stageName: string;
  workingTime: WorkingTime;
  onCancel(): void;
  onDelete(): void;
  onMove(to: string, extra: { nextStep?: NextStep; lostReason?: string }): void;
}

/** The question a bulk action asks first, as a modal (the same forms a single card's move uses). */
export function BulkDialogs({ asking, count, stageName, workingTime, onCancel, onDelete, onMove }: BulkDialogsProps) {
  const { t } = useI18n();
  if (asking?.kind === 'delete')
    return (
      <ModalDialog title={t('bulk.deleteConfirm', { count })} onCancel={onCancel}>
        <div class="sc-actions">
          <button type="button" onClick={onCancel}>
            {t('action.cancel')}
          </button>
          <button type="button" class="danger-button" onClick={onDelete}>
            {t('bulk.delete')}
          </button>
        </div>
      </ModalDialog>
    );
  if (asking?.kind === 'next-step')
    return (
      <ModalDialog title={t('bulk.nextStepTitle', { stage: stageName })} onCancel={onCancel}>
        <NextStepForm
          workingTime={workingTime}
          submitLabel={t('board.moveToStage', { stage: stageName })}
          onSubmit={(nextStep) => onMove(asking.to, { nextStep })}
          onCancel={onCancel}
        />
      </ModalDialog>
    );
  if (asking?.kind === 'lost-reason')
    return (
      <ModalDialog title={t('bulk.lostTitle', { count })} onCancel={onCancel}>
        <LostReasonForm onSubmit={(lostReason) => onMove(asking.to, { lostReason })} onCancel={onCancel} />
      </ModalDialog>
    );
  return null;
}
