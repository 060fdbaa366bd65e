import type { Page } from '@playwright/test';
import { CHANNEL } from '../../../lib/messaging/transport/envelope';

export type Reply = { ok: boolean; value?: Record<string, unknown>; error?: string; detail?: string };

/**
 * A protocol message from an extension page, in the transport's envelope (lib/messaging/transport/
 * envelope.ts), as the side panel sends it: it passes the same sender gate and zod parse as the UI.
 */
export function sendFromPanel(panel: Page, type: string, data: unknown): Promise<Reply> {
  return panel.evaluate(
    async ([ch, t, d]) => {
      const reply = await chrome.runtime.sendMessage({ ch, id: Math.floor(Math.random() * 1e9), type: t, data: d });
      return reply.res as Reply;
    },
    [CHANNEL, type, data] as const,
  );
}

/** A tab message from an extension page to a tab's content script; resolves to its reply. */
export function sendToTabFromPanel(panel: Page, tabId: number, type: string, data: unknown): Promise<Reply> {
  return panel.evaluate(
    async ([ch, id, t, d]) => {
      const reply = await chrome.tabs.sendMessage(id, { ch, id: 1, type: t, data: d });
      return reply.res as Reply;
    },
    [CHANNEL, tabId, type, data] as const,
  );
}
