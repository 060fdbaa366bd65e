import type { BrowserContext } from '@playwright/test';

/**
 * Stop the extension's service worker the way Chrome does (CDP Target.closeTarget; the recipe in
 * shared/recipes/extension-e2e.md), at once, whatever it is doing. Any message or due alarm starts it
 * again. Returns how many workers were stopped (0 when it was already stopped).
 */
export async function workerKiller(context: BrowserContext, extensionId: string): Promise<() => Promise<number>> {
  const cdp = await context.browser()!.newBrowserCDPSession();
  return async () => {
    const { targetInfos } = await cdp.send('Target.getTargets');
    const workers = targetInfos.filter(
      (t) => t.type === 'service_worker' && t.url.startsWith(`chrome-extension://${extensionId}/`),
    );
    for (const t of workers) await cdp.send('Target.closeTarget', { targetId: t.targetId }).catch(() => undefined);
    return workers.length;
  };
}
