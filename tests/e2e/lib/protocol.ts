import { expect, type Page } from '@playwright/test';

type Reply = { ok: boolean; value?: Record<string, unknown>; error?: string };

/**
 * Send a protocol message from an extension page, in @webext-core/messaging's wire format, as the
 * side panel does; fails the test unless the worker answers `ok`.
 */
export async function sendMessage(extensionPage: Page, type: string, data: unknown): Promise<Record<string, unknown>> {
  const reply = await extensionPage.evaluate(
    async ([t, d]) => {
      const r = await chrome.runtime.sendMessage({
        id: Math.floor(Math.random() * 1e9),
        type: t,
        data: d,
        timestamp: Date.now(),
      });
      return r.res as Reply;
    },
    [type, data] as const,
  );
  expect(reply.ok, `${type}: ${JSON.stringify(reply)}`).toBe(true);
  return reply.value ?? {};
}
