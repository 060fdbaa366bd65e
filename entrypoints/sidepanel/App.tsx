import { browser } from '#imports';
import { PanelShell } from '@/components/panel-shell';
import { takePageSnapshot } from '@/lib/panel/page-snapshot';

// Wiring only: the shell reads the database and sends messages through its contexts' defaults.
const openOptions = () => void browser.runtime.openOptionsPage();

export function App() {
  return (
    <PanelShell
      search={location.search}
      browserLanguages={navigator.languages}
      getSnapshot={takePageSnapshot}
      openOptions={openOptions}
    />
  );
}
