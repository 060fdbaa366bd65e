import type { TabProtocolMap } from './tab-protocol';

/**
 * Messages to a tab travel in @webext-core/messaging's format: {id, type, data, timestamp} in, {res}
 * or {err} out. The side panel sends with the library (tab-protocol.ts); the worker's notifier
 * (lib/tabs/notify-tabs.ts) and the content scripts' listener (lib/sites/runtime/tab-listener.ts) speak it
 * through these helpers, so neither the library nor its error serialiser is bundled into the pages.
 */
export type TabMessageName = keyof TabProtocolMap;

/** A request as the library would send it. */
export function tabRequest<K extends TabMessageName>(id: number, type: K, data: Parameters<TabProtocolMap[K]>[0]) {
  return { id, type, data, timestamp: Date.now() };
}

/** The type and data of a request in the library's format, or null for any other message. */
export function readTabRequest(message: unknown): { type: string; data: unknown } | null {
  const m = message as { type?: unknown; timestamp?: unknown; data?: unknown } | null;
  return typeof m?.type === 'string' && typeof m.timestamp === 'number' ? { type: m.type, data: m.data } : null;
}

/** The library's reply envelope: the result, or an error it turns back into an Error for the sender. */
export function tabReply(run: () => unknown): { res: unknown } | { err: { name: string; message: string } } {
  try {
    return { res: run() };
  } catch (error) {
    return { err: { name: 'Error', message: error instanceof Error ? error.message : String(error) } };
  }
}
