import type { MessageName } from '../protocol';
import { isWriteMessage } from '../message-kinds';
import { wrapHandlers, type Handler, type Handlers } from './handler';

export { READ_MESSAGES } from '../message-kinds';

/** Page writes whose reply carries the contact's new status: the sending tab needs no refresh. */
const SELF_UPDATING = new Set<MessageName>(['captureContact', 'scheduleFollowUpForContact']);

export interface StatusHooks {
  /** After a successful write; `skipTabId` is a tab that already shows the change (or null: none). */
  statusesChanged(skipTabId: number | null): void;
}

/** Wrap every write handler so that open LinkedIn and Gmail tabs hear about it (lib/tabs/notify-tabs.ts). */
export function withStatusHooks(handlers: Handlers, hooks: StatusHooks): Handlers {
  // A tab's own Log email or compose follow-up may capture people too: that tab is refreshed as well.
  const wrap =
    (name: MessageName, handler: Handler<MessageName>): Handler<MessageName> =>
    async (data, ctx) => {
      const reply = await handler(data, ctx);
      if ((reply as { ok?: unknown }).ok === true) hooks.statusesChanged(SELF_UPDATING.has(name) ? ctx.tabId : null);
      return reply;
    };
  const writes = (Object.keys(handlers) as MessageName[]).filter(isWriteMessage);
  return wrapHandlers(handlers, writes, wrap);
}
