import type { DealRow, FollowUpRow } from '@/lib/db/rows';
import { statusDealOf } from '@/lib/domain/deal';
import { compareByDue, effectiveDueAt } from '@/lib/domain/follow-up';
import type { Settings } from '@/lib/domain/settings';
import { formatDate, formatDateTime } from '@/lib/i18n/format';
import { followUpText } from '@/lib/panel/follow-up-text';
import { useI18n } from '@/lib/panel/i18n-context';

export interface ContactTimingProps {
  deals: readonly DealRow[];
  followUps: readonly FollowUpRow[];
  lastTouchAt: number | null;
  settings: Settings;
}

/** The card's "Next step" (the open deal's or the soonest follow-up, whichever is first) and "Last touch". */
export function ContactTiming({ deals, followUps, lastTouchAt, settings }: ContactTimingProps) {
  const { t, locale } = useI18n();
  const tz = settings.workingTime.timeZone;
  const step = statusDealOf(deals)?.nextStep ?? null;
  const soonest = [...followUps].filter((f) => !f.done).sort(compareByDue)[0];
  const fromFollowUp = soonest && { text: followUpText(soonest, t), dueAt: effectiveDueAt(soonest) };
  const next = step && (!fromFollowUp || step.dueAt <= fromFollowUp.dueAt) ? step : (fromFollowUp ?? null);
  return (
    <>
      <div class="contact-row">
        <dt>{t('list.col.nextStep')}</dt>
        <dd class={next && next.dueAt < Date.now() ? 'overdue' : undefined} dir="auto">
          {next
            ? t('contact.nextStep', { text: next.text, date: formatDateTime(next.dueAt, locale, tz) })
            : t('contact.noNextStep')}
        </dd>
      </div>
      <div class="contact-row">
        <dt>{t('list.col.lastTouch')}</dt>
        <dd>{lastTouchAt === null ? t('list.neverTouched') : formatDate(lastTouchAt, locale, tz)}</dd>
      </div>
    </>
  );
}
