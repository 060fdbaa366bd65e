import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import type { Detection } from '@/lib/domain/contact';
import type { Handlers } from '@/lib/messaging/handlers/handler';
import { handleMessage as handle } from '@/lib/messaging/transport/server';
import { contentScriptSender, gateDeps, panelSender } from '../callers';

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
const contentScript = () => contentScriptSender(7);
const panel = panelSender;
const handleMessage = (type: string, data: unknown, sender: object, h: Handlers, deps = gateDeps()) =>
  handle(type, data, sender, h, { deps }) as Promise<{ ok: boolean; error?: string }>;

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
    const logged = vi.spyOn(console, 'error').mockImplementation(() => {});
    const reply = await handleMessage('captureContact', { key: 'k', trusted: true }, contentScript(), handlers);
    expect(reply).toEqual({ ok: false, error: 'internal', detail: 'boom' });
    expect(logged).toHaveBeenCalledWith('captureContact failed', expect.any(Error));
    logged.mockRestore();
  });

  it.each(['dropDatabase', 'constructor', 'hasOwnProperty', '__proto__', 'toString', 'valueOf'])(
    'answers "unknown" to a message named %s, from any sender, and calls nothing',
    async (type) => {
      for (const sender of [panel(), contentScript()]) {
        expect(await handleMessage(type, {}, sender, handlers)).toEqual({
          ok: false,
          error: 'unknown',
          detail: 'unknown message',
        });
      }
      expect(calls).toEqual([]);
    },
  );
});

describe('the gate: a content script speaks only about its own tab and site', () => {
  const GMAIL = 'https://mail.google.com/mail/u/0/#inbox/FMfcgzQXJWDsKmKxBnPqZrTvLcHsgXwq';
  const tabs = { 7: 'https://www.linkedin.com/in/x/', 8: GMAIL };
  const gmailScript = () => contentScriptSender(8, GMAIL);
  const all = new Proxy({} as Handlers, { get: () => async () => ({ ok: true, value: {} }) });
  const ask = (type: string, data: unknown, sender: object, deps = gateDeps(tabs)) =>
    handleMessage(type, data, sender, all, deps);

  beforeEach(() => {
    calls.length = 0;
  });

  it('refuses a frame inside the page, another origin, and a tab that left the site', async () => {
    expect(await ask('reportDetection', detection, { ...contentScript(), frameId: 3 })).toEqual({
      ok: false,
      error: 'forbidden',
    });
    const evil = { ...contentScript(), origin: 'https://evil.example', url: 'https://evil.example/' };
    expect(await ask('reportDetection', detection, evil)).toEqual({ ok: false, error: 'forbidden' });
    const moved = gateDeps({ 7: 'https://example.com/' });
    expect(await ask('reportDetection', detection, contentScript(), moved)).toEqual({ ok: false, error: 'forbidden' });
  });

  it('answers Gmail questions only from Gmail tabs', async () => {
    const statuses = { emails: ['anna@example.com'] };
    expect(await ask('getEmailStatuses', statuses, contentScript())).toMatchObject({ ok: false, error: 'forbidden' });
    expect(await ask('getEmailStatuses', statuses, gmailScript())).toEqual({ ok: true, value: {} });
  });

  it("refuses a report of a page kind that does not fit the tab's URL, unless the tab is navigating", async () => {
    const gmailThread = { ...detection, pageKind: 'gmail-thread' };
    expect(await ask('reportDetection', gmailThread, contentScript())).toMatchObject({ ok: false, error: 'forbidden' });
    const search = { ...detection, pageKind: 'linkedin-search-people' };
    expect(await ask('reportDetection', search, contentScript())).toMatchObject({ ok: false, error: 'forbidden' });
    const navigating = { ...gateDeps(tabs), currentTab: async () => ({ url: tabs[7], status: 'loading' }) };
    expect(await ask('reportDetection', search, contentScript(), navigating)).toEqual({ ok: true, value: {} });
    expect(await ask('reportDetection', gmailThread, contentScript(), navigating)).toMatchObject({
      error: 'forbidden',
    });
  });

  it('keeps each scope on its own path: page messages by port, extension messages by runtime message', async () => {
    const viaRuntime = await handle('reportDetection', detection, contentScript(), all, {
      deps: gateDeps(tabs),
      via: 'runtime',
    });
    expect(viaRuntime).toMatchObject({ ok: false, error: 'forbidden' });
    const viaPort = await handle('captureFromTab', { tabId: 1, key: 'k' }, panel(), all, {
      deps: gateDeps(tabs),
      via: 'port',
    });
    expect(viaPort).toMatchObject({ ok: false, error: 'forbidden' });
  });

  it('a tab may ask about 500 distinct people in ten minutes; then it is rate-limited', async () => {
    const deps = gateDeps({ ...tabs, 9: tabs[7] });
    const keys = (from: number) => Array.from({ length: 200 }, (_, i) => `https://www.linkedin.com/in/p${from + i}/`);
    for (const from of [0, 200])
      expect(await ask('getContactStatuses', { keys: keys(from) }, contentScript(), deps)).toMatchObject({ ok: true });
    expect(await ask('getContactStatuses', { keys: keys(0) }, contentScript(), deps)).toMatchObject({ ok: true });
    expect(await ask('getContactStatuses', { keys: keys(400) }, contentScript(), deps)).toMatchObject({
      ok: false,
      error: 'rate-limited',
    });
    // Another tab has a budget of its own.
    expect(await ask('getContactStatuses', { keys: keys(400) }, contentScriptSender(9), deps)).toMatchObject({
      ok: true,
    });
  });
});
