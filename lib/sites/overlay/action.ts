import { el } from './dom';
import { createMark } from './mark';
import type { PartUi } from './placement';
import type { OverlayTranslate } from './translate';

/** A button in an overlay of its own that runs something for the page (Gmail's "Log email"). */
export interface OverlayAction {
  /** Stable for one subject (e.g. `logEmail:<thread id>`), so a result stays with its thread. */
  id: string;
  labelKey: string;
  /** Catalogue key shown while it runs. */
  busyKey: string;
  /** Runs after a trusted click on a visible overlay; resolves to the catalogue key of the outcome. */
  run(): Promise<ActionOutcome>;
}

export interface ActionOutcome {
  ok: boolean;
  messageKey: string;
  /** Extra text for the tooltip (a handler's detail). */
  detail?: string;
}

export type ActionState = { state: 'busy' } | { state: 'done'; outcome: ActionOutcome };

/** The action's button, then its outcome: role=status when it worked, role=alert when not. */
export function createActionButton(
  action: OverlayAction,
  state: ActionState | undefined,
  t: OverlayTranslate,
  ui: PartUi,
  onRun: () => void,
): Node[] {
  const button = el('button', 'add', t(state?.state === 'busy' ? action.busyKey : action.labelKey));
  button.type = 'button';
  // The accessible name stays the label while busy, so the button is found the same way.
  button.setAttribute('aria-label', t(action.labelKey));
  button.disabled = state?.state === 'busy';
  button.addEventListener('click', (e) => ui.act(e, onRun));
  const out: Node[] = [createMark(), button];
  if (state?.state === 'done') {
    const note = el('span', state.outcome.ok ? 'status' : 'error', t(state.outcome.messageKey));
    note.setAttribute('role', state.outcome.ok ? 'status' : 'alert');
    note.setAttribute('aria-label', t(state.outcome.messageKey));
    if (state.outcome.detail) note.title = state.outcome.detail;
    out.push(note);
  }
  return out;
}
