import { defineExtensionMessaging } from '@webext-core/messaging';

/**
 * Messages *to* a content script (sent with a tabId from the side panel or the worker). Separate from
 * protocol.ts so the background never registers these and content scripts never register those.
 * Types only: content scripts bundle no zod; senders are extension contexts, and replies are parsed there.
 */
export interface TabProtocolMap {
  /** "Report this page": a redacted snapshot of the page's DOM (no text, no personal attributes). */
  getPageSnapshot(data: Record<string, never>): { html: string; url: string; pageKind: string };
  /** Statuses changed (a capture in another tab or the panel): ask the worker again. */
  refreshStatuses(data: Record<string, never>): void;
}

export const tabMessenger = defineExtensionMessaging<TabProtocolMap>();
