import { useMemo, useState } from 'preact/hooks';
import { computeConversion } from '@/lib/domain/analytics-conversion';
import { computeVelocity } from '@/lib/domain/analytics-velocity';
import type { Deal } from '@/lib/domain/deal';
import { useDb } from '@/lib/panel/db-context';
import { useI18n } from '@/lib/panel/i18n-context';
import { rangeFor, type RangeChoice } from '@/lib/panel/insights-range';
import { useLiveQuery } from '@/lib/panel/use-live-query';
import { useNow } from '@/lib/panel/use-now';
import { useSettings } from '@/lib/panel/use-settings';
import { useStageNames } from '@/lib/panel/use-stage-names';
import { DaysInStageChart } from './days-in-stage-chart';
import { ForecastChart } from './forecast-chart';
import { FunnelChart } from './funnel-chart';
import { QuotaForm } from './quota-form';
import { RangeSelector } from './range-selector';
import { VelocityStats } from './velocity-stats';
import '../board/controls.css';
import './insights.css';

/**
 * Insights: funnel and leaks, forecast against quota, days in stage, velocity. The range picks the
 * cohort (deals that entered the pipeline, or closed, in it); the forecast always looks ahead.
 */
export function InsightsView() {
  const { t } = useI18n();
  const db = useDb();
  const now = useNow();
  const settings = useSettings();
  const { pipelines } = useStageNames();
  const deals = useLiveQuery(() => db.deals.toArray(), [db], undefined as Deal[] | undefined);
  const [choice, setChoice] = useState<RangeChoice>('90');
  const [pipelineId, setPipelineId] = useState<string | null>(null);
  const pipeline = pipelines.find((p) => p.id === pipelineId) ?? pipelines[0];
  const range = rangeFor(choice, now);
  const conversion = useMemo(
    () => (pipeline && deals ? computeConversion(deals, pipeline, range) : null),
    // The range moves with `now` every minute; recomputing on the choice alone is enough.
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [deals, pipeline, choice],
  );
  const velocity = useMemo(() => computeVelocity(deals ?? [], range), [deals, choice]); // eslint-disable-line react-hooks/exhaustive-deps

  if (!settings || !deals || !pipeline || !conversion) {
    return (
      <section class="insights" data-sidecar-view="insights">
        <p class="muted">{t('loading')}</p>
      </section>
    );
  }
  return (
    <section class="insights" aria-labelledby="insights-heading" data-sidecar-view="insights">
      <h2 id="insights-heading">{t('insights')}</h2>
      {deals.length === 0 && <p class="muted">{t('insights.empty')}</p>}
      <div class="insights-controls">
        <RangeSelector value={choice} onChange={setChoice} />
        {pipelines.length > 1 && (
          <select
            aria-label={t('board.pipelineSwitch')}
            value={pipeline.id}
            onChange={(e) => setPipelineId(e.currentTarget.value)}
          >
            {pipelines.map((p) => (
              <option key={p.id} value={p.id}>
                {p.name ?? t(p.nameKey ?? '')}
              </option>
            ))}
          </select>
        )}
      </div>
      <FunnelChart conversion={conversion} pipeline={pipeline} />
      <ForecastChart deals={deals} pipelines={pipelines} settings={settings} now={now} />
      <QuotaForm settings={settings} />
      <DaysInStageChart conversion={conversion} pipeline={pipeline} />
      <VelocityStats velocity={velocity} />
    </section>
  );
}
