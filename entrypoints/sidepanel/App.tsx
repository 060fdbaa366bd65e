import { browser } from '#imports';
import { PanelShell } from '@/components/panel-shell';
import { sendToTab } from '@/lib/messaging/transport/tab-channel';

// Wiring only: the shell reads the database and sends messages through its contexts' defaults.
const getSnapshot = (tabId: number) => sendToTab(tabId, 'getPageSnapshot', {});
const openOptions = () => void browser.runtime.openOptionsPage();

export function App() {
  return (
    <PanelShell
      search={location.search}
      browserLanguages={navigator.languages}
      getSnapshot={getSnapshot}
      openOptions={openOptions}
    />
  );
}
