import type { ChipProps } from './chip-props';
import { el, withRole } from './dom';
import { createMark } from './mark';

/**
 * The chip for a list row (Gmail's inbox): one small control in a fixed box. A new person's mark is a
 * button named "Add to pipeline"; a known person's is a status named by their stage; the words are in
 * the accessible name and the tooltip, since a row has no room for them.
 */
export function createCompactChip(props: ChipProps): Node[] {
  const { status, t } = props;
  if (props.state === 'loading') return [named(withRole(el('span', 'icon muted'), 'status'), t('loading'))];
  if (status?.known) {
    const text = status.stage
      ? (status.stage.name ?? t(status.stage.nameKey ?? 'lifecycle_lead'))
      : t(`lifecycle_${status.lifecycle}`);
    return [named(withRole(el('span', 'icon known'), 'status'), t('inPipelineAs', { status: text }))];
  }
  if (status?.suppressed) return [named(el('span', 'icon muted'), t('notTrackedChip'))];
  if (status?.neverLog) return [named(el('span', 'icon muted'), t('neverLogChip'))];
  if (!status) return [withMark(el('span', 'icon muted'))];
  const button = named(el('button', 'icon add'), t(props.state === 'capturing' ? 'adding' : 'addToPipeline'));
  button.type = 'button';
  button.disabled = props.state === 'capturing';
  button.dataset.focus = 'add';
  button.addEventListener('click', (e) => props.ui.act(e, props.onCapture));
  const out: Node[] = [button];
  if (props.state === 'failed') out.push(named(withRole(el('span', 'icon error'), 'alert'), t('captureFailed')));
  return out;
}

function named<T extends HTMLElement>(node: T, name: string): T {
  node.setAttribute('aria-label', name);
  node.title = name;
  return withMark(node);
}

function withMark<T extends HTMLElement>(node: T): T {
  node.append(createMark());
  return node;
}
