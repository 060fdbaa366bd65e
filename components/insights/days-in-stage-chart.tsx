import type { PipelineConversion } from '@/lib/domain/analytics-conversion';
import { findStage, resolveStageName, type Pipeline } from '@/lib/domain/pipeline';
import { useI18n } from '@/lib/panel/i18n-context';
import { BarChart } from './bar-chart';

/** Mean days a deal spends in each stage (completed stays only): where deals wait. */
export function DaysInStageChart({ conversion, pipeline }: { conversion: PipelineConversion; pipeline: Pipeline }) {
  const { t, locale } = useI18n();
  const days = new Intl.NumberFormat(locale, { maximumFractionDigits: 1 });
  const rows = conversion.stages.flatMap((s) => {
    const stage = findStage(pipeline, s.stageId);
    if (!stage || s.averageDaysInStage === null) return [];
    const label = resolveStageName(stage, t);
    return [
      {
        key: s.stageId,
        label,
        value: s.averageDaysInStage,
        valueText: t('insights.days', { n: days.format(s.averageDaysInStage) }),
      },
    ];
  });
  const summary = t('insights.daysInStage.summary', {
    stages: rows.map((r) => `${r.label} ${r.valueText}`).join(', '),
  });
  return (
    <section class="insight" aria-labelledby="insight-days">
      <h3 id="insight-days">{t('insights.daysInStage')}</h3>
      <BarChart
        title={t('insights.daysInStage')}
        summary={summary}
        rows={rows}
        headers={[t('insights.col.stage'), t('insights.col.days')]}
      />
    </section>
  );
}
