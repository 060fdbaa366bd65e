/**
 * What a feature wants drawn next to one element of the page. Features describe overlays; the overlay
 * manager (manager.ts) owns the hosts: it mounts them lazily, merges the parts that several features
 * want after the same anchor into one strip (Gmail: the participants' chips, then "Log email"), and
 * redraws a strip only when a part's signature changed.
 */
export interface Placement {
  anchor: Element;
  /** Drawn in order into one strip after `anchor`. */
  parts: OverlayPart[];
  /** A feature's own element instead of the strip (Gmail compose); it updates itself in place. */
  element?: HTMLElement;
}

export interface OverlayPart {
  /**
   * What the part would show, as a string: a strip is redrawn only when this changes. A status that
   * changes nothing visible must not swap a button between the user's pointer-down and pointer-up,
   * which would lose the click.
   */
  signature: string;
  /** The part's elements for a fresh strip. `hold(true)` while a menu in it is open keeps redraws off. */
  render(hold: (open: boolean) => void): HTMLElement[];
}
