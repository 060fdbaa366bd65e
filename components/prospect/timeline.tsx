import type { ActivityRow } from '@/lib/db/rows';
import { resolveStageName } from '@/lib/domain/pipeline';
import { formatDateTime } from '@/lib/i18n/format';
import { useI18n } from '@/lib/panel/i18n-context';
import { useStageNames } from '@/lib/panel/use-stage-names';
import { TimelineEntry } from './timeline-entry';

export interface TimelineProps {
  activities: ActivityRow[];
  timeZone: string;
}

/** Everything that happened with the prospect, newest first. */
export function Timeline({ activities, timeZone }: TimelineProps) {
  const { t, locale } = useI18n();
  const { pipelines } = useStageNames();
  // Stage-change entries carry stage ids only; look them up in every pipeline (ids are unique slugs per template).
  const stageName = (id: string | null) => {
    if (id === null) return t('activity.noStage');
    for (const p of pipelines) {
      const s = p.stages.find((x) => x.id === id);
      if (s) return resolveStageName(s, t);
    }
    return id;
  };
  return (
    <section aria-labelledby="timeline-heading">
      <h3 id="timeline-heading">{t('timeline.heading')}</h3>
      {activities.length === 0 && <p class="muted">{t('timeline.empty')}</p>}
      <ol class="timeline" aria-label={t('timeline.heading')}>
        {activities.map((a) => (
          <li key={a.id} class={`entry entry-${a.kind}`}>
            <time dateTime={new Date(a.at).toISOString()} class="sub">
              {formatDateTime(a.at, locale, timeZone)}
            </time>
            <TimelineEntry activity={a} stageName={stageName} />
          </li>
        ))}
      </ol>
    </section>
  );
}
