// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { ContentScriptContext } from '@/lib/sites/runtime/content-context';
import { claimWorld } from '@/lib/sites/runtime/world-claim';

const runtime = fakeBrowser.runtime as { id: string | undefined };
const liveId = runtime.id;

afterEach(() => {
  runtime.id = liveId;
  vi.useRealTimers();
  vi.restoreAllMocks();
});

describe("ContentScriptContext (ours, in place of WXT's)", () => {
  it('tells the page nothing when it starts: no document event, no window message', () => {
    const dispatched = vi.spyOn(document, 'dispatchEvent');
    const posted = vi.spyOn(window, 'postMessage');
    const ctx = new ContentScriptContext('linkedin', { noScriptStartedPostMessage: true });
    expect(ctx.isValid).toBe(true);
    expect(dispatched).not.toHaveBeenCalled();
    expect(posted).not.toHaveBeenCalled();
  });

  it('notices by itself that it was orphaned (runtime.id gone) and runs its clean-up once', () => {
    vi.useFakeTimers();
    const ctx = new ContentScriptContext('gmail');
    const cleanUp = vi.fn();
    const ticks = vi.fn();
    const clicks = vi.fn();
    ctx.onInvalidated(cleanUp);
    ctx.setInterval(ticks, 200);
    ctx.addEventListener(document, 'click', clicks);
    vi.advanceTimersByTime(400);
    document.dispatchEvent(new Event('click'));
    expect(ticks).toHaveBeenCalledTimes(2);
    expect(clicks).toHaveBeenCalledTimes(1);

    runtime.id = undefined; // the extension was updated or reloaded
    vi.advanceTimersByTime(1_000); // the first tick a second after the last check notices and stops
    expect(cleanUp).toHaveBeenCalledTimes(1);
    expect(ctx.isInvalid).toBe(true);
    const ticked = ticks.mock.calls.length;
    expect(ticked).toBeLessThanOrEqual(5); // the ticks of that second at most
    vi.advanceTimersByTime(1_000);
    document.dispatchEvent(new Event('click'));
    expect(ticks).toHaveBeenCalledTimes(ticked);
    expect(clicks).toHaveBeenCalledTimes(1);
    runtime.id = liveId;
    expect(ctx.isInvalid).toBe(true); // invalid for good
    expect(cleanUp).toHaveBeenCalledTimes(1);
  });

  it('trusts a "still alive" answer for a second, but not after a recheck (the port dropped)', () => {
    vi.useFakeTimers();
    const ctx = new ContentScriptContext('linkedin');
    const reads = vi.fn(() => liveId);
    Object.defineProperty(runtime, 'id', { get: reads, configurable: true });
    try {
      for (let i = 0; i < 50; i++) expect(ctx.isInvalid).toBe(false);
      expect(reads).toHaveBeenCalledTimes(1);
      vi.advanceTimersByTime(1_000);
      expect(ctx.isInvalid).toBe(false);
      expect(reads).toHaveBeenCalledTimes(2);

      // The port drops, and runtime.id still reads for a moment: every check asks for a while.
      expect(ctx.recheck()).toBe(false);
      const before = reads.mock.calls.length;
      reads.mockReturnValue(undefined as unknown as string); // now the context is torn down
      expect(ctx.isInvalid).toBe(true);
      expect(reads.mock.calls.length).toBe(before + 1);
    } finally {
      Object.defineProperty(runtime, 'id', { value: liveId, writable: true, configurable: true });
    }
  });

  it('a removed onInvalidated listener is not called', () => {
    const ctx = new ContentScriptContext('linkedin');
    const cb = vi.fn();
    ctx.onInvalidated(cb)();
    ctx.notifyInvalidated();
    expect(cb).not.toHaveBeenCalled();
    expect(ctx.isInvalid).toBe(true);
  });

  it('one live instance per isolated world: a second copy of the script stays idle until the first is orphaned', () => {
    const first = new ContentScriptContext('linkedin');
    const second = new ContentScriptContext('linkedin');
    expect(claimWorld(first)).toBe(true);
    expect(claimWorld(second)).toBe(false); // injected twice while the tab loaded at install time
    expect(claimWorld(first)).toBe(true);
    first.notifyInvalidated(); // the extension was reloaded: the old copy stops on its own
    expect(claimWorld(second)).toBe(true);
  });
});
