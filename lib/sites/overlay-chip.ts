import type { ContactStatus } from '../messaging/protocol';

export type ChipState = 'loading' | 'idle' | 'capturing' | 'failed';
export type OverlayTranslate = (key: string, params?: Record<string, string>) => string;

export interface ChipProps {
  /** Shown beside the button when one strip holds several people (Gmail). */
  label: string | null;
  status: ContactStatus | undefined;
  state: ChipState;
  t: OverlayTranslate;
  onCapture: (event: MouseEvent) => void;
}

/**
 * The overlay's one control: "Add to pipeline" for a new person, their status for a known one.
 * Plain DOM rather than Preact: the chip is a few elements, and every byte of a content script is
 * loaded into every LinkedIn and Gmail page (target: 20 kB gzip). Text goes in through textContent
 * only, so markup in a name stays text.
 */
export function createChip(props: ChipProps): HTMLElement {
  const chip = el('span', 'chip');
  chip.dataset.state = props.state;
  if (props.label) chip.append(el('span', 'who', props.label));
  const statusText = props.status?.known ? statusLabel(props.status, props.t) : null;
  if (props.state === 'loading') {
    chip.append(withRole(el('span', 'status', props.t('loading')), 'status'));
  } else if (statusText) {
    const status = withRole(el('span', 'status known', statusText), 'status');
    status.title = props.t('inPipelineAs', { status: statusText });
    chip.append(status);
  } else {
    const button = el('button', 'add', props.t(props.state === 'capturing' ? 'adding' : 'addToPipeline'));
    button.type = 'button';
    button.disabled = props.state === 'capturing';
    button.addEventListener('click', props.onCapture);
    chip.append(button);
  }
  if (props.state === 'failed') chip.append(withRole(el('span', 'error', props.t('captureFailed')), 'alert'));
  return chip;
}

function el<K extends keyof HTMLElementTagNameMap>(tag: K, className: string, text?: string): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  node.className = className;
  if (text !== undefined) node.textContent = text;
  return node;
}

function withRole<T extends HTMLElement>(node: T, role: string): T {
  node.setAttribute('role', role);
  return node;
}

/** The words for a known person's status: their stage, else their lifecycle. */
export function statusLabel(status: Extract<ContactStatus, { known: true }>, t: OverlayTranslate): string {
  if (status.stage) return status.stage.name ?? t(status.stage.nameKey ?? 'lifecycle_lead');
  return t(`lifecycle_${status.lifecycle}`);
}
