import type { OverlayTranslate } from './translate';

/** A button in an overlay strip that runs something for the page (Gmail's "Log email"). */
export interface OverlayAction {
  /** Stable for one subject (e.g. `logEmail:<thread id>`), so a result stays with its thread. */
  id: string;
  labelKey: string;
  /** Catalogue key shown while it runs. */
  busyKey: string;
  /** Runs after a trusted click; resolves to the catalogue key of the outcome. */
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
  onClick: (e: MouseEvent) => void,
): HTMLElement {
  const wrap = document.createElement('span');
  wrap.className = 'chip';
  const button = document.createElement('button');
  button.type = 'button';
  button.className = 'add';
  button.textContent = t(state?.state === 'busy' ? action.busyKey : action.labelKey);
  // The accessible name stays the label while busy, so the button is found the same way.
  button.setAttribute('aria-label', t(action.labelKey));
  button.disabled = state?.state === 'busy';
  button.addEventListener('click', onClick);
  wrap.append(button);
  if (state?.state === 'done') {
    const note = document.createElement('span');
    note.className = state.outcome.ok ? 'status' : 'error';
    note.setAttribute('role', state.outcome.ok ? 'status' : 'alert');
    note.textContent = t(state.outcome.messageKey);
    if (state.outcome.detail) note.title = state.outcome.detail;
    wrap.append(note);
  }
  return wrap;
}
