import { browser } from '#imports';
// Types only: the zod schemas stay out of the bundles that send (see docs/ARCHITECTURE.md).
import type { MessageIn, MessageName, MessageOut } from './protocol';
import { isReply, request } from './transport/envelope';

let nextId = 1;

/**
 * Send one protocol message from an extension page (side panel, options) to the worker, in our
 * envelope (transport/envelope.ts); the worker's gate checks the sender and parses the payload.
 * Rejects when no reply comes (the worker could not be reached).
 */
export async function sendMessage<K extends MessageName>(type: K, data: MessageIn<K>): Promise<MessageOut<K>> {
  const answer: unknown = await browser.runtime.sendMessage(request(nextId++, type, data));
  if (!isReply(answer)) throw new Error(`no reply to ${type}`);
  return answer.res as MessageOut<K>;
}
