import { browser } from '#imports';
import type { TabMessageName, TabProtocolMap } from '../tab-protocol';
import { isReply, readRequest, reply, request } from './envelope';

type TabData<K extends TabMessageName> = Parameters<TabProtocolMap[K]>[0];
type TabResult<K extends TabMessageName> = ReturnType<TabProtocolMap[K]>;
type TabReply<K extends TabMessageName> = { ok: true; value: TabResult<K> } | { ok: false; error: string };

export type TabHandlers = { [K in TabMessageName]: (data: TabData<K>) => TabResult<K> };

let nextId = 1;

/**
 * Send a message to the content script of one tab (from the worker or the side panel). Rejects
 * when the tab has no content script of ours, or when it answers with an error.
 */
export async function sendToTab<K extends TabMessageName>(
  tabId: number,
  type: K,
  data: TabData<K>,
): Promise<TabResult<K>> {
  const answer: unknown = await browser.tabs.sendMessage(tabId, request(nextId++, type, data));
  if (!isReply(answer)) throw new Error(`no reply to ${type}`);
  const res = answer.res as TabReply<K>;
  if (!res.ok) throw new Error(res.error);
  return res.value;
}

/** The parts of a runtime message's sender a content script can check. */
interface TabSender {
  id?: string | undefined;
  tab?: unknown;
}

/**
 * A content script's receiver: only our envelope, only from our own extension's worker or pages
 * (another content script has a `tab`; a page cannot reach runtime.onMessage at all), and only the
 * handlers' own keys (a type named `constructor` is unknown). Returns the listener for removal.
 */
export function listenInTab(
  handlers: TabHandlers,
): (message: unknown, sender: TabSender, respond: (r: unknown) => void) => boolean {
  const listener = (message: unknown, sender: TabSender, respond: (r: unknown) => void): boolean => {
    const req = readRequest(message);
    if (!req || sender.id !== browser.runtime.id || sender.tab !== undefined) return false;
    if (!Object.hasOwn(handlers, req.type)) {
      respond(reply(req.id, { ok: false, error: 'unknown' }));
      return false;
    }
    try {
      const handler = handlers[req.type as TabMessageName] as (data: unknown) => unknown;
      respond(reply(req.id, { ok: true, value: handler(req.data) }));
    } catch (error) {
      respond(reply(req.id, { ok: false, error: error instanceof Error ? error.message : String(error) }));
    }
    return false;
  };
  browser.runtime.onMessage.addListener(listener as never);
  return listener;
}
