import { DEFAULT_SETTINGS, type Settings } from '../../domain/settings';
import { createPipelineFromTemplate, DEFAULT_STAGE_TEMPLATE } from '../../domain/stage-templates';
import type { SidecarDB } from '../schema';

export const DEFAULT_PIPELINE_ID = 'default';

/** The user's settings, or the defaults (with the machine's time zone) before they changed any. */
export async function getSettings(
  db: SidecarDB,
  systemTimeZone = Intl.DateTimeFormat().resolvedOptions().timeZone,
): Promise<Settings> {
  const row = await db.settings.get('settings');
  if (row) return row.value;
  return { ...DEFAULT_SETTINGS, workingTime: { ...DEFAULT_SETTINGS.workingTime, timeZone: systemTimeZone } };
}

/** First run (or first run after the v2 upgrade): the default B2B pipeline and the settings row. */
export async function ensureDefaults(db: SidecarDB): Promise<void> {
  await db.transaction('rw', db.pipelines, db.settings, async () => {
    if ((await db.pipelines.count()) === 0) {
      await db.pipelines.add({
        ...createPipelineFromTemplate(DEFAULT_STAGE_TEMPLATE, DEFAULT_PIPELINE_ID),
        position: 0,
      });
    }
    if (!(await db.settings.get('settings'))) await db.settings.put({ id: 'settings', value: await getSettings(db) });
  });
}
