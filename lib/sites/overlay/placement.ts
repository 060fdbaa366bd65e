import type { HostSize } from './host';

/**
 * What a feature wants drawn after one element of the page. Features describe overlays; the overlay
 * manager (manager.ts) owns the hosts: it mounts them lazily, one per placement key (several may follow
 * one anchor: Gmail's participants, then "Log email"), and redraws one only when its signature changed.
 */
export interface Placement {
  anchor: Element;
  /** Stable for one overlay across batches (a contact's key, an action's id). */
  key: string;
  /** The host's fixed box (host.ts): the same whatever the overlay shows. */
  size: HostSize;
  part: OverlayPart;
}

export interface OverlayPart {
  /**
   * What the overlay would show, as a string: it is redrawn only when this changes. A status that
   * changes nothing visible must not swap a button between the user's pointer-down and pointer-up.
   */
  signature: string;
  /** The overlay's content for a fresh draw. */
  render(ui: PartUi): Node[];
}

/** What a drawn overlay can ask of its host. */
export interface PartUi {
  /** A menu in it opened (true) or closed: redraws wait while it is open. */
  hold(open: boolean): void;
  /**
   * Run `run` for a user's action on this overlay: only a trusted event, only on an overlay that is
   * really visible (visibility.ts), never one the page hid or stretched over its own decoy.
   */
  act(event: Event, run: () => void): void;
  /** Show `content` in a popover of its own next to `trigger` (only after a user's click); returns close. */
  openPopover(trigger: Element, content: HTMLElement): () => void;
}
