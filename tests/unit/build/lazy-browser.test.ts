import { afterEach, describe, expect, it, vi } from 'vitest';

type Global = { browser?: unknown; chrome?: unknown };
const global = globalThis as Global;
const saved = { browser: global.browser, chrome: global.chrome };

/** A stand-in API whose `runtime` getter counts its reads (Chromium builds the bindings on that read). */
function api(id: string | undefined) {
  const reads = { runtime: 0 };
  const value = {
    get runtime() {
      reads.runtime++;
      return id === undefined ? undefined : { id, getURL: (p: string) => `ext://${id}/${p}` };
    },
    i18n: { getUILanguage: () => 'en' },
  };
  return { value, reads };
}

async function load() {
  vi.resetModules();
  return (await import('../../../lib/build/lazy-browser')).browser as unknown as {
    runtime: { id: string; getURL(p: string): string };
    i18n: unknown;
  };
}

afterEach(() => {
  global.browser = saved.browser;
  global.chrome = saved.chrome;
});

describe('the lazy browser', () => {
  it('reads nothing of the extension API until the code uses it', async () => {
    const chrome = api('c');
    global.browser = undefined;
    global.chrome = chrome.value;
    const browser = await load();
    expect(chrome.reads.runtime).toBe(0);
    expect(browser.runtime.getURL('a')).toBe('ext://c/a');
    expect('i18n' in browser).toBe(true);
    expect('tabs' in browser).toBe(false);
  });

  it('takes `browser` where it has a runtime id, as WXT does, and `chrome` otherwise', async () => {
    const chrome = api('c');
    global.chrome = chrome.value;
    global.browser = api('b').value;
    expect((await load()).runtime.id).toBe('b');
    global.browser = api(undefined).value;
    expect((await load()).runtime.id).toBe('c');
  });

  it('decides once: later reads go to the same API', async () => {
    global.browser = undefined;
    global.chrome = api('c').value;
    const browser = await load();
    expect(browser.runtime.id).toBe('c');
    global.chrome = api('other').value;
    expect(browser.runtime.id).toBe('c');
  });
});
