import { useEffect, useState } from 'preact/hooks';
import type { FollowUpRow } from '@/lib/db/rows';
import type { Settings } from '@/lib/domain/settings';
import { useI18n } from '@/lib/panel/i18n-context';
import { FollowUpRowItem } from './follow-up-row-item';
import { FollowUpScheduler } from './follow-up-scheduler';

export interface FollowUpsSectionProps {
  personId: string;
  personName: string;
  followUps: FollowUpRow[];
  settings: Settings;
  /** Changes when the user asks to schedule one (the `f` key, the palette). */
  openSignal: number;
}

/** Open follow-ups (done, snooze, reschedule) and scheduling a new one. */
export function FollowUpsSection({ personId, personName, followUps, settings, openSignal }: FollowUpsSectionProps) {
  const { t } = useI18n();
  const [scheduling, setScheduling] = useState(false);
  useEffect(() => {
    if (openSignal > 0) setScheduling(true);
  }, [openSignal]);
  return (
    <section aria-labelledby="follow-ups-heading">
      <h3 id="follow-ups-heading">{t('followUp.heading')}</h3>
      {followUps.length === 0 && <p class="muted">{t('followUp.none')}</p>}
      {followUps.length > 0 && (
        <ul class="cards" aria-label={t('followUp.heading')}>
          {followUps.map((f) => (
            <FollowUpRowItem key={f.id} followUp={f} workingTime={settings.workingTime} personName={personName} />
          ))}
        </ul>
      )}
      {scheduling ? (
        <FollowUpScheduler
          key={openSignal}
          personId={personId}
          workingTime={settings.workingTime}
          onDone={() => setScheduling(false)}
        />
      ) : (
        <button type="button" aria-keyshortcuts="f" onClick={() => setScheduling(true)}>
          {t('followUp.schedule')}
        </button>
      )}
    </section>
  );
}
