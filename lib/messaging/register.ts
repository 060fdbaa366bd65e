import { z } from 'zod';
import { browser } from '#imports';
import type { Browser } from 'wxt/browser';
import { onMessage } from './client';
import { protocol, type MessageName, type MessageOut, type ErrorCode } from './protocol';

export interface HandlerContext {
  /** The sender's tab: for page messages, the only tab the message may be about. */
  tabId: number | null;
  url: string | null;
}

export type Handler<K extends MessageName> = (
  data: z.output<(typeof protocol)[K]['in']>,
  ctx: HandlerContext,
) => Promise<MessageOut<K>>;

export type Handlers = { [K in MessageName]: Handler<K> };

/**
 * The same handlers with some replaced by `wrap(name, handler)` (a hook around them). Keys and
 * per-key handler types are unchanged; Object.fromEntries only loses them for the compiler.
 */
export function wrapHandlers(
  handlers: Handlers,
  names: Iterable<MessageName>,
  wrap: (name: MessageName, handler: Handler<MessageName>) => Handler<MessageName>,
): Handlers {
  const all = handlers as unknown as Record<MessageName, Handler<MessageName>>;
  const wrapped = Object.fromEntries([...names].map((name) => [name, wrap(name, all[name])]));
  return { ...handlers, ...wrapped } as Handlers;
}

const failure = (error: ErrorCode, detail?: string) =>
  detail === undefined ? { ok: false as const, error } : { ok: false as const, error, detail };

/** Whether the sender may send a message of this scope (see protocol.ts). */
export function isAllowedSender(scope: 'page' | 'extension', sender: Browser.runtime.MessageSender): boolean {
  if (sender.id !== browser.runtime.id) return false;
  if (scope === 'page') return typeof sender.tab?.id === 'number';
  return typeof sender.url === 'string' && sender.url.startsWith(browser.runtime.getURL('/'));
}

/**
 * The gate every message passes: sender check, then zod parse. Bad input gets a typed error reply and
 * touches nothing; a handler that throws answers 'internal' instead of leaving an unhandled rejection
 * in the worker.
 */
export async function handleMessage<K extends MessageName>(
  name: K,
  data: unknown,
  sender: Browser.runtime.MessageSender,
  handlers: Handlers,
): Promise<MessageOut<K>> {
  const def = protocol[name];
  if (!def) return failure('invalid-input', 'unknown message') as MessageOut<K>;
  if (!isAllowedSender(def.scope, sender)) return failure('forbidden') as MessageOut<K>;
  const parsed = def.in.safeParse(data);
  if (!parsed.success) return failure('invalid-input', z.prettifyError(parsed.error).slice(0, 500)) as MessageOut<K>;
  const ctx: HandlerContext = { tabId: sender.tab?.id ?? null, url: sender.tab?.url ?? sender.url ?? null };
  try {
    return await (handlers[name] as Handler<K>)(parsed.data as never, ctx);
  } catch (error) {
    console.error(`[sidecar] ${name} failed`, error);
    return failure('internal', error instanceof Error ? error.message : String(error)) as MessageOut<K>;
  }
}

/** Register every handler of the protocol behind handleMessage; returns a function removing them. */
export function registerHandlers(handlers: Handlers): () => void {
  const removers = (Object.keys(protocol) as MessageName[]).map((name) =>
    onMessage(name, ({ data, sender }) => handleMessage(name, data, sender, handlers) as never),
  );
  return () => removers.forEach((remove) => remove());
}
