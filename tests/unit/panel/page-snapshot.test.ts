import { describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { reply } from '@/lib/messaging/transport/envelope';
import { takePageSnapshot } from '@/lib/panel/page-snapshot';

describe('takePageSnapshot', () => {
  it("joins the tab's own description with the injected report part's DOM", async () => {
    fakeBrowser.reset();
    vi.spyOn(fakeBrowser.tabs, 'sendMessage').mockResolvedValueOnce(
      reply(1, { ok: true, value: { url: 'https://www.linkedin.com/in/x/', pageKind: 'linkedin-profile' } }) as never,
    );
    const inject = vi.fn(async () => ({ html: '<main></main>' }));
    await expect(takePageSnapshot(7, inject)).resolves.toEqual({
      html: '<main></main>',
      url: 'https://www.linkedin.com/in/x/',
      pageKind: 'linkedin-profile',
    });
    expect(inject).toHaveBeenCalledWith(7);
  });

  it('rejects when the injected part gave back no HTML (a page that refused the script)', async () => {
    fakeBrowser.reset();
    vi.spyOn(fakeBrowser.tabs, 'sendMessage').mockResolvedValueOnce(
      reply(1, { ok: true, value: { url: 'u', pageKind: 'k' } }) as never,
    );
    await expect(takePageSnapshot(7, async () => ({ html: 42 }))).rejects.toThrow('no-snapshot');
  });
});
