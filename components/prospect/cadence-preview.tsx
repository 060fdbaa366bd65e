import type { Cadence } from '@/lib/domain/cadence';
import { startCadence as planCadence } from '@/lib/domain/cadence';
import type { WorkingTime } from '@/lib/domain/working-time';
import { formatDateTime } from '@/lib/i18n/format';
import { cadenceName, followUpText } from '@/lib/panel/follow-up-text';
import { useI18n } from '@/lib/panel/i18n-context';

export interface CadencePreviewProps {
  cadence: Cadence;
  personId: string;
  workingTime: WorkingTime;
  /** Due times of the person's open follow-ups: touches keep off them, as the worker's plan does. */
  taken: readonly number[];
  busy: boolean;
  onConfirm: () => void;
  onCancel: () => void;
}

/**
 * "Start cadence" first shows every touch with its date (issue 19: it started on one click, titles
 * only); a touch moved off a slot already taken says so. The worker plans the same with the same
 * rule (lib/domain/cadence.ts), so what is shown is what starts.
 */
export function CadencePreview({
  cadence,
  personId,
  workingTime,
  taken,
  busy,
  onConfirm,
  onCancel,
}: CadencePreviewProps) {
  const { t, locale } = useI18n();
  const now = Date.now();
  const planned = planCadence(cadence, personId, now, workingTime, () => '', null, taken);
  const unmoved = planCadence(cadence, personId, now, workingTime, () => '', null);
  const name = cadenceName(cadence, t);
  return (
    <section class="cadence-preview" aria-labelledby="cadence-preview-heading">
      <h4 id="cadence-preview-heading">{t('cadence.previewTitle', { name })}</h4>
      <ol class="cards" aria-label={t('cadence.previewList')}>
        {planned.map((f, i) => (
          <li key={i} class="card">
            <div class="card-main">
              <span class="name" dir="auto">
                {t(`followUp.kind.${f.kind}`)} — {followUpText(f, t)}
              </span>
              <span class="sub">{formatDateTime(f.dueAt, locale, workingTime.timeZone)}</span>
              {f.dueAt !== unmoved[i]?.dueAt && <span class="sub">{t('cadence.movedOffSlot')}</span>}
            </div>
          </li>
        ))}
      </ol>
      <div class="row">
        <button type="button" class="primary" disabled={busy} onClick={onConfirm}>
          {t('cadence.confirm', { count: planned.length })}
        </button>
        <button type="button" onClick={onCancel}>
          {t('action.cancel')}
        </button>
      </div>
    </section>
  );
}
