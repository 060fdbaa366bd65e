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
  params?: Record<string, string>;
  /** Extra text for the tooltip (a handler's detail). */
  detail?: string;
  /** The outcome is a question (Log email: "add these people?"): each answer runs on its own click. */
  choices?: readonly ActionChoice[];
  /** A "Remember my choice" checkbox before the answers (its catalogue key); unticked, an answer is for this click. */
  rememberKey?: string;
}

/** One answer to an outcome's question; `remember` is whether the user ticked "Remember my choice". */
export interface ActionChoice {
  labelKey: string;
  run(remember: boolean): Promise<ActionOutcome>;
}

export type ActionState = { state: 'busy' } | { state: 'done'; outcome: ActionOutcome };

/** The action's button, then its outcome: role=status when it worked, role=alert when not. */
export function createActionButton(
  action: OverlayAction,
  state: ActionState | undefined,
  t: OverlayTranslate,
  ui: PartUi,
  onRun: (run?: () => Promise<ActionOutcome>) => void,
): Node[] {
  const button = el('button', 'add', t(state?.state === 'busy' ? action.busyKey : action.labelKey));
  button.type = 'button';
  // The accessible name stays the label while busy, so the button is found the same way.
  button.setAttribute('aria-label', t(action.labelKey));
  button.disabled = state?.state === 'busy';
  button.addEventListener('click', (e) => ui.act(e, () => onRun()));
  const out: Node[] = [createMark(), button];
  if (state?.state === 'done') {
    const { outcome } = state;
    const text = t(outcome.messageKey, outcome.params);
    const note = el('span', outcome.ok ? 'status' : 'error', text);
    note.setAttribute('role', outcome.ok ? 'status' : 'alert');
    note.setAttribute('aria-label', text);
    if (outcome.detail) note.title = outcome.detail;
    out.push(note);
    const remember = outcome.rememberKey && outcome.choices?.length ? rememberBox(t(outcome.rememberKey)) : null;
    if (remember) out.push(remember.label);
    for (const choice of outcome.choices ?? []) {
      const answer = el('button', 'add', t(choice.labelKey));
      answer.type = 'button';
      // Read at the answer's (trusted) click: the box is in the closed root, out of the page's reach.
      answer.addEventListener('click', (e) => ui.act(e, () => onRun(() => choice.run(remember?.box.checked === true))));
      out.push(answer);
    }
  }
  return out;
}

/** An unticked checkbox with its visible label around it. */
function rememberBox(text: string): { label: HTMLLabelElement; box: HTMLInputElement } {
  const label = el('label', 'remember');
  const box = el('input', 'tick');
  box.type = 'checkbox';
  label.append(box, document.createTextNode(text));
  return { label, box };
}
