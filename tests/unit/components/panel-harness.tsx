// Shared by the board, Today and Insights component tests: a fresh fake-indexeddb database per test,
// the English catalogue, and the panel's contexts around the view under test.
import type { ComponentChildren } from 'preact';
import { render } from '@testing-library/preact';
import { SidecarDB } from '@/lib/db/schema';
import { DEFAULT_SETTINGS, type Settings } from '@/lib/domain/settings';
import { createPipelineFromTemplate, type StageTemplateId } from '@/lib/domain/stage-templates';
import { createTranslator } from '@/lib/i18n/translate';
import { DbContext } from '@/lib/panel/db-context';
import { I18nContext } from '@/lib/panel/i18n-context';
import en from '@/locales/en.json';

export const t = createTranslator('en', en, en);

/** A new empty database with one pipeline (id 'p1', from a template) and UTC settings. */
export async function makeDb(
  template: StageTemplateId = 'b2b-outbound',
  settings: Partial<Settings> = {},
): Promise<SidecarDB> {
  const db = new SidecarDB(`t-${crypto.randomUUID()}`);
  await db.open();
  await db.pipelines.add({ ...createPipelineFromTemplate(template, 'p1'), position: 0 });
  await db.settings.put({
    id: 'settings',
    value: { ...DEFAULT_SETTINGS, workingTime: { ...DEFAULT_SETTINGS.workingTime, timeZone: 'UTC' }, ...settings },
  });
  return db;
}

/** Render a view as the panel would: database and English translator from context. */
export function renderInPanel(db: SidecarDB, ui: ComponentChildren) {
  return render(
    <DbContext.Provider value={db}>
      <I18nContext.Provider value={{ t, locale: 'en' }}>{ui}</I18nContext.Provider>
    </DbContext.Provider>,
  );
}
