// @vitest-environment happy-dom
import { describe, expect, it, vi } from 'vitest';
import type { ContactStatus } from '../../../../lib/messaging/protocol';
import { customPresetOf } from '../../../../lib/sites/overlay/follow-up-menu';
import { createChip } from '../../../../lib/sites/overlay/chip';
import type { ChipProps } from '../../../../lib/sites/overlay/chip-props';
import type { PartUi } from '../../../../lib/sites/overlay/placement';

const t = (key: string, params?: Record<string, string>) =>
  params ? `${key}(${Object.values(params).join(',')})` : key;
const known = (over: Partial<Extract<ContactStatus, { known: true }>> = {}): ContactStatus => ({
  known: true,
  personId: 'p1',
  lifecycle: 'lead',
  stage: null,
  nextFollowUpAt: null,
  ...over,
});

/** The host's side of a chip in a test: actions run at once (the visibility gate has its own test). */
function fakeUi() {
  const acted: Event[] = [];
  const ui: PartUi & { acted: Event[] } = {
    acted,
    hold: vi.fn(),
    act: (event, run) => {
      acted.push(event);
      run();
    },
    openPopover: (_trigger, content) => {
      const pop = document.createElement('div');
      pop.className = 'popover';
      pop.append(content);
      document.body.append(pop);
      return () => pop.remove();
    },
  };
  return ui;
}

function chipOf(over: Partial<ChipProps> = {}) {
  const ui = fakeUi();
  const props: ChipProps = {
    label: null,
    status: { known: false },
    state: 'idle',
    t,
    formatDate: (at) => `D${at}`,
    ui,
    onCapture: vi.fn(),
    onSchedule: vi.fn(),
    ...over,
  };
  const chip = document.createElement('div');
  chip.append(...createChip(props));
  document.body.replaceChildren(chip);
  return { chip, props, ui };
}

const byLabel = (root: ParentNode, label: string) =>
  [...root.querySelectorAll('button')].find((b) => (b.getAttribute('aria-label') ?? b.textContent) === label);

describe('createChip', () => {
  it('offers "Add to pipeline" for someone new, beside the mark, and reports the click through the host', () => {
    const { chip, props, ui } = chipOf();
    const button = byLabel(chip, 'addToPipeline');
    expect(button).toBeDefined();
    expect(chip.querySelector('svg.mark')?.getAttribute('aria-hidden')).toBe('true');
    button!.click();
    expect(ui.acted).toHaveLength(1);
    expect(props.onCapture).toHaveBeenCalledTimes(1);
    expect(byLabel(chip, 'scheduleFollowUp')).toBeUndefined();
  });

  it('shows "Loading…", "Adding…" and a capture failure', () => {
    expect(chipOf({ state: 'loading', status: known() }).chip.querySelector('[role=status]')?.textContent).toBe(
      'loading',
    );
    const adding = byLabel(chipOf({ state: 'capturing' }).chip, 'adding');
    expect(adding?.disabled).toBe(true);
    expect(chipOf({ state: 'failed' }).chip.querySelector('[role=alert]')?.textContent).toBe('captureFailed');
  });

  it('shows only the mark until the worker has said who this is', () => {
    const { chip } = chipOf({ status: undefined });
    expect(chip.querySelector('button, [role]')).toBeNull();
    expect(chip.querySelector('svg.mark')).not.toBeNull();
  });

  it('shows a known person\'s status and "Follow up", without a next date when none is set', () => {
    const { chip } = chipOf({ status: known({ stage: { name: 'Discovery', nameKey: null } }) });
    const status = chip.querySelector('[role=status]');
    expect(status?.textContent).toBe('Discovery');
    expect(status?.getAttribute('title')).toBe('inPipelineAs(Discovery)');
    expect(chip.querySelector('.next')).toBeNull();
    expect(byLabel(chip, 'scheduleFollowUp')?.title).toBe('followUpButton');
    expect(byLabel(chip, 'addToPipeline')).toBeUndefined();
  });

  it('shows the next follow-up, formatted, when there is one', () => {
    const { chip } = chipOf({ status: known({ nextFollowUpAt: 1_800_000_000_000 }) });
    const next = chip.querySelector('.next');
    expect(next?.textContent).toBe('nextFollowUpShort(D1800000000000)');
    expect(next?.getAttribute('title')).toBe('nextFollowUp(D1800000000000)');
  });

  it('shows an inert "Never logged" for someone on the Never-log list (same box, no button)', () => {
    const { chip } = chipOf({ status: { known: false, neverLog: true } });
    expect(chip.querySelector('button')).toBeNull();
    expect(chip.textContent).toBe('neverLogChip');
  });

  it('shows an inert "Not tracked" for a forgotten person, in the same box, with nothing to click', () => {
    const { chip } = chipOf({ status: { known: false, suppressed: true } });
    expect(chip.querySelector('button')).toBeNull();
    expect(chip.textContent).toBe('notTrackedChip');
    const compact = chipOf({ compact: true, status: { known: false, suppressed: true } }).chip;
    expect(compact.querySelector('button')).toBeNull();
    expect(compact.firstElementChild?.getAttribute('aria-label')).toBe('notTrackedChip');
  });

  it('puts page text in as text', () => {
    const { chip } = chipOf({ label: '<img src=x onerror=alert(1)>' });
    expect(chip.querySelector('img')).toBeNull();
    expect(chip.querySelector('.who')?.textContent).toBe('<img src=x onerror=alert(1)>');
  });

  it('shows scheduling and a scheduling failure', () => {
    const busy = byLabel(chipOf({ status: known(), state: 'scheduling' }).chip, 'scheduling');
    expect(busy?.getAttribute('aria-disabled')).toBe('true');
    busy!.click();
    expect(busy!.getAttribute('aria-expanded')).toBe('false');
    const failed = chipOf({ status: known(), state: 'scheduleFailed' }).chip;
    expect(failed.querySelector('[role=alert]')?.textContent).toBe('followUpFailed');
  });
});

