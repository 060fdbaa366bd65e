import { I18nContext } from '@/lib/panel/i18n-context';
import { useLanguage } from '@/lib/panel/use-language';
import { useSettings } from '@/lib/panel/use-settings';
import { NeverLogEditor } from './never-log-editor';
import { DetectionStats } from './detection-stats';
import { GeneralSettings } from './general-settings';
import { DataSection } from './data-section';
import { PageFootprint } from './page-footprint';
import { CaptureSettings } from './capture-settings';
import { TemplateSettings } from './template-settings';
import { CadenceSettings } from './cadence-settings';
import { PipelinesSection } from './pipelines-section';
import { PrivacySection } from './privacy-section';

/** The options page: settings, the Never-log list, detection health and the user's data. */
export function OptionsApp() {
  const settings = useSettings();
  const i18n = useLanguage(settings?.language ?? 'auto', navigator.languages);
  const { t } = i18n;
  return (
    <I18nContext.Provider value={i18n}>
      <main class="options">
        <h1>{t('options.title')}</h1>
        {settings && <GeneralSettings settings={settings} />}
        <PipelinesSection />
        {settings && <CaptureSettings settings={settings} />}
        {settings && <TemplateSettings settings={settings} />}
        {settings && <CadenceSettings settings={settings} />}
        {settings && <PageFootprint settings={settings} />}
        {settings && <NeverLogEditor neverLog={settings.neverLog} />}
        <DetectionStats />
        <DataSection />
        <PrivacySection settings={settings} />
      </main>
    </I18nContext.Provider>
  );
}
