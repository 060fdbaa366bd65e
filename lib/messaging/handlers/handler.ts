import type { z } from 'zod';
import type { protocol, MessageName, MessageOut } from '../protocol';
import type { Caller } from '../transport/gate';

/** Who sent a message, verified by the transport's gate: all a handler knows of the sender. */
export type HandlerContext = Caller;

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
