import { z } from 'zod';
import { browser } from '#imports';
import type { Browser } from 'wxt/browser';
import { PAGE_PORT_NAME, type PortReply } from './page-port';
import { protocol, type MessageName } from './protocol';
import { handleMessage, type Handlers } from './register';

const RequestSchema = z.object({ id: z.number().int().min(0), type: z.string().max(100), data: z.unknown() });

/**
 * The worker's end of content scripts' ports (lib/messaging/page-port.ts): each request goes through
 * handleMessage, the same sender check and zod parse as runtime messages (an extension-scope message
 * from a page is refused there: the port's sender is the page). A malformed envelope is dropped: there
 * is no id to answer.
 */
export function servePagePorts(handlers: Handlers): () => void {
  const onConnect = (port: Browser.runtime.Port) => {
    if (port.name !== PAGE_PORT_NAME || !port.sender) return;
    const sender = port.sender;
    let open = true;
    port.onDisconnect.addListener(() => {
      open = false;
    });
    port.onMessage.addListener((message: unknown) => {
      const request = RequestSchema.safeParse(message);
      if (!request.success) return;
      const { id, type, data } = request.data;
      const name = (Object.hasOwn(protocol, type) ? type : '') as MessageName;
      void handleMessage(name, data, sender, handlers).then((res) => {
        if (open) port.postMessage({ id, res } satisfies PortReply);
      });
    });
  };
  browser.runtime.onConnect.addListener(onConnect);
  return () => browser.runtime.onConnect.removeListener(onConnect);
}
