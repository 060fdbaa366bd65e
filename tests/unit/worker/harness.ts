import type { SidecarDB } from '@/lib/db/schema';
import { createHandlers } from '@/lib/messaging/handlers/create-handlers';
import {
  protocol,
  type EmailMessage,
  type MessageIn,
  type MessageName,
  type MessageOut,
} from '@/lib/messaging/protocol';
import type { HandlerContext } from '@/lib/messaging/handlers/handler';
import { extensionCtx, pageCtx } from '../messaging/callers';

/** The context of an extension page (the side panel), or of a content script on `tabId`. */
export const PANEL: HandlerContext = extensionCtx;
export const tab = (tabId: number): HandlerContext => pageCtx(tabId);

/**
 * Send protocol messages to the real handlers on a test database, as the worker's gate does: the
 * payload parsed by its zod schema first (bad input answers invalid-input and touches nothing).
 */
export function messagesFor(db: SidecarDB, hooks: Parameters<typeof createHandlers>[1] = {}) {
  const handlers = createHandlers(db, hooks);
  async function send<K extends MessageName>(
    name: K,
    data: MessageIn<K>,
    ctx: HandlerContext = PANEL,
  ): Promise<MessageOut<K>> {
    const parsed = protocol[name].in.safeParse(data);
    if (!parsed.success) return { ok: false, error: 'invalid-input' } as MessageOut<K>;
    return (handlers[name] as (d: unknown, c: HandlerContext) => Promise<MessageOut<K>>)(parsed.data, ctx);
  }
  /** Send and return the reply's value; a failed reply fails the test. */
  async function sendOk<K extends MessageName>(name: K, data: MessageIn<K>, ctx: HandlerContext = PANEL) {
    const reply = await send(name, data, ctx);
    if (!reply.ok) throw new Error(`${name} failed: ${reply.error} ${reply.detail ?? ''}`);
    return reply.value as Extract<MessageOut<K>, { ok: true }>['value'];
  }
  return { send, sendOk, handlers };
}

/** One message of a Gmail thread: from one address to others (names are the addresses' local parts). */
export function gmailMessage(
  id: string,
  from: string,
  to: readonly string[],
  at: number,
  over: Partial<EmailMessage> = {},
): EmailMessage {
  const address = (email: string) => ({ email, name: null });
  return {
    gmailMessageId: id,
    threadId: null,
    subject: 'Oferta',
    at,
    from: address(from),
    to: to.map(address),
    cc: [],
    snippet: '',
    ...over,
  };
}
