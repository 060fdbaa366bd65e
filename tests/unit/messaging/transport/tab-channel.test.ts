// @vitest-environment happy-dom
import { describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { reply, request } from '@/lib/messaging/transport/envelope';
import { sendToTab } from '@/lib/messaging/transport/tab-channel';
import { ContentScriptContext } from '@/lib/sites/runtime/content-context';
import { listenToTabMessages } from '@/lib/sites/runtime/tab-listener';

type Listener = (m: unknown, s: unknown, r: (x: unknown) => void) => boolean;

function listen() {
  fakeBrowser.reset();
  document.body.innerHTML = '<main><h1>Anna Nowak</h1></main>';
  const added = vi.spyOn(fakeBrowser.runtime.onMessage, 'addListener');
  const removed = vi.spyOn(fakeBrowser.runtime.onMessage, 'removeListener');
  const ctx = new ContentScriptContext('linkedin');
  const refresh = vi.fn();
  listenToTabMessages(ctx, { pageKind: () => 'linkedin-profile', refreshStatuses: refresh });
  const listener = added.mock.calls.at(-1)?.[0] as unknown as Listener;
  const worker = { id: fakeBrowser.runtime.id };
  const send = (message: unknown, sender: object = worker) => {
    const replies: unknown[] = [];
    listener(message, sender, (x) => replies.push(x));
    return replies;
  };
  return { ctx, refresh, listener, removed, send };
}

describe("the content script's tab channel", () => {
  it('answers describePage and refreshStatuses from our worker and pages, in our envelope', () => {
    const { send, refresh } = listen();
    const [described] = send(request(1, 'describePage', {})) as {
      res: { value: { url: string; pageKind: string; html?: string } };
    }[];
    expect(described!.res.value.pageKind).toBe('linkedin-profile');
    expect(described!.res.value.html).toBeUndefined(); // the DOM comes from the injected report part only
    expect(send(request(2, 'refreshStatuses', {}))).toEqual([reply(2, { ok: true, value: undefined })]);
    expect(refresh).toHaveBeenCalledTimes(1);
  });

  it('ignores other envelopes, other senders, and answers "unknown" to prototype names', () => {
    const { send, refresh } = listen();
    expect(send({ id: 1, type: 'refreshStatuses', data: {}, timestamp: 1 })).toEqual([]); // not ours
    expect(send(request(1, 'refreshStatuses', {}), { id: 'another-extension' })).toEqual([]);
    expect(send(request(1, 'refreshStatuses', {}), { id: fakeBrowser.runtime.id, tab: { id: 3 } })).toEqual([]);
    for (const type of ['constructor', 'hasOwnProperty', '__proto__']) {
      expect(send(request(9, type, {}))).toEqual([reply(9, { ok: false, error: 'unknown' })]);
    }
    expect(refresh).not.toHaveBeenCalled();
  });

  it('stops when the content script is invalidated', () => {
    const { ctx, listener, removed, send, refresh } = listen();
    ctx.notifyInvalidated();
    expect(removed).toHaveBeenCalledWith(listener);
    send(request(3, 'refreshStatuses', {}));
    expect(refresh).not.toHaveBeenCalled();
  });

  it('sendToTab resolves to the value, and rejects an error reply or a missing receiver', async () => {
    const sendMessage = vi.spyOn(fakeBrowser.tabs, 'sendMessage');
    sendMessage.mockResolvedValueOnce(reply(1, { ok: true, value: { url: 'u', pageKind: 'k' } }) as never);
    await expect(sendToTab(4, 'describePage', {})).resolves.toMatchObject({ pageKind: 'k' });
    sendMessage.mockResolvedValueOnce(reply(2, { ok: false, error: 'unknown' }) as never);
    await expect(sendToTab(4, 'describePage', {})).rejects.toThrow('unknown');
    sendMessage.mockResolvedValueOnce(undefined as never);
    await expect(sendToTab(4, 'refreshStatuses', {})).rejects.toThrow(/no reply/);
  });
});
