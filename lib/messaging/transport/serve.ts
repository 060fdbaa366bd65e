import { browser } from '#imports';
import type { Browser } from 'wxt/browser';
import type { Handlers } from '../handlers/handler';
import { reply, readRequest } from './envelope';
import { pageCaller } from './gate';
import { createCoolDowns, createRateLimiter, weightOf } from './limits';
import { PAGE_PORT_NAME } from './page-port';
import { browserServerDeps, handleMessage, type ServerDeps } from './server';

const RATE_LIMITED = { ok: false, error: 'rate-limited' } as const;

/**
 * The worker's end of the transport: extension pages' runtime messages and content scripts' ports,
 * both through handleMessage (server.ts). A port is accepted only from a content script of ours in
 * the top frame of a LinkedIn or Gmail tab, and each port is rate-limited (limits.ts): excess requests
 * are answered `rate-limited` at once, without touching a handler. Returns a function removing both.
 */
export function serve(handlers: Handlers, deps: ServerDeps = browserServerDeps()): () => void {
  const onMessage = (message: unknown, sender: Browser.runtime.MessageSender, respond: (r: unknown) => void) => {
    const request = readRequest(message);
    if (!request) return false;
    void handleMessage(request.type, request.data, sender, handlers, { deps, via: 'runtime' }).then((res) =>
      respond(reply(request.id, res)),
    );
    return true;
  };
  const coolDowns = createCoolDowns(() => performance.now());
  const onConnect = (port: Browser.runtime.Port) => {
    if (port.name !== PAGE_PORT_NAME || !port.sender) return;
    const sender = port.sender;
    const tabId = sender.tab?.id ?? -1;
    if (coolDowns.isCooling(tabId)) return port.disconnect();
    let open = true;
    port.onDisconnect.addListener(() => void (open = false));
    const limiter = createRateLimiter(() => performance.now());
    // One request of a port at a time (up to 8 wait their turn): a tab's burst of heavy reports then
    // holds the worker for one handler at a time, and extension pages' messages run in between.
    let turn: Promise<unknown> = Promise.resolve();
    const answer = (id: number, res: unknown) => {
      if (open) port.postMessage(reply(id, res));
    };
    // Checked again per request (the tab may have navigated); refused here, the port is closed at once.
    void pageCaller(sender, deps).then((caller) => {
      if (!caller) port.disconnect();
    });
    port.onMessage.addListener((message: unknown) => {
      const request = readRequest(message);
      if (!request) return;
      if (!limiter.tryStart(weightOf(request.data))) {
        answer(request.id, RATE_LIMITED);
        if (limiter.flooding()) {
          coolDowns.start(tabId);
          open = false;
          port.disconnect();
        }
        return;
      }
      turn = turn
        .then(() => (open ? handleMessage(request.type, request.data, sender, handlers, { deps, via: 'port' }) : null))
        .then((res) => answer(request.id, res))
        .finally(() => limiter.done());
    });
  };
  browser.runtime.onMessage.addListener(onMessage);
  browser.runtime.onConnect.addListener(onConnect);
  return () => {
    browser.runtime.onMessage.removeListener(onMessage);
    browser.runtime.onConnect.removeListener(onConnect);
  };
}
