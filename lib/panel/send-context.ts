import { createContext } from 'preact';
import { useContext } from 'preact/hooks';
import { sendMessage } from '../messaging/client';
import type { MessageIn, MessageName, MessageOut } from '../messaging/protocol';

/** Send one protocol message and get its Result reply. */
export type Send = <K extends MessageName>(name: K, data: MessageIn<K>) => Promise<MessageOut<K>>;

/** The real messenger: the background worker parses and handles the message. */
export const sendToWorker: Send = (name, data) =>
  sendMessage(name, data as never) as unknown as Promise<MessageOut<typeof name>>;

/** Tests swap in handlers bound to their own database. */
export const SendContext = createContext<Send>(sendToWorker);

/** How the panel writes: every change is a message to the worker. */
export const useSend = (): Send => useContext(SendContext);
