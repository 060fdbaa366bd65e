import type { Browser } from 'wxt/browser';
import type { MessageIn, MessageName, MessageOut, Protocol } from '../protocol';
import { isReply, request } from './envelope';

/**
 * Content scripts talk to the worker over one long-lived port instead of runtime.sendMessage.
 * sendMessage opens a channel per message, and in profiles of a busy LinkedIn search or Gmail inbox
 * that call blocked the page's main thread for 0.3–25 ms each time (the most expensive thing a batch
 * did); a port is opened once per content script (and again after the worker was stopped) and each
 * message is one asynchronous post. Same protocol, same gate: the worker runs every request through
 * handleMessage (serve.ts). Types only here: no zod in content scripts.
 */
export const PAGE_PORT_NAME = 'sidecar-page';

/** Messages a content script may send (scope 'page'). */
export type PageMessageName = { [K in MessageName]: Protocol[K]['scope'] extends 'page' ? K : never }[MessageName];

type Port = Pick<Browser.runtime.Port, 'postMessage' | 'disconnect' | 'onMessage' | 'onDisconnect'>;

export interface PagePort {
  send<K extends PageMessageName>(type: K, data: MessageIn<K>): Promise<MessageOut<K>>;
  /** Close the port (the content script was invalidated); pending requests fail. */
  close(): void;
  /** Call `listener` whenever the open port drops (not after close()). */
  onDisconnect(listener: () => void): void;
}

/**
 * A request/response client over a port, opened on first use and again whenever the worker went
 * away (an MV3 worker stops when idle; its ports disconnect and connect() wakes it). A request
 * whose port disconnects before the reply fails, as a sendMessage to a stopped worker did.
 */
export function createPagePort(connect: () => Port): PagePort {
  let port: Port | null = null;
  let nextId = 1;
  const pending = new Map<number, { resolve: (value: unknown) => void; reject: (error: Error) => void }>();
  const dropped: Array<() => void> = [];

  const failAll = (reason: string) => {
    for (const waiter of pending.values()) waiter.reject(new Error(reason));
    pending.clear();
  };
  const open = (): Port => {
    if (port) return port;
    const opened = connect();
    opened.onMessage.addListener((message: unknown) => {
      if (!isReply(message)) return;
      const waiter = pending.get(message.id);
      pending.delete(message.id);
      waiter?.resolve(message.res);
    });
    opened.onDisconnect.addListener(() => {
      if (port === opened) port = null;
      failAll('the worker went away');
      for (const listener of dropped) listener();
    });
    port = opened;
    return opened;
  };

  return {
    send(type, data) {
      return new Promise((resolve, reject) => {
        const id = nextId++;
        pending.set(id, { resolve: resolve as (value: unknown) => void, reject });
        try {
          open().postMessage(request(id, type, data));
        } catch (error) {
          // "Extension context invalidated" after an update, or a port that just closed.
          pending.delete(id);
          port = null;
          reject(error instanceof Error ? error : new Error(String(error)));
        }
      });
    },
    close() {
      port?.disconnect();
      port = null;
      failAll('closed');
    },
    onDisconnect(listener) {
      dropped.push(listener);
    },
  };
}
