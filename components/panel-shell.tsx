import { I18nContext } from '@/lib/panel/i18n-context';
import { useLanguage } from '@/lib/panel/use-language';
import { useSettings } from '@/lib/panel/use-settings';
import { PanelBody } from './panel-body';
import type { PageSnapshot } from './report-page-button';
import './narrow.css';

export interface PanelShellProps {
  /** The panel's query string: `?tabId=N`, `?view=today`, `?prospect=<id>`. */
  search: string;
  browserLanguages: readonly string[];
  /** Ask a tab for a redacted DOM snapshot ("Report this page"). */
  getSnapshot: (tabId: number) => Promise<PageSnapshot>;
  /** Open the extension's options page ("Settings" in the settings menu). */
  openOptions?: () => void;
}

/** The side panel: the user's language (settings, else the browser's) around the tabs and views. */
export function PanelShell({ search, browserLanguages, getSnapshot, openOptions = () => undefined }: PanelShellProps) {
  const settings = useSettings();
  const i18n = useLanguage(settings?.language ?? 'auto', browserLanguages);
  return (
    <I18nContext.Provider value={i18n}>
      <PanelBody
        search={search}
        getSnapshot={getSnapshot}
        language={settings?.language ?? 'auto'}
        openOptions={openOptions}
      />
    </I18nContext.Provider>
  );
}
