import { browser } from 'wxt/browser';

/**
 * The content scripts' lifetime: WXT's ContentScriptContext API (what lib/sites uses of it), without
 * announcing itself to the page. wxt.config.ts aliases `wxt/utils/content-script-context` to this
 * file, so WXT's content-script wrapper constructs this class.
 *
 * Why not WXT's own: at start it dispatches a CustomEvent on `document` named
 * `<extension id>:<script>:wxt:content-script-started`, so that a newer copy can stop an older one.
 * Every script of the page can listen for that name, and LinkedIn probes for installed extensions
 * by id. Here nothing is dispatched: an orphaned instance (the extension updated, reloaded or
 * removed; lib/tabs/reinject.ts then injects the new copy) notices by itself that its
 * `runtime.id` is gone, whenever it checks `isInvalid`: every interval tick (the runtime's 200 ms
 * URL check), every batch and every reply.
 */
/** What lib/sites uses of a content script's context (WXT's class or ours below satisfies it). */
export interface ContentContext {
  readonly isInvalid: boolean;
  onInvalidated(cb: () => void): () => void;
  setInterval(handler: () => void, timeout?: number): number;
  requestIdleCallback(callback: IdleRequestCallback, options?: IdleRequestOptions): number;
  addEventListener(target: EventTarget, type: string, handler: (event: Event) => void, options?: AddEventListenerOptions): void;
}

export class ContentScriptContext implements ContentContext {
  readonly #controller = new AbortController();

  constructor(readonly contentScriptName: string, readonly options?: object) {}

  get signal(): AbortSignal {
    return this.#controller.signal;
  }

  get isInvalid(): boolean {
    if (!this.#controller.signal.aborted && !isExtensionAlive()) this.notifyInvalidated();
    return this.#controller.signal.aborted;
  }

  get isValid(): boolean {
    return !this.isInvalid;
  }

  /** Run `cb` once when the context is invalidated; returns a function that removes it. */
  onInvalidated(cb: () => void): () => void {
    this.signal.addEventListener('abort', cb);
    return () => this.signal.removeEventListener('abort', cb);
  }

  /** A promise that never settles: for async work that must not go on in an invalid context. */
  block<T>(): Promise<T> {
    return new Promise(() => {});
  }

  setInterval(handler: () => void, timeout?: number): number {
    const id = window.setInterval(() => {
      if (this.isValid) handler();
    }, timeout);
    this.onInvalidated(() => clearInterval(id));
    return id;
  }

  setTimeout(handler: () => void, timeout?: number): number {
    const id = window.setTimeout(() => {
      if (this.isValid) handler();
    }, timeout);
    this.onInvalidated(() => clearTimeout(id));
    return id;
  }

  requestAnimationFrame(callback: FrameRequestCallback): number {
    const id = requestAnimationFrame((time) => {
      if (this.isValid) callback(time);
    });
    this.onInvalidated(() => cancelAnimationFrame(id));
    return id;
  }

  requestIdleCallback(callback: IdleRequestCallback, options?: IdleRequestOptions): number {
    const id = requestIdleCallback((deadline) => {
      if (!this.signal.aborted) callback(deadline);
    }, options);
    this.onInvalidated(() => cancelIdleCallback(id));
    return id;
  }

  /** addEventListener, removed when the context is invalidated. */
  addEventListener(target: EventTarget, type: string, handler: (event: Event) => void, options?: AddEventListenerOptions): void {
    target.addEventListener(type, handler, { ...options, signal: this.signal });
  }

  notifyInvalidated(): void {
    this.#controller.abort('Content script context invalidated');
  }
}

/** An orphaned content script's `runtime` has no id (reading it can also throw in some browsers). */
function isExtensionAlive(): boolean {
  try {
    return browser.runtime?.id != null;
  } catch {
    return false;
  }
}
