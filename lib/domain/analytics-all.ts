import { computeConversion, type PipelineConversion } from './analytics-conversion';
import {
  computeForecast,
  computeQuotaAttainment,
  monthOf,
  type ForecastBucket,
  type QuotaAttainment,
} from './analytics-forecast';
import { computeVelocity, type SalesVelocity } from './analytics-velocity';
import type { DateRange } from './entity-fields';
import type { Deal } from './deal';
import { groupBy } from './group-by';
import { indexStages, type Pipeline } from './pipeline';
import type { Settings } from './settings';

export type AllAnalytics = {
  forecast: ForecastBucket[];
  attainment: QuotaAttainment;
  conversion: PipelineConversion[];
  velocity: SalesVelocity[];
};

/**
 * Forecast, this month's quota attainment, conversion per pipeline and velocity, for the dashboard
 * and the benchmark. Each part is a single pass over the deals (conversion: over each pipeline's own
 * deals), so 20,000 deals stay far below a frame.
 */
export function computeAllAnalytics(
  deals: readonly Deal[],
  pipelines: readonly Pipeline[],
  settings: Settings,
  now: number,
  range?: DateRange,
): AllAnalytics {
  const byPipeline = groupBy(deals, (deal) => deal.pipelineId);
  return {
    forecast: computeForecast(deals, indexStages(pipelines)),
    attainment: computeQuotaAttainment(deals, settings, monthOf(now, settings.workingTime.timeZone)),
    conversion: pipelines.map((p) => computeConversion(byPipeline.get(p.id) ?? [], p, range)),
    velocity: computeVelocity(deals, range),
  };
}
