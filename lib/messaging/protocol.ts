import type { z } from 'zod';
import { pageMessages } from './protocol-page';
import { extensionMessages } from './protocol-extension';
import { dataMessages } from './protocol-data';
import { followUpMessages } from './protocol-follow-ups';

export {
  ContactStatusSchema,
  EmailMessageSchema,
  ErrorCodeSchema,
  type ContactStatus,
  type EmailMessage,
  type ErrorCode,
} from './protocol-shared';

/**
 * The one messaging protocol. Each message has a zod schema for its payload (`in`) and reply (`out`);
 * those schemas are the only source of the message types. `scope` says who may send it:
 * - 'page': content scripts, and only about the tab they run in (sender.tab.id): protocol-page.ts;
 * - 'extension': extension pages only (sender.id is ours and sender.url lies under runtime.getURL('/')):
 *   protocol-extension.ts, protocol-follow-ups.ts, and protocol-data.ts for imports, restores and deletions.
 * The background parses every payload on arrival; see lib/messaging/transport/server.ts.
 */
export const protocol = { ...pageMessages, ...extensionMessages, ...followUpMessages, ...dataMessages } as const;

export type Protocol = typeof protocol;
export type MessageName = keyof Protocol;
export type MessageIn<K extends MessageName> = z.input<Protocol[K]['in']>;
export type MessageOut<K extends MessageName> = z.output<Protocol[K]['out']>;