describe('the follow-up menu', () => {
  const open = () => {
    const { chip, props, ui } = chipOf({ status: known() });
    const trigger = byLabel(chip, 'scheduleFollowUp')!;
    trigger.click();
    const menu = document.querySelector('.popover [role=menu]')!;
    return { chip, props, ui, trigger, menu, items: [...menu.querySelectorAll<HTMLButtonElement>('[role=menuitem]')] };
  };

  it('builds the menu only when opened, in a popover of its own (the chip never grows)', () => {
    const { chip } = chipOf({ status: known() });
    expect(document.querySelector('[role=menu], input')).toBeNull();
    byLabel(chip, 'scheduleFollowUp')!.click();
    expect(chip.querySelector('[role=menu]')).toBeNull();
    expect(document.querySelectorAll('.popover [role=menu], .popover input[type=datetime-local]')).toHaveLength(2);
  });

  it('opens on "Follow up" with the three presets, focused on the first, holding redraws', () => {
    const { ui, trigger, items } = open();
    expect(trigger.getAttribute('aria-expanded')).toBe('true');
    expect(trigger.getAttribute('aria-haspopup')).toBe('menu');
    expect(items.map((i) => i.textContent)).toEqual([
      'followUpPreset_tomorrowMorning',
      'followUpPreset_in3Days',
      'followUpPreset_nextWeek',
    ]);
    expect(document.activeElement).toBe(items[0]);
    expect(ui.hold).toHaveBeenLastCalledWith(true);
  });

  it('sends the chosen preset through the host, then closes with focus back on the button', () => {
    const { props, ui, trigger, items } = open();
    items[1]!.click();
    expect(vi.mocked(props.onSchedule).mock.calls[0]?.[0]).toEqual({ kind: 'in-3-days' });
    expect(ui.acted.at(-1)?.type).toBe('click');
    expect(trigger.getAttribute('aria-expanded')).toBe('false');
    expect(document.querySelector('.popover')).toBeNull();
    expect(document.activeElement).toBe(trigger);
    expect(ui.hold).toHaveBeenLastCalledWith(false);
  });

  it('moves with the arrow keys, and Escape closes it and returns focus', () => {
    const { props, trigger, items } = open();
    items[0]!.dispatchEvent(new KeyboardEvent('keydown', { key: 'ArrowUp', bubbles: true }));
    expect(document.activeElement).toBe(items[2]);
    items[2]!.dispatchEvent(new KeyboardEvent('keydown', { key: 'ArrowDown', bubbles: true }));
    expect(document.activeElement).toBe(items[0]);
    items[0]!.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true }));
    expect(document.querySelector('.popover')).toBeNull();
    expect(document.activeElement).toBe(trigger);
    expect(props.onSchedule).not.toHaveBeenCalled();
  });

  it('schedules a custom date and time, and refuses an empty one', () => {
    const { props } = open();
    const input = document.querySelector<HTMLInputElement>('.popover input[type=datetime-local]')!;
    const go = byLabel(document.querySelector('.popover')!, 'followUpScheduleCustom')!;
    go.click();
    expect(input.getAttribute('aria-invalid')).toBe('true');
    expect(props.onSchedule).not.toHaveBeenCalled();
    input.value = '2027-01-05T09:30';
    input.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', bubbles: true }));
    expect(vi.mocked(props.onSchedule).mock.calls[0]?.[0]).toEqual({
      kind: 'custom',
      date: '2027-01-05',
      time: '09:30',
    });
  });

  it('reads datetime-local values', () => {
    expect(customPresetOf('2027-01-05T09:30')).toEqual({ kind: 'custom', date: '2027-01-05', time: '09:30' });
    expect(customPresetOf('2027-01-05T09:30:15')).toEqual({ kind: 'custom', date: '2027-01-05', time: '09:30' });
    expect(customPresetOf('')).toBeNull();
    expect(customPresetOf('tomorrow')).toBeNull();
  });
});

describe('the compact chip (a list row)', () => {
  it('is the mark alone, its meaning in its accessible name: a button for someone new, a status for someone known', () => {
    const fresh = chipOf({ compact: true });
    const button = fresh.chip.querySelector('button')!;
    expect(button.getAttribute('aria-label')).toBe('addToPipeline');
    expect(button.textContent).toBe('');
    button.click();
    expect(fresh.props.onCapture).toHaveBeenCalledTimes(1);
    const knownChip = chipOf({ compact: true, status: known() }).chip;
    expect(knownChip.querySelector('button')).toBeNull();
    expect(knownChip.querySelector('[role=status]')?.getAttribute('aria-label')).toBe('inPipelineAs(lifecycle_lead)');
    const never = chipOf({ compact: true, status: { known: false, neverLog: true } }).chip;
    expect(never.querySelector('button')).toBeNull();
    expect(never.firstElementChild?.getAttribute('aria-label')).toBe('neverLogChip');
  });
});
