// @vitest-environment happy-dom
import { describe, expect, it, vi } from 'vitest';
import { createOverlayManager } from '@/lib/sites/overlay/manager';
import type { OverlayPart } from '@/lib/sites/overlay/placement';
import { ContentScriptContext } from '@/lib/sites/runtime/content-context';

function setup() {
  document.body.innerHTML = '<main><h1 id="a">Anna</h1><h2 id="b">Bartek</h2></main>';
  const mounts: (() => void)[] = [];
  let ready = true;
  const manager = createOverlayManager(new ContentScriptContext('test'), {
    afterBatch: (mount) => mounts.push(mount),
    quietly: (change) => change(),
    ready: () => ready,
  });
  const flush = () => mounts.splice(0).forEach((m) => m());
  const anchor = (id: string) => document.getElementById(id)!;
  const shadowOf = (id: string) => (anchor(id).nextElementSibling as HTMLElement | null)?.shadowRoot ?? null;
  return { manager, flush, anchor, shadowOf, setReady: (r: boolean) => (ready = r) };
}

const part = (text: string, render = vi.fn()): OverlayPart => ({
  signature: text,
  render: (hold) => {
    render(hold);
    const b = document.createElement('button');
    b.textContent = text;
    return [b];
  },
});

describe('overlay manager', () => {
  it('mounts after the batch, one host per anchor, merging the parts of several features in order', () => {
    const { manager, flush, anchor, shadowOf } = setup();
    manager.reconcile([
      { anchor: anchor('a'), parts: [part('chip')] },
      { anchor: anchor('a'), parts: [part('Log email')] },
    ]);
    expect(anchor('a').nextElementSibling?.id).toBe('b'); // nothing inside the batch itself
    flush();
    const buttons = [...(shadowOf('a')?.querySelectorAll('button') ?? [])].map((b) => b.textContent);
    expect(buttons).toEqual(['chip', 'Log email']);
    expect(document.querySelectorAll('main > *')).toHaveLength(3);
  });

  it('redraws only when a signature changed, never while a menu is held open', () => {
    const { manager, flush, anchor } = setup();
    const render = vi.fn();
    manager.reconcile([{ anchor: anchor('a'), parts: [part('one', render)] }]);
    flush();
    manager.reconcile([{ anchor: anchor('a'), parts: [part('one', render)] }]);
    expect(render).toHaveBeenCalledTimes(1);
    const hold = render.mock.calls[0]![0] as (open: boolean) => void;
    hold(true);
    manager.reconcile([{ anchor: anchor('a'), parts: [part('two', render)] }]);
    expect(render).toHaveBeenCalledTimes(1);
    hold(false); // closing the menu draws what changed meanwhile
    expect(render).toHaveBeenCalledTimes(2);
  });

  it('draws nothing before the labels are ready, and removes hosts whose anchor is no longer wanted', () => {
    const { manager, flush, anchor, shadowOf, setReady } = setup();
    setReady(false);
    manager.reconcile([{ anchor: anchor('a'), parts: [part('chip')] }]);
    flush();
    expect(shadowOf('a')?.querySelector('button')).toBeNull();
    setReady(true);
    manager.reconcile([{ anchor: anchor('a'), parts: [part('chip')] }]);
    expect(shadowOf('a')?.querySelector('button')?.textContent).toBe('chip');
    manager.reconcile([]);
    expect(anchor('a').nextElementSibling?.id).toBe('b');
  });
});
