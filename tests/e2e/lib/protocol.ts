import { expect, type Page } from '@playwright/test';
import { sendFromPanel } from '../pages/messages';

/**
 * Send a protocol message from an extension page, in the transport's envelope, as the side panel
 * does; fails the test unless the worker answers `ok`.
 */
export async function sendMessage(extensionPage: Page, type: string, data: unknown): Promise<Record<string, unknown>> {
  const reply = await sendFromPanel(extensionPage, type, data);
  expect(reply.ok, `${type}: ${JSON.stringify(reply)}`).toBe(true);
  return reply.value ?? {};
}
