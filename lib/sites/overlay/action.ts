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
  if (state?.state !== 'done') return out;
  const { outcome } = state;
  const text = t(outcome.messageKey, outcome.params);
  if (outcome.choices?.length) {
    // A question and its answers do not fit the fixed box: they open beside it, once per outcome.
    if (!asked.has(outcome)) {
      asked.add(outcome);
      queueMicrotask(() => {
        if (button.isConnected) askBeside(button, outcome, text, t, ui, onRun);
      });
    }
    return out;
  }
  const note = el('span', outcome.ok ? 'status' : 'error', text);
  note.setAttribute('role', outcome.ok ? 'status' : 'alert');
  note.setAttribute('aria-label', text);
  if (outcome.detail) note.title = outcome.detail;
  out.push(note);
  return out;
}

// Outcomes whose question was opened: a redraw of the same state must not open it again.
const asked = new WeakSet<ActionOutcome>();

/**
 * The outcome's question in a popover next to the action's button (its own click caused it): the
 * question, "Remember my choice" and one button per answer, the first focused. An answer, Escape or
 * leaving it closes it; clicking the action again asks again.
 */
function askBeside(
  trigger: HTMLElement,
  outcome: ActionOutcome,
  text: string,
  t: OverlayTranslate,
  ui: PartUi,
  onRun: (run?: () => Promise<ActionOutcome>) => void,
): void {
  const pop = el('div', 'ask');
  const question = el('span', 'question', text);
  question.setAttribute('role', 'status');
  question.setAttribute('aria-label', text);
  pop.append(question);
  const remember = outcome.rememberKey ? rememberBox(t(outcome.rememberKey)) : null;
  if (remember) pop.append(remember.label);
  let close: (() => void) | null = null;
  const done = (focusTrigger: boolean) => {
    close?.();
    close = null;
    ui.hold(false);
    if (focusTrigger) trigger.focus();
  };
  const answers = (outcome.choices ?? []).map((choice) => {
    const answer = el('button', 'add', t(choice.labelKey));
    answer.type = 'button';
    // Read at the answer's (trusted) click: the box is in the closed root, out of the page's reach.
    answer.addEventListener('click', (e) =>
      ui.act(e, () => {
        done(false);
        onRun(() => choice.run(remember?.box.checked === true));
      }),
    );
    return answer;
  });
  const row = el('div', 'answers');
  row.append(...answers);
  pop.append(row);
  pop.addEventListener('keydown', (e) => {
    if (e.key === 'Escape') done(true);
  });
  pop.addEventListener('focusout', (e) => {
    if (!(e.relatedTarget instanceof Node) || !pop.contains(e.relatedTarget)) done(false);
  });
  ui.hold(true);
  close = ui.openPopover(trigger, pop);
  answers[0]?.focus();
}

/** An unticked checkbox with its visible label around it. */
function rememberBox(text: string): { label: HTMLLabelElement; box: HTMLInputElement } {
  const label = el('label', 'remember');
  const box = el('input', 'tick');
  box.type = 'checkbox';
  label.append(box, document.createTextNode(text));
  return { label, box };
}
