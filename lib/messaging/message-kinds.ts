import type { MessageName } from './protocol';

/**
 * Messages that only read, or report what a page shows. Every other message is a write: it carries an
 * operation id (protocol-shared.ts OpIdSchema), may change what an overlay says about someone, and is
 * retried once by extension pages when the worker went away before answering. Types only: the panel
 * imports this without bundling the protocol's zod schemas.
 */
export const READ_MESSAGES: ReadonlySet<MessageName> = new Set<MessageName>([
  'reportDetection',
  'getOverlayStrings',
  'getContactStatuses',
  'getEmailStatuses',
  // Brings LinkedIn's content script into a tab: writes nothing the user has.
  'loadPageScript',
]);

/** Whether a message may write (every message but the reads). */
export const isWriteMessage = (name: MessageName): boolean => !READ_MESSAGES.has(name);
