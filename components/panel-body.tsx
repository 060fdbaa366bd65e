import { useRef, useState } from 'preact/hooks';
import type { LanguageSetting } from '@/lib/domain/settings';
import { useI18n } from '@/lib/panel/i18n-context';
import { parseRoute, type PanelRoute, type View } from '@/lib/panel/panel-route';
import { useSend } from '@/lib/panel/send-context';
import { createPageCapture } from '@/lib/panel/use-capture';
import { useOpenProspectRequest } from '@/lib/panel/use-open-prospect-request';
import { usePanelShortcuts, type ProspectCommand } from '@/lib/panel/use-panel-shortcuts';
import { useTabDetection, useTabId } from '@/lib/panel/use-tab-detection';
import { ToastContext, useToastState } from '@/lib/panel/toasts';
import { useUndoKey } from '@/lib/panel/use-undo-key';
import { buildPaletteCommands } from '@/lib/panel/palette-commands';
import { CommandPalette } from './command-palette';
import { SearchBox } from './search-box';
import { SettingsMenu } from './settings-menu';
import { ShortcutHelp } from './shortcut-help';
import { TabBar } from './tab-bar';
import { Toaster } from './toaster';
import { ViewArea } from './view-area';
import type { PageSnapshot } from './report-page-button';

export interface PanelBodyProps {
  search: string;
  language: LanguageSetting;
  getSnapshot: (tabId: number) => Promise<PageSnapshot>;
  openOptions: () => void;
}

/** Tabs, search and the active view, plus the palette and the shortcut sheet. */
export function PanelBody({ search, language, getSnapshot, openOptions }: PanelBodyProps) {
  const { t } = useI18n();
  const send = useSend();
  const [route, setRoute] = useState<PanelRoute>(() => parseRoute(search));
  const [query, setQuery] = useState('');
  const [overlay, setOverlay] = useState<'palette' | 'help' | null>(null);
  const [command, setCommand] = useState<ProspectCommand | null>(null);
  const [addAllSignal, setAddAllSignal] = useState(0);
  const searchRef = useRef<HTMLInputElement>(null);
  const tabId = useTabId(search);
  const detection = useTabDetection(tabId);
  const capture = createPageCapture(send, tabId, detection);
  const toasts = useToastState(
    () => t('undo.done'),
    () => t('undo.failed'),
  );
  useUndoKey(toasts.undo, Boolean(toasts.current?.undo));

  const selectView = (view: View) => {
    setRoute({ view, prospectId: null });
    setQuery('');
  };
  const openPerson = (prospectId: string) => {
    setRoute((r) => ({ ...r, prospectId }));
    setQuery('');
  };
  useOpenProspectRequest(openPerson);
  const prospectCommand = (kind: ProspectCommand['kind']) => setCommand({ kind, n: (command?.n ?? 0) + 1 });
  usePanelShortcuts({
    route,
    overlayOpen: overlay !== null,
    selectView,
    focusSearch: () => searchRef.current?.focus(),
    openPalette: () => setOverlay('palette'),
    openHelp: () => setOverlay('help'),
    back: () => setRoute((r) => ({ ...r, prospectId: null })),
  });
  const commands = buildPaletteCommands({
    t,
    route,
    detection,
    selectView,
    prospectCommand,
    openHelp: () => setOverlay('help'),
    // The same confirmation as On this page's "Add all (N)": it lists who will be added.
    captureAll: () => {
      selectView('page');
      setAddAllSignal((n) => n + 1);
    },
    setLanguage: (l) => void send('updateSettings', { patch: { language: l } }),
  });

  return (
    <ToastContext.Provider value={toasts.show}>
      <main class="panel">
        <header class="top">
          <div class="top-row">
            <SearchBox value={query} onInput={setQuery} inputRef={searchRef} />
            <SettingsMenu
              language={language}
              onShortcuts={() => setOverlay('help')}
              onOpenOptions={openOptions}
              onLanguage={(l) => void send('updateSettings', { patch: { language: l } })}
            />
          </div>
          <TabBar active={route.prospectId === null ? route.view : null} onSelect={selectView} />
        </header>
        <div id="panel-view" role="tabpanel" aria-labelledby={`tab-${route.view}`} class="view">
          <ViewArea
            route={route}
            query={query}
            tabId={tabId}
            detection={detection}
            capture={capture}
            command={command}
            addAllSignal={addAllSignal}
            onOpen={openPerson}
            onBack={() => setRoute((r) => ({ ...r, prospectId: null }))}
            getSnapshot={() => (tabId === null ? Promise.reject(new Error('no tab')) : getSnapshot(tabId))}
          />
        </div>
        {overlay === 'palette' && (
          <CommandPalette commands={commands} onOpenPerson={openPerson} onClose={() => setOverlay(null)} />
        )}
        {overlay === 'help' && <ShortcutHelp onClose={() => setOverlay(null)} />}
        <Toaster state={toasts} />
      </main>
    </ToastContext.Provider>
  );
}
