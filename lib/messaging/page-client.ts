import { browser } from '#imports';
import type { MessageIn, MessageOut } from './protocol';
import { createPagePort, PAGE_PORT_NAME, type PageMessageName } from './transport/page-port';

/** A content script's one port to the worker (see page-port.ts for why not runtime.sendMessage). */
export const pagePort = createPagePort(() => browser.runtime.connect({ name: PAGE_PORT_NAME }));

/** Send a page message to the worker: typed by the protocol, checked by the worker's gate. */
export const sendPageMessage = pagePort.send;

/**
 * Send a page message that writes (a capture, a follow-up, a logged email) with an operation id, and
 * once more with the same id when the worker went away before answering (it stops when idle; the
 * port then drops): the worker stores the id with the write (lib/worker/use-case.ts), so a retry is
 * answered, never applied twice.
 */
export async function sendPageWrite<K extends PageMessageName>(
  type: K,
  data: Omit<MessageIn<K>, 'opId'>,
): Promise<MessageOut<K>> {
  const message = { ...data, opId: crypto.randomUUID() } as MessageIn<K>;
  try {
    return await sendPageMessage(type, message);
  } catch {
    return sendPageMessage(type, message);
  }
}
