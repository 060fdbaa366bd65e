import type { ActivityRow } from '@/lib/db/rows';
import { useI18n } from '@/lib/panel/i18n-context';
import { useSend } from '@/lib/panel/send-context';
import { useAction } from '@/lib/panel/use-action';
import { SafeLink } from '../safe-link';

export interface TimelineEntryProps {
  activity: ActivityRow;
  stageName: (stageId: string | null) => string;
}

/** One timeline entry, by kind; page text (subjects, snippets, notes) is rendered as text only. */
export function TimelineEntry({ activity: a, stageName }: TimelineEntryProps) {
  const { t } = useI18n();
  const send = useSend();
  const undo = useAction();
  switch (a.kind) {
    case 'captured':
      return <p>{t('activity.captured', { page: t(`pageKind.${a.pageKind}`) })}</p>;
    case 'email':
      return (
        <div>
          <p>
            <strong>{t(`activity.email.${a.direction}`)}</strong>{' '}
            <span dir="auto">{a.subject || t('activity.noSubject')}</span>
          </p>
          {a.snippet && (
            <p class="sub" dir="auto">
              {a.snippet}
            </p>
          )}
          {a.threadUrl && (
            <SafeLink kind="page" value={a.threadUrl}>
              {t('activity.openThread')}
            </SafeLink>
          )}
        </div>
      );
    case 'linkedin-message':
      return (
        <div>
          <p>
            <strong>{t(`activity.linkedin.${a.direction}`)}</strong>
          </p>
          {a.snippet && (
            <p class="sub" dir="auto">
              {a.snippet}
            </p>
          )}
          {a.threadUrl && (
            <SafeLink kind="page" value={a.threadUrl}>
              {t('activity.openThread')}
            </SafeLink>
          )}
        </div>
      );
    case 'note':
      return (
        <div>
          <strong>{t('activity.note')}</strong>
          <p class="pre" dir="auto">
            {a.text}
          </p>
        </div>
      );
    case 'call':
      return (
        <div>
          <strong>
            {t('activity.call', { direction: t(`call.${a.direction}`), outcome: t(`call.outcome.${a.outcome}`) })}
          </strong>
          {a.note && (
            <p class="pre" dir="auto">
              {a.note}
            </p>
          )}
        </div>
      );
    case 'meeting':
      return (
        <div>
          <strong>{a.isDemo ? t('activity.demo') : t('activity.meeting')}</strong> <span dir="auto">{a.title}</span>
          {a.note && (
            <p class="pre" dir="auto">
              {a.note}
            </p>
          )}
        </div>
      );
    case 'stage-change':
      return <p>{t('activity.stageChange', { from: stageName(a.fromStageId), to: stageName(a.toStageId) })}</p>;
    case 'qualification-change':
      return (
        <p>
          {t('activity.qualificationChange', {
            from: t(`qualification.status.${a.fromStatus}`),
            to: t(`qualification.status.${a.toStatus}`),
          })}
        </p>
      );
    case 'merge':
      return (
        <div>
          <p>{t('activity.merge', { name: a.undo.absorbed.displayName })}</p>
          <button
            type="button"
            disabled={undo.busy}
            onClick={() => void undo.run(send('undoMerge', { mergeActivityId: a.id }))}
          >
            {t('activity.undoMerge')}
          </button>
          {undo.error && (
            <p class="error" role="alert">
              {t(undo.error)}
            </p>
          )}
        </div>
      );
    case 'follow-up-done':
      return (
        <div>
          <strong>
            {a.outcome
              ? t('activity.followUpDoneOutcome', { outcome: t(`followUp.outcome.${a.outcome}`) })
              : t('activity.followUpDone')}
          </strong>
          {a.note && (
            <p class="pre" dir="auto">
              {a.note}
            </p>
          )}
        </div>
      );
  }
}
