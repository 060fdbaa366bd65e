import { browser } from 'wxt/browser';

/** What lib/sites uses of a content script's context (WXT's class or ours below satisfies it). */
export interface ContentContext {
  readonly isInvalid: boolean;
  onInvalidated(cb: () => void): () => void;
  setInterval(handler: () => void, timeout?: number): number;
  requestIdleCallback(callback: IdleRequestCallback, options?: IdleRequestOptions): number;
  addEventListener(target: EventTarget, type: string, handler: (event: Event) => void, options?: AddEventListenerOptions): void;
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
 * `runtime.id` is gone, whenever it checks `isInvalid`: when its port to the worker drops (which an
 * update or reload does), every batch, every reply and every interval tick. Unlike WXT's, a one-shot
 * callback drops its invalidation listener once it has run, so calling it often leaks nothing.
 */
export class ContentScriptContext implements ContentContext {
  readonly #controller = new AbortController();

  constructor(readonly contentScriptName: string, readonly options?: object) {}

  get isInvalid(): boolean {
    if (!this.#controller.signal.aborted && !isExtensionAlive()) this.notifyInvalidated();
    return this.#controller.signal.aborted;
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
  addEventListener(target: EventTarget, type: string, handler: (event: Event) => void, options?: AddEventListenerOptions): void {
    target.addEventListener(type, handler, { ...options, signal: this.#controller.signal });
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
