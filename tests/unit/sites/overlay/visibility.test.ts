// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createVisibilityGate, VISIBLE_FOR_MS } from '@/lib/sites/overlay/visibility';

/** IntersectionObserver v2 as Chrome has it: the test says when each target is visible. */
function fakeObserverV2() {
  let report: ((entries: { target: Element; isVisible: boolean; isIntersecting: boolean }[]) => void) | null = null;
  const options: unknown[] = [];
  class FakeObserver {
    constructor(cb: typeof report, opts: unknown) {
      report = cb;
      options.push(opts);
    }
    observe() {}
    unobserve() {}
  }
  class FakeEntry {}
  Object.defineProperty(FakeEntry.prototype, 'isVisible', { get: () => false });
  vi.stubGlobal('IntersectionObserver', FakeObserver);
  vi.stubGlobal('IntersectionObserverEntry', FakeEntry);
  return {
    options,
    show: (target: Element, isVisible: boolean, isIntersecting = true) =>
      report?.([{ target, isVisible, isIntersecting }]),
  };
}

describe('visibility gate (Chrome: IntersectionObserver v2)', () => {
  let now = 0;
  beforeEach(() => {
    vi.useFakeTimers();
    now = 0;
  });
  afterEach(() => {
    vi.useRealTimers();
    vi.unstubAllGlobals();
  });

  const setup = () => {
    const io = fakeObserverV2();
    const gate = createVisibilityGate(() => now);
    const host = document.createElement('span');
    gate.track(host);
    return { io, gate, host, act: vi.fn(), click: new MouseEvent('click', { detail: 1 }) };
  };

  it('observes with trackVisibility', () => {
    const { io } = setup();
    expect(io.options[0]).toMatchObject({ trackVisibility: true });
  });

  it('refuses a click on a host in view but hidden, faded, covered or transformed', () => {
    const { gate, host, act, click, io } = setup();
    io.show(host, false);
    gate.whenVisible(host, click, act);
    now = 5000;
    vi.runAllTimers();
    expect(act).not.toHaveBeenCalled();
  });

  it('a click right after a scroll into view waits for the next report, then the 500 ms', () => {
    const { gate, host, act, click, io } = setup();
    io.show(host, false, false); // below the fold
    gate.whenVisible(host, click, act);
    now = 150;
    vi.advanceTimersByTime(150);
    io.show(host, true);
    now = 700;
    vi.advanceTimersByTime(600);
    expect(act).toHaveBeenCalledTimes(1);
  });

  it('acts at once on a host visible for 500 ms, and after the rest of the wait on a newer one', () => {
    const { gate, host, act, click, io } = setup();
    io.show(host, true);
    now = VISIBLE_FOR_MS;
    gate.whenVisible(host, click, act);
    expect(act).toHaveBeenCalledTimes(1);
    const other = document.createElement('span');
    gate.track(other);
    io.show(other, true);
    now += 200;
    gate.whenVisible(other, click, act);
    expect(act).toHaveBeenCalledTimes(1);
    now += 300;
    vi.advanceTimersByTime(300);
    expect(act).toHaveBeenCalledTimes(2);
  });

  it('a click on a host not reported yet waits for the report, then for the rest of the 500 ms', () => {
    const { gate, host, act, click, io } = setup();
    gate.whenVisible(host, click, act); // mounted a moment ago: no report yet
    now = 100;
    vi.advanceTimersByTime(100);
    io.show(host, true);
    expect(act).not.toHaveBeenCalled();
    now = 700;
    vi.advanceTimersByTime(600);
    expect(act).toHaveBeenCalledTimes(1);
  });

  it('tracking a host again keeps what is known of it; a click on an untracked host starts tracking it', () => {
    const { gate, host, act, click, io } = setup();
    io.show(host, true);
    now = VISIBLE_FOR_MS;
    gate.track(host); // a second pointerover
    gate.whenVisible(host, click, act);
    expect(act).toHaveBeenCalledTimes(1);
    const touched = document.createElement('span'); // a tap: no pointerover came first
    gate.whenVisible(touched, click, act);
    io.show(touched, true);
    now += VISIBLE_FOR_MS;
    vi.advanceTimersByTime(VISIBLE_FOR_MS);
    expect(act).toHaveBeenCalledTimes(2);
  });

  it('drops a waiting click when the host is hidden before the wait ends', () => {
    const { gate, host, act, click, io } = setup();
    io.show(host, true);
    now = 100;
    gate.whenVisible(host, click, act);
    io.show(host, false); // the page slid a decoy over it
    now = 600;
    vi.advanceTimersByTime(500);
    expect(act).not.toHaveBeenCalled();
  });
});

describe('visibility gate (no v2: Firefox)', () => {
  afterEach(() => vi.unstubAllGlobals());

  it('acts only when the host is visible and topmost at the click', () => {
    class PlainEntry {}
    vi.stubGlobal('IntersectionObserverEntry', PlainEntry);
    const gate = createVisibilityGate();
    const host = document.createElement('span');
    document.body.append(host);
    const act = vi.fn();
    const points = vi.fn(() => [host] as Element[]);
    (document as unknown as { elementsFromPoint: typeof points }).elementsFromPoint = points;
    gate.whenVisible(host, new MouseEvent('click', { detail: 1, clientX: 5, clientY: 5 }), act);
    expect(act).toHaveBeenCalledTimes(1);
    points.mockReturnValue([document.body]); // a decoy on top of it
    gate.whenVisible(host, new MouseEvent('click', { detail: 1, clientX: 5, clientY: 5 }), act);
    expect(act).toHaveBeenCalledTimes(1);
  });
});
