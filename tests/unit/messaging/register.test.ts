import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { handleMessage, type Handlers } from '@/lib/messaging/register';
import type { Detection } from '@/lib/domain/contact';

const calls: string[] = [];
const handlers = {
  reportDetection: async () => {
    calls.push('reportDetection');
    return { ok: true, value: {} };
  },
  getContactStatuses: async () => {
    calls.push('getContactStatuses');
    return { ok: true, value: {} };
  },
  captureContact: async () => {
    calls.push('captureContact');
    throw new Error('boom');
  },
  captureFromTab: async () => {
    calls.push('captureFromTab');
    return { ok: true, value: { personId: 'p', status: { known: false } } };
  },
} as unknown as Handlers;

const id = () => fakeBrowser.runtime.id;
const contentScript = () => ({ id: id(), tab: { id: 7 } as never, url: 'https://www.linkedin.com/in/x/' });
const panel = () => ({ id: id(), url: fakeBrowser.runtime.getURL('/sidepanel.html') });

const detection: Detection = {
  url: 'https://www.linkedin.com/in/x/',
  pageKind: 'linkedin-profile',
  company: null,
  signedInUser: null,
  degraded: false,
  warnings: [],
  hiddenMessages: 0,
  contacts: [],
};

describe('message gate', () => {
  beforeEach(() => {
    calls.length = 0;
  });

  it('passes a valid page message from a content script', async () => {
    await expect(handleMessage('reportDetection', detection, contentScript(), handlers)).resolves.toEqual({
      ok: true,
      value: {},
    });
    expect(calls).toEqual(['reportDetection']);
  });

  it.each([
    ['a number', 42],
    ['null', null],
    ['missing fields', { url: 'x' }],
    ['a contact with a script-sized name', { ...detection, contacts: [{ name: 'x'.repeat(10_000) }] }],
    ['an unknown page kind', { ...detection, pageKind: 'facebook' }],
  ])('answers invalid-input to %s and calls nothing', async (_label, data) => {
    const reply = await handleMessage('reportDetection', data, contentScript(), handlers);
    expect(reply).toMatchObject({ ok: false, error: 'invalid-input' });
    expect(calls).toEqual([]);
  });

  it('refuses a capture whose click was not trusted', async () => {
    const reply = await handleMessage('captureContact', { key: 'k', trusted: false }, contentScript(), handlers);
    expect(reply).toMatchObject({ ok: false, error: 'invalid-input' });
  });

  it('refuses extension-only messages from content scripts', async () => {
    const reply = await handleMessage('captureFromTab', { tabId: 1, key: 'k' }, contentScript(), handlers);
    expect(reply).toEqual({ ok: false, error: 'forbidden' });
    expect(calls).toEqual([]);
  });

  it('refuses page messages that do not come from a tab', async () => {
    const reply = await handleMessage('reportDetection', detection, { id: id() }, handlers);
    expect(reply).toEqual({ ok: false, error: 'forbidden' });
  });

  it('refuses messages from another extension', async () => {
    const reply = await handleMessage('captureFromTab', { tabId: 1, key: 'k' }, { ...panel(), id: 'other' }, handlers);
    expect(reply).toEqual({ ok: false, error: 'forbidden' });
  });

  it('accepts extension-only messages from the side panel', async () => {
    const reply = await handleMessage('captureFromTab', { tabId: 1, key: 'k' }, panel(), handlers);
    expect(reply.ok).toBe(true);
  });

  it('turns a throwing handler into an internal error reply', async () => {
    // The gate logs the failure for the worker's console; here that is the expected outcome, not noise.
    const logged = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const reply = await handleMessage('captureContact', { key: 'k', trusted: true }, contentScript(), handlers);
    expect(reply).toEqual({ ok: false, error: 'internal', detail: 'boom' });
    expect(logged).toHaveBeenCalledWith(
      '[sidecar] captureContact failed',
      expect.objectContaining({ message: 'boom' }),
    );
    logged.mockRestore();
  });

  it('answers an unknown message name', async () => {
    const reply = await handleMessage('dropDatabase' as never, {}, panel(), handlers);
    expect(reply).toMatchObject({ ok: false, error: 'invalid-input' });
  });
});
