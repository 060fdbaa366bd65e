import { useState } from 'preact/hooks';
import type { DealHealthFlag } from '@/lib/domain/analytics-health';
import type { Deal, NextStep } from '@/lib/domain/deal';
import type { WorkingTime } from '@/lib/domain/working-time';
import { formatDate, formatMoney } from '@/lib/i18n/format';
import { useI18n } from '@/lib/panel/i18n-context';
import { NextStepForm } from '../board/next-step-form';

export interface DealAttentionItemProps {
  deal: Deal;
  flags: readonly DealHealthFlag[];
  daysSinceActivity: number;
  personName: string | null;
  workingTime: WorkingTime;
  onOpenPerson(personId: string): void;
  onSetNextStep(step: NextStep): void;
}

/** A deal that needs a decision: stalled, without a next step, or with an overdue one; "Set next step" in place. */
export function DealAttentionItem(p: DealAttentionItemProps) {
  const { t, locale } = useI18n();
  const [editing, setEditing] = useState(false);
  const { deal } = p;
  return (
    <li class="today-item" data-deal-id={deal.id}>
      <div class="today-main">
        <button type="button" class="linkish today-person" onClick={() => p.onOpenPerson(deal.personId)}>
          {p.personName ?? t('loading')}
        </button>
        <span class="today-what">
          {deal.title} · {formatMoney(deal.value, deal.currency, locale)}
        </span>
        <span class="flags">
          {p.flags.map((f) => (
            <span key={f} class={`flag flag-${f}`}>
              {t(`flag.${f}`)}
            </span>
          ))}
        </span>
        <span class="today-due">
          {deal.nextStep
            ? t('board.nextStepOn', {
                text: deal.nextStep.text,
                date: formatDate(deal.nextStep.dueAt, locale, p.workingTime.timeZone),
              })
            : t('today.quietFor', { count: p.daysSinceActivity })}
        </span>
      </div>
      {editing ? (
        <NextStepForm
          workingTime={p.workingTime}
          initial={deal.nextStep}
          submitLabel={t('action.save')}
          onSubmit={(step) => {
            setEditing(false);
            p.onSetNextStep(step);
          }}
          onCancel={() => setEditing(false)}
        />
      ) : (
        <div class="today-actions">
          <button
            type="button"
            aria-label={t('today.setNextStepFor', { title: deal.title })}
            onClick={() => setEditing(true)}
          >
            {t('today.setNextStep')}
          </button>
        </div>
      )}
    </li>
  );
}
