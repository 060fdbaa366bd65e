import type { FollowUpPreset } from '../../domain/follow-up-presets';
import type { ContactStatus } from '../../messaging/protocol';
import { createFollowUpMenu } from './follow-up-menu';
import { el, withRole } from './dom';
import type { OverlayTranslate } from './translate';

export type ChipState = 'loading' | 'idle' | 'capturing' | 'failed' | 'scheduling' | 'scheduleFailed';

export interface ChipProps {
  /** Shown beside the button when one strip holds several people (Gmail). */
  label: string | null;
  status: ContactStatus | undefined;
  state: ChipState;
  t: OverlayTranslate;
  /** Epoch ms → short date and time in the page's language. */
  formatDate: (at: number) => string;
  onCapture: (event: MouseEvent) => void;
  onSchedule: (preset: FollowUpPreset, event: Event) => void;
  /** The follow-up menu opened or closed (the overlay is not redrawn while it is open). */
  onMenu?: (open: boolean) => void;
}

/**
 * The overlay's chip: "Add to pipeline" for a new person; for a known one their status, the next
 * follow-up and "Follow up"; nothing at all for someone on the Never-log list (null).
 * Plain DOM rather than Preact: the chip is a few elements, and every byte of a content script is
 * loaded into every LinkedIn and Gmail page (target: 20 kB gzip). Text goes in through textContent
 * only, so markup in a name stays text.
 */
export function createChip(props: ChipProps): HTMLElement | null {
  const { status, t } = props;
  if (status && !status.known && status.neverLog) return null;
  const chip = el('span', 'chip');
  chip.dataset.state = props.state;
  if (props.label) chip.append(el('span', 'who', props.label));
  if (props.state === 'loading') {
    chip.append(withRole(el('span', 'status', t('loading')), 'status'));
  } else if (status?.known) {
    appendKnown(chip, status, props);
  } else {
    const button = el('button', 'add', t(props.state === 'capturing' ? 'adding' : 'addToPipeline'));
    button.type = 'button';
    button.disabled = props.state === 'capturing';
    button.dataset.focus = 'add';
    button.addEventListener('click', props.onCapture);
    chip.append(button);
  }
  if (props.state === 'failed') chip.append(withRole(el('span', 'error', t('captureFailed')), 'alert'));
  if (props.state === 'scheduleFailed') chip.append(withRole(el('span', 'error', t('followUpFailed')), 'alert'));
  return chip;
}

function appendKnown(chip: HTMLElement, status: Extract<ContactStatus, { known: true }>, props: ChipProps): void {
  const { t } = props;
  const text = statusLabel(status, t);
  const badge = withRole(el('span', 'status known', text), 'status');
  badge.title = t('inPipelineAs', { status: text });
  chip.append(badge);
  if (status.nextFollowUpAt !== null) {
    const date = props.formatDate(status.nextFollowUpAt);
    const next = el('span', 'next', t('nextFollowUpShort', { date }));
    next.title = t('nextFollowUp', { date });
    chip.append(next);
  }
  chip.append(
    createFollowUpMenu({
      t,
      busy: props.state === 'scheduling',
      onPick: props.onSchedule,
      ...(props.onMenu ? { onToggle: props.onMenu } : {}),
    }),
  );
}

/** The words for a known person's status: their stage, else their lifecycle. */
export function statusLabel(status: Extract<ContactStatus, { known: true }>, t: OverlayTranslate): string {
  if (status.stage) return status.stage.name ?? t(status.stage.nameKey ?? 'lifecycle_lead');
  return t(`lifecycle_${status.lifecycle}`);
}
