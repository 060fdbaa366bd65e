import type { Browser } from 'wxt/browser';

/** The parts of the browser API the toolbar wiring needs; Firefox's sidebarAction is not in Chrome's types. */
export interface ToolbarApi {
  sidePanel?: Pick<typeof Browser.sidePanel, 'setPanelBehavior'>;
  sidebarAction?: { toggle(): Promise<void> };
  action?: { onClicked: { addListener(cb: () => void): void } };
  browserAction?: { onClicked: { addListener(cb: () => void): void } };
}

/**
 * Make the toolbar button open Sidecar's panel. Chrome: the side panel opens on action click, no code
 * on the click path. Firefox has no sidePanel API: its sidebar is toggled from the button's click,
 * which counts as the user gesture sidebarAction.toggle() requires.
 */
export async function setUpToolbar(api: ToolbarApi): Promise<'side-panel' | 'sidebar' | 'none'> {
  if (api.sidePanel?.setPanelBehavior) {
    await api.sidePanel.setPanelBehavior({ openPanelOnActionClick: true });
    return 'side-panel';
  }
  const sidebar = api.sidebarAction;
  const button = api.action ?? api.browserAction;
  if (sidebar && button) {
    button.onClicked.addListener(() => void sidebar.toggle());
    return 'sidebar';
  }
  return 'none';
}
