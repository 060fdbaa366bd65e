import { browser } from 'wxt/browser';

/** What lib/sites uses of a content script's context (WXT's class or ours below satisfies it). */
export interface ContentContext {
  readonly isInvalid: boolean;
  /**
   * isInvalid, asking the browser now rather than trusting a recent answer (the port dropped).
   * Optional: entrypoints are typed with WXT's class, which lacks it; the alias builds ours.
   */
  recheck?(): boolean;
  onInvalidated(cb: () => void): () => void;
  /** Stop this instance for good: its listeners, timers and overlays go (a hand-over, an orphan). */
  notifyInvalidated(): void;
  setInterval(handler: () => void, timeout?: number): number;
  requestIdleCallback(callback: IdleRequestCallback, options?: IdleRequestOptions): number;
  addEventListener(
    target: EventTarget,
    type: string,
    handler: (event: Event) => void,
    options?: AddEventListenerOptions,
  ): void;
}

/**
 * The content scripts' lifetime: the part of WXT's ContentScriptContext that lib/sites uses, without
 * announcing itself to the page. wxt.config.ts aliases `wxt/utils/content-script-context` to this
 * file, so WXT's content-script wrapper constructs this class.
 *
 * Why not WXT's own: at start it dispatches a CustomEvent on `document` named
 * `<extension id>:<script>:wxt:content-script-started`, so that a newer copy can stop an older one.
 * Every script of the page can listen for that name, and LinkedIn probes for installed extensions
 * by id. Here nothing is dispatched: an orphaned instance (the extension updated, reloaded or
 * removed; lib/tabs/reinject.ts then injects the new copy) notices by itself that its
 * `runtime.id` is gone: at once when its port to the worker drops (which an update or reload does),
 * and otherwise at the first batch, reply or interval tick a second after its last check. Unlike
 * WXT's, a one-shot callback drops its invalidation listener once it has run, so calling it often
 * leaks nothing.
 */
export class ContentScriptContext implements ContentContext {
  readonly #controller = new AbortController();
  /** Until when (performance.now()) the last "still alive" answer holds. */
  #aliveUntil = -Infinity;
  /** Until when no "still alive" answer is kept, after a recheck (see recheck). */
  #suspectUntil = -Infinity;

  constructor(
    readonly contentScriptName: string,
    readonly options?: object,
  ) {}

  /**
   * Whether this instance is orphaned. A "still alive" answer is trusted for ALIVE_FOR_MS: the loop
   * reads this at every batch, report and reply, and each read of `runtime.id` is a call into the
   * extension bindings (0.15-0.2 ms of samples in busy observe windows). A reload drops the port,
   * and the runtime then calls recheck(), so an orphan still notices at once.
   */
  get isInvalid(): boolean {
    if (this.#controller.signal.aborted) return true;
    const now = performance.now();
    if (now < this.#aliveUntil) return false;
    if (!isExtensionAlive()) {
      this.notifyInvalidated();
      return true;
    }
    if (now >= this.#suspectUntil) this.#aliveUntil = now + ALIVE_FOR_MS;
    return false;
  }

  /**
   * The port dropped: ask now, and keep no "still alive" answer for SUSPECT_FOR_MS. On a reload the
   * port can drop while `runtime.id` still reads, a moment before the context is torn down; the
   * batch that the new copy's overlay then causes must ask again, not trust that answer.
   */
  recheck(): boolean {
    this.#aliveUntil = -Infinity;
    this.#suspectUntil = performance.now() + SUSPECT_FOR_MS;
    return this.isInvalid;
  }

  get isValid(): boolean {
    return !this.isInvalid;
  }

  /** Run `cb` once when the context is invalidated; returns a function that removes it. */
  onInvalidated(cb: () => void): () => void {
    const signal = this.#controller.signal;
    signal.addEventListener('abort', cb);
    return () => signal.removeEventListener('abort', cb);
  }

  setInterval(handler: () => void, timeout?: number): number {
    const id = window.setInterval(() => {
      if (this.isValid) handler();
    }, timeout);
    this.onInvalidated(() => clearInterval(id));
    return id;
  }

  requestIdleCallback(callback: IdleRequestCallback, options?: IdleRequestOptions): number {
    let forget = () => {};
    const id = requestIdleCallback((deadline) => {
      forget();
      if (this.isValid) callback(deadline);
    }, options);
    forget = this.onInvalidated(() => cancelIdleCallback(id));
    return id;
  }

  /** addEventListener, removed when the context is invalidated. */
  addEventListener(
    target: EventTarget,
    type: string,
    handler: (event: Event) => void,
    options?: AddEventListenerOptions,
  ): void {
    target.addEventListener(type, handler, { ...options, signal: this.#controller.signal });
  }

  notifyInvalidated(): void {
    this.#controller.abort('Content script context invalidated');
  }
}

/**
 * `ctx.isInvalid`, asked of the browser now: recheck() where the context is ours (always, at run
 * time: wxt.config.ts aliases WXT's class to it), isInvalid where only WXT's type is known.
 */
export function isInvalidNow(ctx: ContentContext): boolean {
  return ctx.recheck?.() ?? ctx.isInvalid;
}

/** How long a content script trusts that its extension is still there (see isInvalid). */
const ALIVE_FOR_MS = 1000;
/** After the port drops, how long every check asks the browser (see recheck). */
const SUSPECT_FOR_MS = 5000;

/** An orphaned content script's `runtime` has no id (reading it can also throw in some browsers). */
function isExtensionAlive(): boolean {
  try {
    return browser.runtime?.id != null;
  } catch {
    return false;
  }
}
