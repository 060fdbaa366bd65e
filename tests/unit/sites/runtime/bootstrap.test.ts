// @vitest-environment happy-dom
// @vitest-environment-options { "url": "https://www.linkedin.com/feed/" }
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { hasPeopleToShow } from '@/lib/domain/linkedin-pages';
import { sendPageMessage } from '@/lib/messaging/page-client';
import { runBootstrap } from '@/lib/sites/runtime/bootstrap';
import { ContentScriptContext } from '@/lib/sites/runtime/content-context';
import { claimWorld } from '@/lib/sites/runtime/world-claim';

vi.mock('@/lib/messaging/page-client', () => ({ sendPageMessage: vi.fn(() => Promise.resolve({ ok: true })) }));
const send = vi.mocked(sendPageMessage);

beforeEach(() => {
  send.mockClear();
  history.replaceState({}, '', '/feed/');
});

describe('the bootstrap on a LinkedIn page with nobody to show', () => {
  it('sends nothing on the page itself, and asks for the content script when the URL reaches a profile', async () => {
    const ctx = new ContentScriptContext('boot');
    runBootstrap(ctx, hasPeopleToShow);
    expect(send).not.toHaveBeenCalled();
    history.pushState({}, '', '/jobs/view/1/');
    window.dispatchEvent(new PopStateEvent('popstate'));
    await new Promise((r) => setTimeout(r, 250)); // the poll where there is no Navigation API
    expect(send).not.toHaveBeenCalled();
    history.pushState({}, '', '/in/anna/');
    await vi.waitFor(() => expect(send).toHaveBeenCalledWith('loadPageScript', {}));
    ctx.notifyInvalidated();
  });

  it('asks nothing once a content script runs in the world', async () => {
    const live = new ContentScriptContext('main');
    expect(claimWorld(live)).toBe(true);
    const ctx = new ContentScriptContext('boot');
    runBootstrap(ctx, hasPeopleToShow);
    history.pushState({}, '', '/in/bartek/');
    await new Promise((r) => setTimeout(r, 250));
    expect(send).not.toHaveBeenCalled();
    live.notifyInvalidated();
    ctx.notifyInvalidated();
  });
});
