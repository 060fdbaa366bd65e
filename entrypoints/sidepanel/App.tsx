import { browser } from '#imports';
import { PanelShell } from '@/components/panel-shell';
import { tabMessenger } from '@/lib/messaging/tab-protocol';

// Wiring only: the shell reads the database and sends messages through its contexts' defaults.
const getSnapshot = (tabId: number) => tabMessenger.sendMessage('getPageSnapshot', {}, tabId);
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
