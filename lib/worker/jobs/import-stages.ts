import { captureStageRef, matchStageByName, stageSearchOrder, type StageRef } from '../../domain/import-deal';
import { getSettings } from '../../db/repositories/settings';
import type { SidecarDB } from '../../db/schema';
import { chromeKeyOf, chromeMessageText } from '../../i18n/catalogue';
import { fetchPackagedMessages } from '../../messaging/handlers/overlay-strings';
import type { ColumnMapping } from '../../portability/csv-columns';
import type { ImportRow } from '../../portability/csv-rows';

/** The languages whose stage names a file's stage column may use (locales/*.json, packaged as _locales). */
const STAGE_LANGUAGES = ['en', 'pl', 'uk', 'ru', 'tr', 'th'] as const;

/** Where a row's deal opens: a stage, none, or none because the stage its file names is not the user's. */
export type RowDeal = StageRef | 'stage-not-found' | null;

type FetchMessages = typeof fetchPackagedMessages;

/** A template stage's name in every language Sidecar ships, read from the packaged catalogues (none that fail). */
export async function loadStageNames(fetchMessages: FetchMessages = fetchPackagedMessages) {
  const tables = await Promise.all(STAGE_LANGUAGES.map((lang) => fetchMessages(lang).catch(() => null)));
  return (key: string): string[] =>
    tables.flatMap((t) => {
      const entry = t?.[chromeKeyOf(key)];
      return entry ? [chromeMessageText(entry, [])] : [];
    });
}

/**
 * Each row's deal, read before the import's steps (the catalogues are fetched, which no transaction
 * may wait for): with a stage column, the stage its cell names in the user's pipelines (an empty cell
 * opens one only when the user asked for deals); without, the capture stage when the user asked.
 */
export async function rowDealsOf(
  db: SidecarDB,
  rows: readonly ImportRow[],
  mapping: ColumnMapping,
  wantsDeals: boolean,
): Promise<RowDeal[]> {
  const stageMapped = mapping.includes('stage');
  if (!stageMapped && !wantsDeals) return rows.map(() => null);
  const [pipelines, settings] = await Promise.all([db.pipelines.orderBy('position').toArray(), getSettings(db)]);
  const fallback = wantsDeals ? captureStageRef(pipelines, settings) : null;
  if (!stageMapped || !rows.some((r) => r.stage)) return rows.map(() => fallback);
  const order = stageSearchOrder(pipelines, settings);
  const namesOf = await loadStageNames();
  const found = new Map<string, StageRef | null>();
  return rows.map((row) => {
    if (!row.stage) return fallback;
    if (!found.has(row.stage)) found.set(row.stage, matchStageByName(order, row.stage, namesOf));
    return found.get(row.stage) ?? 'stage-not-found';
  });
}
