import type { ComponentChildren } from 'preact';
import { useState } from 'preact/hooks';
import type { FollowUpRow } from '@/lib/db/rows';
import type { DealHealth } from '@/lib/domain/analytics-health';
import { useDb } from '@/lib/panel/db-context';
import { useI18n } from '@/lib/panel/i18n-context';
import { errorOf } from '@/lib/panel/message-error';
import { useSend } from '@/lib/panel/send-context';
import { useUndoable } from '@/lib/panel/use-undoable';
import { followUpToast } from '@/lib/panel/follow-up-toast';
import { loadToday, type TodayData, type TodayListKey } from '@/lib/panel/today-data';
import { useLiveQuery } from '@/lib/panel/use-live-query';
import { useNow } from '@/lib/panel/use-now';
import { DealAttentionItem } from './deal-attention-item';
import { FollowUpItem, type FollowUpAction } from './follow-up-item';
import { NewLeadsSection } from './new-leads-section';
import { TodaySection } from './today-section';
import '../board/controls.css';
import '../board/board.css';
import './today.css';

// A long backlog would push today's own work off the first screen: a few rows each, "show all" for more.
const FIRST = 10;

/**
 * Today: follow-ups due today or overdue, the deals that need a decision, each handled in place, and
 * the new leads nobody has touched yet.
 */
export function TodayView({ onOpenPerson }: { onOpenPerson(personId: string): void }) {
  const { t, locale } = useI18n();
  const db = useDb();
  const send = useSend();
  const undoable = useUndoable();
  const now = useNow();
  const [all, setAll] = useState<Partial<Record<TodayListKey, boolean>>>({});
  const [error, setError] = useState<string | null>(null);
  const data = useLiveQuery(
    () => loadToday(db, now, (key) => (all[key] ? Infinity : FIRST)),
    [db, now, JSON.stringify(all)],
    undefined as TodayData | undefined,
  );
  if (!data)
    return (
      <section class="today" data-sidecar-view="today">
        <p class="muted">{t('loading')}</p>
      </section>
    );
  const { settings, names, totals } = data;

  // Each one can be undone for 10 seconds from its toast (issue 19).
  const act = async (f: FollowUpRow, a: FollowUpAction) =>
    setError(
      await undoable(
        [f.personId],
        () =>
          a.kind === 'done'
            ? send('completeFollowUp', { followUpId: f.id, ...(a.outcome ? { outcome: a.outcome } : {}) })
            : a.kind === 'snooze'
              ? send('snoozeFollowUp', { followUpId: f.id, until: a.until })
              : send('rescheduleFollowUp', { followUpId: f.id, dueAt: a.dueAt }),
        followUpToast(a, f, names.get(f.personId) ?? '', t, locale, settings.workingTime.timeZone),
      ),
    );
  const followUps = (rows: FollowUpRow[], overdue: boolean) =>
    rows.map((f) => (
      <FollowUpItem
        key={f.id}
        followUp={f}
        personName={names.get(f.personId) ?? null}
        overdue={overdue}
        workingTime={settings.workingTime}
        onOpenPerson={onOpenPerson}
        onAction={(a) => void act(f, a)}
      />
    ));
  const deals = (rows: DealHealth[]) =>
    rows.map((h) => {
      const deal = data.deals.get(h.dealId);
      return (
        deal && (
          <DealAttentionItem
            key={h.dealId}
            deal={deal}
            flags={h.flags}
            daysSinceActivity={h.daysSinceActivity}
            personName={names.get(deal.personId) ?? null}
            workingTime={settings.workingTime}
            onOpenPerson={onOpenPerson}
            onSetNextStep={(nextStep) =>
              void errorOf(send('updateDeal', { dealId: deal.id, patch: { nextStep } })).then(setError)
            }
          />
        )
      );
    });
  const section = (key: TodayListKey, children: ComponentChildren) => (
    <TodaySection
      id={`today-${key}`}
      title={t(`today.section.${key}`)}
      total={totals[key]}
      shown={data[key].length}
      emptyText={t(`today.empty.${key}`)}
      onShowAll={() => setAll({ ...all, [key]: true })}
    >
      {children}
    </TodaySection>
  );
  const nothing = totals.overdue + totals.today + totals.stalled + totals.nextStep === 0;

  return (
    <section class="today" aria-labelledby="today-heading" data-sidecar-view="today" data-ready="true">
      <h2 id="today-heading">{t('today')}</h2>
      {error && (
        <p class="sc-error" role="alert">
          {t('today.failed', { reason: t(`error.${error}`) })}
        </p>
      )}
      {nothing && <p class="today-clear">{t('today.allClear')}</p>}
      {section('overdue', followUps(data.overdue, true))}
      {section('today', followUps(data.today, false))}
      {section('stalled', deals(data.stalled))}
      {section('nextStep', deals(data.nextStep))}
      <NewLeadsSection onOpenPerson={onOpenPerson} />
    </section>
  );
}
