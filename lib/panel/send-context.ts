import { createContext } from 'preact';
import { useContext } from 'preact/hooks';
import { sendMessage } from '../messaging/client';
import { isWriteMessage } from '../messaging/message-kinds';
import type { MessageIn, MessageName, MessageOut } from '../messaging/protocol';

/** Send one protocol message and get its Result reply. */
export type Send = <K extends MessageName>(name: K, data: MessageIn<K>) => Promise<MessageOut<K>>;

/** A pause before the retry: the browser starts the stopped worker again on the next message. */
const RETRY_DELAY_MS = 100;

/**
 * One user action as a message, made safe to retry: a write gets an operation id (one per call,
 * unless the caller gave one), and when the send throws (the worker stopped or was restarting
 * before it answered) it is sent once more with the same id. The worker answers an operation it
 * already applied from its operation log (lib/worker/use-case.ts), so the retry never applies the
 * action twice. A reply, even a failure, is final: only a missing answer is retried.
 */
export function withRetry(send: Send): Send {
  return async (name, data) => {
    const payload =
      isWriteMessage(name) && !(data as { opId?: string }).opId ? { ...data, opId: crypto.randomUUID() } : data;
    try {
      return await send(name, payload);
    } catch {
      await new Promise((resolve) => setTimeout(resolve, RETRY_DELAY_MS));
      return send(name, payload);
    }
  };
}

/** The real messenger: the background worker parses and handles the message; retried once as above. */
export const sendToWorker: Send = withRetry(
  (name, data) => sendMessage(name, data as never) as unknown as Promise<MessageOut<typeof name>>,
);

/** Tests swap in handlers bound to their own database. */
export const SendContext = createContext<Send>(sendToWorker);

/** How the panel and the options page write: every change is a message to the worker. */
export const useSend = (): Send => useContext(SendContext);
