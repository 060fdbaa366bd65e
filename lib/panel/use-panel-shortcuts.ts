import { useEffect, useRef } from 'preact/hooks';
import { GO_KEYS, type PanelRoute, type View } from './panel-route';
import { moveItemFocus, useKeyShortcuts } from './use-shortcuts';

/** A request from the palette to the open prospect; `n` changes on every request so repeats count. */
export interface ProspectCommand {
  kind: 'note' | 'call' | 'followUp';
  n: number;
}

export interface PanelShortcutActions {
  route: PanelRoute;
  overlayOpen: boolean;
  selectView: (view: View) => void;
  focusSearch: () => void;
  openPalette: () => void;
  openHelp: () => void;
  back: () => void;
}

// How long `g` waits for its second key, like GitHub's and Gmail's `g` sequences.
const SEQUENCE_MS = 1500;

/**
 * The panel-wide keys: Ctrl/Cmd+K palette (even from a field), `/` search, `g o|p|t|i` views, `j/k`
 * items, `a` capture on On this page, `?` help, Escape back from a prospect. The prospect view adds n, c, f.
 */
export function usePanelShortcuts(a: PanelShortcutActions): void {
  const gAt = useRef(0);
  const actions = useRef(a);
  actions.current = a;
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if ((event.ctrlKey || event.metaKey) && !event.altKey && event.key.toLowerCase() === 'k') {
        event.preventDefault();
        actions.current.openPalette();
      }
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, []);
  useKeyShortcuts((key) => {
    const now = Date.now();
    if (now - gAt.current < SEQUENCE_MS) {
      gAt.current = 0;
      const view = GO_KEYS[key];
      if (view) actions.current.selectView(view);
      return view !== undefined;
    }
    switch (key) {
      case 'g':
        gAt.current = now;
        return true;
      case '/':
        actions.current.focusSearch();
        return true;
      case 'j':
        moveItemFocus(1);
        return true;
      case 'k':
        moveItemFocus(-1);
        return true;
      case '?':
        actions.current.openHelp();
        return true;
      case 'Escape':
        if (!actions.current.route.prospectId) return false;
        actions.current.back();
        return true;
      case 'a':
        return actions.current.route.view === 'page' && !actions.current.route.prospectId && clickCapture();
      default:
        return false;
    }
  }, !a.overlayOpen);
}

/** `a`: capture the focused contact, else the first one not yet in the pipeline. */
function clickCapture(): boolean {
  const focused = document.activeElement
    ?.closest('[data-contact-key]')
    ?.querySelector<HTMLButtonElement>('[data-capture]');
  const button = focused ?? document.querySelector<HTMLButtonElement>('[data-capture]:not([disabled])');
  button?.click();
  return button !== null && button !== undefined;
}
