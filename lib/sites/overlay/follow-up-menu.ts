import type { FollowUpPreset } from '../../domain/follow-up-presets';
import type { OverlayTranslate } from './translate';
import { el } from './dom';

/** Fixed presets, in menu order (the keys mirror follow-up-presets.ts; chrome.i18n keys have no dots). */
const PRESETS: readonly [FollowUpPreset, string][] = [
  [{ kind: 'tomorrow-morning' }, 'followUpPreset_tomorrowMorning'],
  [{ kind: 'in-3-days' }, 'followUpPreset_in3Days'],
  [{ kind: 'next-week' }, 'followUpPreset_nextWeek'],
];

export interface FollowUpMenuProps {
  t: OverlayTranslate;
  busy: boolean;
  /** Called with the click or Enter key that chose it; the caller checks `isTrusted`. */
  onPick(preset: FollowUpPreset, event: Event): void;
  onToggle?(open: boolean): void;
}

/** 'YYYY-MM-DDTHH:MM' from a datetime-local input → a custom preset (the worker checks it is a real date). */
export function customPresetOf(value: string): FollowUpPreset | null {
  const m = /^(\d{4}-\d{2}-\d{2})T(\d{2}:\d{2})/.exec(value);
  return m?.[1] && m[2] ? { kind: 'custom', date: m[1], time: m[2] } : null;
}

/**
 * "Follow up" and its small menu, inside the overlay's shadow root: three presets and a date-time
 * field. Escape or leaving it closes it and focus returns to the button. The due time is computed
 * by the worker in the user's zone and working days (lib/domain/follow-up-presets.ts).
 */
export function createFollowUpMenu(props: FollowUpMenuProps): HTMLElement {
  const { t } = props;
  const wrap = el('span', 'fu');
  const trigger = el('button', 'more', t(props.busy ? 'scheduling' : 'followUpButton'));
  trigger.type = 'button';
  // aria-disabled, not disabled: a disabled button drops keyboard focus while the request runs.
  if (props.busy) trigger.setAttribute('aria-disabled', 'true');
  trigger.dataset.focus = 'followUp';
  trigger.setAttribute('aria-label', t('scheduleFollowUp'));
  trigger.setAttribute('aria-haspopup', 'menu');
  trigger.setAttribute('aria-expanded', 'false');
  const pop = el('div', 'pop');
  pop.hidden = true;
  wrap.append(trigger, pop);
  // The menu is built on first open: a known person's chip is redrawn on every status change, and a
  // datetime-local field builds its own inner fields when created (most chips are never opened).
  let items: HTMLButtonElement[] = [];
  let input: HTMLInputElement | null = null;
  const build = () => {
    const menu = el('div', 'menu');
    menu.setAttribute('role', 'menu');
    menu.setAttribute('aria-label', t('scheduleFollowUp'));
    items = PRESETS.map(([preset, key]) => {
      const item = el('button', 'item', t(key));
      item.type = 'button';
      item.tabIndex = -1;
      item.setAttribute('role', 'menuitem');
      item.addEventListener('click', (e) => pick(preset, e));
      return item;
    });
    menu.append(...items);
    const when = el('input', 'when');
    when.type = 'datetime-local';
    when.addEventListener('keydown', (e) => {
      if (e.key === 'Enter') pickCustom(e);
    });
    const label = el('label', 'custom', t('followUpPreset_custom'));
    label.append(when);
    const go = el('button', 'item', t('followUpScheduleCustom'));
    go.type = 'button';
    go.addEventListener('click', pickCustom);
    pop.append(menu, label, go);
    input = when;
  };

  const setOpen = (open: boolean, focusTrigger: boolean) => {
    if (pop.hidden === !open) return;
    if (open && !input) build();
    pop.hidden = !open;
    trigger.setAttribute('aria-expanded', String(open));
    props.onToggle?.(open);
    if (open) items[0]?.focus();
    else if (focusTrigger) trigger.focus();
  };
  function pick(preset: FollowUpPreset, event: Event) {
    setOpen(false, true);
    props.onPick(preset, event);
  }
  function pickCustom(event: Event) {
    const preset = customPresetOf(input?.value ?? '');
    if (preset) pick(preset, event);
    else input?.setAttribute('aria-invalid', 'true');
  }
  trigger.addEventListener('click', () => {
    if (!props.busy) setOpen(pop.hidden, false);
  });
  wrap.addEventListener('keydown', (e) => {
    if (e.key === 'Escape' && !pop.hidden) {
      e.stopPropagation();
      setOpen(false, true);
      return;
    }
    const at = items.findIndex((item) => item === e.target);
    if (at < 0 || (e.key !== 'ArrowDown' && e.key !== 'ArrowUp')) return;
    e.preventDefault();
    items[(at + (e.key === 'ArrowDown' ? 1 : items.length - 1)) % items.length]?.focus();
  });
  wrap.addEventListener('focusout', (e) => {
    if (!(e.relatedTarget instanceof Node) || !wrap.contains(e.relatedTarget)) setOpen(false, false);
  });
  return wrap;
}
