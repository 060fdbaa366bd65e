import type { PipelineConversion } from '@/lib/domain/analytics-conversion';
import { findStage, resolveStageName, type Pipeline } from '@/lib/domain/pipeline';
import { formatNumber } from '@/lib/i18n/format';
import { useI18n } from '@/lib/panel/i18n-context';
import { leakHintKey } from '@/lib/panel/insights-range';
import { BarChart, type BarRow } from './bar-chart';
import { formatPercent } from './percent';

/** How far deals got, the conversion between consecutive stages, and where they leak out (lost). */
export function FunnelChart({ conversion, pipeline }: { conversion: PipelineConversion; pipeline: Pipeline }) {
  const { t, locale } = useI18n();
  const name = (id: string) => {
    const s = findStage(pipeline, id);
    return s ? resolveStageName(s, t) : id;
  };
  const rows: BarRow[] = conversion.stages.map((s) => {
    const parts = [
      s.conversionToNext !== null
        ? t('insights.funnel.toNext', { pct: formatPercent(s.conversionToNext, locale) })
        : null,
      s.lost > 0 ? t('insights.funnel.lostHere', { count: s.lost }) : null,
    ].filter((p): p is string => p !== null);
    return {
      key: s.stageId,
      label: name(s.stageId),
      value: s.reached,
      valueText: formatNumber(s.reached, locale),
      ...(parts.length ? { note: parts.join(', ') } : {}),
      highlight: s.stageId === conversion.biggestLeakStageId,
    };
  });
  const leak = conversion.stages.find((s) => s.stageId === conversion.biggestLeakStageId);
  const hint = leak ? leakHintKey(leak.stageId) : null;
  const summary = t('insights.funnel.summary', {
    count: conversion.dealCount,
    stages: rows.map((r) => `${r.label} ${r.valueText}`).join(', '),
  });
  return (
    <section class="insight" aria-labelledby="insight-funnel">
      <h3 id="insight-funnel">{t('insights.funnel')}</h3>
      <BarChart
        title={t('insights.funnel')}
        summary={summary}
        rows={conversion.dealCount === 0 ? [] : rows}
        headers={[t('insights.col.stage'), t('insights.col.reached'), t('insights.col.conversion')]}
      />
      {leak && (
        <p class="leak" data-testid="leak">
          {t('insights.leak', { stage: name(leak.stageId), count: leak.lost })}
          {hint && <> {t(hint)}</>}
        </p>
      )}
    </section>
  );
}
