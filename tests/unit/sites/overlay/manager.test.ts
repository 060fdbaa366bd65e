// @vitest-environment happy-dom
import { describe, expect, it, vi } from 'vitest';
import { createOverlayHost, HOST_SIZES, type OverlayHost } from '@/lib/sites/overlay/host';
import { createOverlayManager } from '@/lib/sites/overlay/manager';
import { OVERLAY_CSS } from '@/lib/sites/overlay/styles';
import type { OverlayPart, PartUi, Placement } from '@/lib/sites/overlay/placement';
import type { VisibilityGate } from '@/lib/sites/overlay/visibility';
import { ContentScriptContext } from '@/lib/sites/runtime/content-context';
import { trustedClick } from '../features/feature-host';

function setup() {
  document.body.innerHTML = '<main><h1 id="a">Anna</h1><h2 id="b">Bartek</h2></main>';
  const mounts: (() => void)[] = [];
  const hosts = new Map<Element, OverlayHost>();
  let ready = true;
  const gate: VisibilityGate = {
    watch: vi.fn(),
    track: vi.fn(),
    untrack: vi.fn(),
    whenVisible: vi.fn((_h, _e, act) => act()),
  };
  const manager = createOverlayManager(new ContentScriptContext('test'), {
    afterBatch: (mount) => mounts.push(mount),
    quietly: (change) => change(),
    ready: () => ready,
    gate,
    createHost: (style) => {
      const ui = createOverlayHost(style);
      hosts.set(ui.host, ui);
      return ui;
    },
  });
  const flush = () => mounts.splice(0).forEach((m) => m());
  const anchor = (id: string) => document.getElementById(id)!;
  const rootAfter = (el: Element) => hosts.get(el.nextElementSibling!)?.root ?? null;
  return { manager, flush, anchor, rootAfter, gate, hosts, setReady: (r: boolean) => (ready = r) };
}

const part = (text: string, render = vi.fn()): OverlayPart => ({
  signature: text,
  render: (ui) => {
    render(ui);
    const b = document.createElement('button');
    b.textContent = text;
    return [b];
  },
});
const at = (anchor: Element, key: string, p: OverlayPart): Placement => ({ anchor, key, size: 'chip', part: p });

describe('overlay manager', () => {
  it('mounts after the batch: a plain span per overlay, in a closed root, with one fixed box', () => {
    const { manager, flush, anchor, rootAfter } = setup();
    manager.reconcile([at(anchor('a'), 'anna', part('chip'))]);
    expect(anchor('a').nextElementSibling?.id).toBe('b'); // nothing inside the batch itself
    flush();
    const host = anchor('a').nextElementSibling as HTMLElement;
    expect(host.localName).toBe('span');
    expect(host.shadowRoot).toBeNull(); // closed: the page gets nothing
    expect([...host.attributes].map((a) => a.name)).toEqual(['style']);
    expect(host.getAttribute('style')).toContain(`width: ${HOST_SIZES.chip.width}px !important`);
    expect(host.getAttribute('style')).toContain('contain: size style !important');
    // No paint layer per host: no scroll container, no paint or layout containment, here or inside.
    expect(host.getAttribute('style')).not.toMatch(/overflow|contain: (strict|content|paint|layout)/);
    expect(OVERLAY_CSS).not.toMatch(/overflow:\s*(hidden|auto|scroll)|contain:/);
    expect(rootAfter(anchor('a'))?.querySelector('button')?.textContent).toBe('chip');
  });

  it('puts several overlays after one anchor in placement order', () => {
    const { manager, flush, anchor, hosts } = setup();
    const h1 = anchor('a');
    manager.reconcile([at(h1, 'p1', part('one')), at(h1, 'p2', part('two')), at(h1, 'log', part('Log email'))]);
    flush();
    const texts = [...document.querySelectorAll('main > span')].map((s) => hosts.get(s)?.root.textContent);
    expect(texts).toEqual(['one', 'two', 'Log email']);
  });

  it('redraws only when a signature changed, never while a menu is held open', () => {
    const { manager, flush, anchor } = setup();
    const render = vi.fn();
    manager.reconcile([at(anchor('a'), 'k', part('one', render))]);
    flush();
    manager.reconcile([at(anchor('a'), 'k', part('one', render))]);
    expect(render).toHaveBeenCalledTimes(1);
    const ui = render.mock.calls[0]![0] as PartUi;
    ui.hold(true);
    manager.reconcile([at(anchor('a'), 'k', part('two', render))]);
    expect(render).toHaveBeenCalledTimes(1);
    ui.hold(false); // closing the menu draws what changed meanwhile
    expect(render).toHaveBeenCalledTimes(2);
  });

  it('acts only on trusted events, and only through the visibility gate of the host they hit', () => {
    const { manager, flush, anchor, rootAfter, gate } = setup();
    const render = vi.fn();
    manager.reconcile([at(anchor('a'), 'k', part('one', render))]);
    flush();
    const ui = render.mock.calls[0]![0] as PartUi;
    const button = rootAfter(anchor('a'))!.querySelector('button')!;
    const run = vi.fn();
    button.addEventListener('click', (e) => ui.act(e, run));
    button.click(); // a script's click
    expect(run).not.toHaveBeenCalled();
    button.dispatchEvent(trustedClick());
    expect(gate.whenVisible).toHaveBeenCalledWith(anchor('a').nextElementSibling, expect.any(Event), run);
    expect(run).toHaveBeenCalledTimes(1);
  });

  it('hands every mounted host to the visibility gate to watch', () => {
    const { manager, flush, anchor, gate } = setup();
    manager.reconcile([at(anchor('a'), 'k', part('one'))]);
    expect(gate.watch).not.toHaveBeenCalled(); // hosts mount after the batch
    flush();
    expect(gate.watch).toHaveBeenCalledWith(anchor('a').nextElementSibling);
  });

  it('a popover is its own closed host, gated too, and goes when closed or when its overlay goes', () => {
    const { manager, flush, anchor, gate } = setup();
    const render = vi.fn();
    manager.reconcile([at(anchor('a'), 'k', part('one', render))]);
    flush();
    const ui = render.mock.calls[0]![0] as PartUi;
    const close = ui.openPopover(anchor('a'), document.createElement('div'));
    const pop = document.body.lastElementChild as HTMLElement;
    expect(pop.localName).toBe('span');
    expect(pop.getAttribute('style')).toContain('position: fixed !important');
    expect(gate.track).toHaveBeenCalledWith(pop);
    close();
    expect(pop.isConnected).toBe(false);
    // The popover may have covered its chip: the chip's visibility is asked afresh, not left "hidden".
    const host = anchor('a').nextElementSibling!;
    expect(gate.untrack).toHaveBeenCalledWith(host);
    expect(gate.track).toHaveBeenLastCalledWith(host);
    ui.openPopover(anchor('a'), document.createElement('div'));
    manager.reconcile([]);
    expect(document.querySelectorAll('body > span')).toHaveLength(0);
  });

  it('draws nothing before the labels are ready, and removes hosts whose placement is gone', () => {
    const { manager, flush, anchor, rootAfter, setReady } = setup();
    setReady(false);
    manager.reconcile([at(anchor('a'), 'k', part('chip'))]);
    flush();
    expect(rootAfter(anchor('a'))?.querySelector('button')).toBeNull();
    setReady(true);
    manager.reconcile([at(anchor('a'), 'k', part('chip'))]);
    expect(rootAfter(anchor('a'))?.querySelector('button')?.textContent).toBe('chip');
    manager.reconcile([]);
    expect(anchor('a').nextElementSibling?.id).toBe('b');
  });
});
