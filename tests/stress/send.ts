import type { CDPSession, Page } from '@playwright/test';
import { CHANNEL } from '../../lib/messaging/transport/envelope';

/** How a send ended: the worker's reply, or no reply at all (the worker stopped, twice). */
export type Outcome = { reply: { ok: boolean; value?: unknown; error?: string } } | { lost: string };

/**
 * Send one protocol message from a context of the extension, the way Sidecar's pages send a user's
 * action (lib/panel/send-context.ts): with an operation id, and once more with the same id when the
 * first send got no answer. `context` is an extension page (a runtime message), or a content script's
 * isolated world (a page message, on a port of its own as the content script's page client sends it),
 * in the transport's envelope (lib/messaging/transport/envelope.ts).
 */
export async function sendFrom(
  evaluate: (expression: string) => Promise<unknown>,
  name: string,
  data: Record<string, unknown>,
): Promise<Outcome> {
  const payload = JSON.stringify({ ...data, opId: data.opId ?? crypto.randomUUID() });
  const expression = `(async () => {
    const message = { ch: ${JSON.stringify(CHANNEL)}, id: Math.floor(Math.random() * 1e9), type: ${JSON.stringify(name)}, data: ${payload} };
    const viaRuntime = () => new Promise((resolve) => chrome.runtime.sendMessage(message, (answer) => {
      const error = chrome.runtime.lastError;
      resolve(error ? { lost: error.message } : answer && 'res' in answer ? { reply: answer.res } : { lost: JSON.stringify(answer) });
    }));
    const viaPort = () => new Promise((resolve) => {
      const port = chrome.runtime.connect({ name: 'sidecar-page' });
      port.onMessage.addListener((m) => {
        if (m && m.id === message.id) { port.disconnect(); resolve({ reply: m.res }); }
      });
      port.onDisconnect.addListener(() => resolve({ lost: 'the port closed' }));
      port.postMessage(message);
    });
    // Content scripts have no chrome.tabs: they speak on a port; extension pages send runtime messages.
    const once = typeof chrome.tabs === 'undefined' ? viaPort : viaRuntime;
    const first = await once();
    if (!('lost' in first)) return first;
    await new Promise((r) => setTimeout(r, 100));
    return once();
  })()`;
  return (await evaluate(expression)) as Outcome;
}

/** Evaluate in an extension page (the options page: the worker's origin and database). */
export const inPage = (page: Page) => (expression: string) => page.evaluate(expression);

/**
 * Evaluate in the content script's isolated world of a page (CDP: the execution context Chrome made
 * for the extension in that frame): what the content script itself can do, page messages included.
 */
export async function inContentScript(
  page: Page,
  extensionId: string,
): Promise<(expression: string) => Promise<unknown>> {
  const cdp: CDPSession = await page.context().newCDPSession(page);
  const contexts: { id: number; origin: string; auxData?: { type?: string } }[] = [];
  cdp.on('Runtime.executionContextCreated', (e) => contexts.push(e.context));
  await cdp.send('Runtime.enable');
  const find = () =>
    contexts.find((c) => c.auxData?.type === 'isolated' && c.origin === `chrome-extension://${extensionId}`);
  for (let i = 0; i < 100 && !find(); i++) await new Promise((r) => setTimeout(r, 50));
  const context = find();
  if (!context) throw new Error(`no content script in ${page.url()}`);
  return async (expression) => {
    const r = await cdp.send('Runtime.evaluate', {
      contextId: context.id,
      expression,
      awaitPromise: true,
      returnByValue: true,
    });
    if (r.exceptionDetails) throw new Error(r.exceptionDetails.exception?.description ?? r.exceptionDetails.text);
    return r.result.value;
  };
}
