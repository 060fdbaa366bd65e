import { defineExtensionMessaging } from '@webext-core/messaging';
// Types only: the zod schemas stay out of content-script bundles (see docs/ARCHITECTURE.md).
import type { ProtocolMap } from './protocol';

/** The typed messenger shared by every context. Only the background registers handlers. */
export const messenger = defineExtensionMessaging<ProtocolMap>();
export const { sendMessage, onMessage } = messenger;
