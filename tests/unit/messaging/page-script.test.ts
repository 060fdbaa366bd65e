import { describe, expect, it, vi } from 'vitest';
import { createPageScriptHandlers, LINKEDIN_CONTENT_SCRIPT } from '@/lib/messaging/handlers/page-script';
import { extensionCtx, pageCtx } from './callers';

describe('loadPageScript', () => {
  it("injects LinkedIn's content script into the sender's tab, only on a page with people", async () => {
    const inject = vi.fn(async () => undefined);
    const { loadPageScript } = createPageScriptHandlers(inject);
    expect(await loadPageScript({}, pageCtx(5, 'https://www.linkedin.com/in/anna/'))).toEqual({ ok: true, value: {} });
    expect(inject).toHaveBeenCalledWith(5, LINKEDIN_CONTENT_SCRIPT);
    expect(await loadPageScript({}, pageCtx(5, 'https://www.linkedin.com/feed/'))).toMatchObject({
      error: 'forbidden',
    });
    expect(await loadPageScript({}, extensionCtx)).toMatchObject({ error: 'forbidden' });
    expect(inject).toHaveBeenCalledTimes(1);
  });
});
