import type { FollowUpPreset } from '../../domain/follow-up-presets';
import { el } from './dom';
import type { PartUi } from './placement';
import type { OverlayTranslate } from './translate';

/** Fixed presets, in menu order (the keys mirror follow-up-presets.ts; chrome.i18n keys have no dots). */
const PRESETS: readonly [FollowUpPreset, string][] = [
  [{ kind: 'tomorrow-morning' }, 'followUpPreset_tomorrowMorning'],
  [{ kind: 'in-3-days' }, 'followUpPreset_in3Days'],
  [{ kind: 'next-week' }, 'followUpPreset_nextWeek'],
];

export interface FollowUpMenuProps {
  t: OverlayTranslate;
  busy: boolean;
  ui: PartUi;
  /** A preset was chosen by the user (trusted, on a visible overlay). */
  onPick(preset: FollowUpPreset): void;
}

/** 'YYYY-MM-DDTHH:MM' from a datetime-local input → a custom preset (the worker checks it is a real date). */
export function customPresetOf(value: string): FollowUpPreset | null {
  const m = /^(\d{4}-\d{2}-\d{2})T(\d{2}:\d{2})/.exec(value);
  return m?.[1] && m[2] ? { kind: 'custom', date: m[1], time: m[2] } : null;
}

/**
 * "Follow up" and its small menu: three presets and a date-time field, in a popover host of its own
 * that only the user's click creates (the chip's fixed box never grows). Escape or leaving it closes
 * it and focus returns to the button. The due time is computed by the worker in the user's zone and
 * working days (lib/domain/follow-up-presets.ts).
 */
export function createFollowUpMenu(props: FollowUpMenuProps): HTMLElement {
  const { t, ui } = props;
  const trigger = el('button', 'more', '⏰');
  trigger.type = 'button';
  // aria-disabled, not disabled: a disabled button drops keyboard focus while the request runs.
  if (props.busy) trigger.setAttribute('aria-disabled', 'true');
  trigger.dataset.focus = 'followUp';
  trigger.setAttribute('aria-label', t(props.busy ? 'scheduling' : 'scheduleFollowUp'));
  trigger.title = t('followUpButton');
  trigger.setAttribute('aria-haspopup', 'menu');
  trigger.setAttribute('aria-expanded', 'false');
  let close: (() => void) | null = null;

  const setClosed = (focusTrigger: boolean) => {
    close?.();
    close = null;
    trigger.setAttribute('aria-expanded', 'false');
    ui.hold(false);
    if (focusTrigger) trigger.focus();
  };
  const pick = (preset: FollowUpPreset) => {
    setClosed(true);
    props.onPick(preset);
  };
  const open = () => {
    const { pop, items } = buildMenu(t, (preset, e) => ui.act(e, () => pick(preset)));
    pop.addEventListener('keydown', (e) => {
      if (e.key === 'Escape') return setClosed(true);
      const at = items.findIndex((item) => item === e.target);
      if (at < 0 || (e.key !== 'ArrowDown' && e.key !== 'ArrowUp')) return;
      e.preventDefault();
      items[(at + (e.key === 'ArrowDown' ? 1 : items.length - 1)) % items.length]?.focus();
    });
    pop.addEventListener('focusout', (e) => {
      if (!(e.relatedTarget instanceof Node) || !pop.contains(e.relatedTarget)) setClosed(false);
    });
    ui.hold(true);
    close = ui.openPopover(trigger, pop);
    trigger.setAttribute('aria-expanded', 'true');
    items[0]?.focus();
  };
  trigger.addEventListener('click', (e) => {
    if (props.busy) return;
    if (close) setClosed(false);
    else ui.act(e, open);
  });
  return trigger;
}

function buildMenu(t: OverlayTranslate, onPick: (preset: FollowUpPreset, e: Event) => void) {
  const pop = el('div', 'menu-wrap');
  const menu = el('div', 'menu');
  menu.setAttribute('role', 'menu');
  menu.setAttribute('aria-label', t('scheduleFollowUp'));
  const items = PRESETS.map(([preset, key]) => {
    const item = el('button', 'item', t(key));
    item.type = 'button';
    item.tabIndex = -1;
    item.setAttribute('role', 'menuitem');
    item.addEventListener('click', (e) => onPick(preset, e));
    return item;
  });
  menu.append(...items);
  const when = el('input', 'when');
  when.type = 'datetime-local';
  const custom = (e: Event) => {
    const preset = customPresetOf(when.value);
    if (preset) onPick(preset, e);
    else when.setAttribute('aria-invalid', 'true');
  };
  when.addEventListener('keydown', (e) => {
    if (e.key === 'Enter') custom(e);
  });
  const label = el('label', 'custom', t('followUpPreset_custom'));
  label.append(when);
  const go = el('button', 'item', t('followUpScheduleCustom'));
  go.type = 'button';
  go.addEventListener('click', custom);
  pop.append(menu, label, go);
  return { pop, items };
}
