// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ContentScriptContext } from '@/lib/sites/runtime/content-context';
import { POLL_MS, watchLocation } from '@/lib/sites/runtime/location-watch';

/** A window whose URL the test moves, as the page's own history.pushState would. */
function fakeWindow(withNavigation: boolean) {
  const location = { href: 'https://www.linkedin.com/in/rebecca-thornton-7b2a91/' };
  const navigation = withNavigation ? new EventTarget() : undefined;
  const win = { location, navigation } as unknown as Window;
  const push = (href: string) => {
    location.href = href;
    navigation?.dispatchEvent(new Event('currententrychange'));
  };
  return { win, push, navigation };
}

afterEach(() => vi.useRealTimers());

describe('watchLocation', () => {
  it('with the Navigation API: calls back on each URL change at once, with no timer at all', () => {
    vi.useFakeTimers();
    const ctx = new ContentScriptContext('linkedin');
    const interval = vi.spyOn(ctx, 'setInterval');
    const { win, push, navigation } = fakeWindow(true);
    const changed = vi.fn();
    watchLocation(ctx, changed, win);
    expect(interval).not.toHaveBeenCalled();
    push('https://www.linkedin.com/in/marcus-feldman/');
    expect(changed).toHaveBeenCalledTimes(1);
    navigation!.dispatchEvent(new Event('currententrychange')); // same URL (e.g. a replaceState of the state only)
    expect(changed).toHaveBeenCalledTimes(1);
    push('https://www.linkedin.com/search/results/people/?keywords=x');
    expect(changed).toHaveBeenCalledTimes(2);
    expect(vi.getTimerCount()).toBe(0);
  });

  it('stops listening when the context is invalidated', () => {
    const ctx = new ContentScriptContext('linkedin');
    const { win, push } = fakeWindow(true);
    const changed = vi.fn();
    watchLocation(ctx, changed, win);
    ctx.notifyInvalidated();
    push('https://www.linkedin.com/in/marcus-feldman/');
    expect(changed).not.toHaveBeenCalled();
  });

  it('without it (older Firefox): polls, and calls back once per change', () => {
    vi.useFakeTimers();
    const ctx = new ContentScriptContext('gmail');
    const { win, push } = fakeWindow(false);
    const changed = vi.fn();
    watchLocation(ctx, changed, win);
    vi.advanceTimersByTime(POLL_MS * 3);
    expect(changed).not.toHaveBeenCalled();
    push('https://www.linkedin.com/in/marcus-feldman/');
    expect(changed).not.toHaveBeenCalled();
    vi.advanceTimersByTime(POLL_MS);
    expect(changed).toHaveBeenCalledTimes(1);
    vi.advanceTimersByTime(POLL_MS * 3);
    expect(changed).toHaveBeenCalledTimes(1);
    ctx.notifyInvalidated();
    push('https://www.linkedin.com/in/olena/');
    vi.advanceTimersByTime(POLL_MS * 3);
    expect(changed).toHaveBeenCalledTimes(1);
  });
});
