/**
 * Messages *to* a content script, sent with a tabId by the worker or the side panel
 * (transport/tab-channel.ts). Types only: content scripts bundle no zod; the senders are extension
 * contexts, and a content script answers only them.
 */
export interface TabProtocolMap {
  /** "Report this page": the page's bare URL and kind (the redacted DOM comes from page-report.content.ts). */
  describePage(data: Record<string, never>): { url: string; pageKind: string };
  /** Statuses changed (a capture in another tab or the panel): ask the worker again. */
  refreshStatuses(data: Record<string, never>): void;
}

export type TabMessageName = keyof TabProtocolMap;
