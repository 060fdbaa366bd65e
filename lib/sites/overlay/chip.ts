import type { ContactStatus } from '../../messaging/protocol';
import { el, withRole } from './dom';
import { createFollowUpMenu } from './follow-up-menu';
import { createCompactChip } from './compact-chip';
import { createMark } from './mark';
import type { ChipProps } from './chip-props';
import type { OverlayTranslate } from './translate';

/**
 * The chip's content inside its host's fixed box: Sidecar's mark, then "Add to pipeline" for a new
 * person; for a known one their status, the next follow-up and "Follow up"; an inert "Never logged"
 * for someone on the Never-log list, and "Not tracked" for someone the user asked Sidecar to forget. Plain DOM rather than Preact: every byte of a content script is
 * loaded into every LinkedIn and Gmail page. Text goes in through textContent only, so markup in a
 * name stays text.
 */
export function createChip(props: ChipProps): Node[] {
  if (props.compact) return createCompactChip(props);
  const { status, t } = props;
  const out: Node[] = [createMark()];
  if (props.label) out.push(el('span', 'who', props.label));
  if (props.state === 'loading') {
    const loading = withRole(el('span', 'status muted', t('loading')), 'status');
    loading.setAttribute('aria-label', t('loading'));
    out.push(loading);
  } else if (status?.known) {
    out.push(...known(status, props));
  } else if (status?.suppressed) {
    out.push(el('span', 'status muted', t('notTrackedChip')));
  } else if (status?.neverLog) {
    out.push(el('span', 'status muted', t('neverLogChip')));
  } else if (status) {
    const button = el('button', 'add', t(props.state === 'capturing' ? 'adding' : 'addToPipeline'));
    button.type = 'button';
    button.disabled = props.state === 'capturing';
    button.dataset.focus = 'add';
    button.addEventListener('click', (e) => props.ui.act(e, props.onCapture));
    out.push(button);
  }
  if (props.state === 'failed') out.push(withRole(el('span', 'error', t('captureFailed')), 'alert'));
  if (props.state === 'scheduleFailed') out.push(withRole(el('span', 'error', t('followUpFailed')), 'alert'));
  return out;
}

function known(status: Extract<ContactStatus, { known: true }>, props: ChipProps): Node[] {
  const { t } = props;
  const text = statusLabel(status, t);
  const badge = withRole(el('span', 'status', text), 'status');
  badge.title = t('inPipelineAs', { status: text });
  badge.setAttribute('aria-label', badge.title);
  const out: Node[] = [badge];
  if (status.nextFollowUpAt !== null) {
    const date = props.formatDate(status.nextFollowUpAt);
    const next = el('span', 'next', t('nextFollowUpShort', { date }));
    next.title = t('nextFollowUp', { date });
    out.push(next);
  }
  out.push(createFollowUpMenu({ t, busy: props.state === 'scheduling', ui: props.ui, onPick: props.onSchedule }));
  return out;
}

/** The words for a known person's status: their stage, else their lifecycle. */
export function statusLabel(status: Extract<ContactStatus, { known: true }>, t: OverlayTranslate): string {
  if (status.stage) return status.stage.name ?? t(status.stage.nameKey ?? 'lifecycle_lead');
  return t(`lifecycle_${status.lifecycle}`);
}
