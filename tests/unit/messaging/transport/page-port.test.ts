import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import type { Handlers } from '@/lib/messaging/handlers/handler';
import { reply, request, type Request } from '@/lib/messaging/transport/envelope';
import { createPagePort, PAGE_PORT_NAME } from '@/lib/messaging/transport/page-port';
import { serve } from '@/lib/messaging/transport/serve';
import { contentScriptSender, gateDeps } from '../callers';

type Listener = (message: unknown) => void;

/** One end of a port: what was posted on it, and a way to deliver messages and the disconnect. */
function fakePort(name = PAGE_PORT_NAME, sender?: unknown) {
  const onMessage: Listener[] = [];
  const onDisconnect: (() => void)[] = [];
  const posted: unknown[] = [];
  return {
    name,
    sender,
    posted,
    postMessage: vi.fn((m: unknown) => {
      posted.push(m);
    }),
    disconnect: vi.fn(),
    onMessage: { addListener: (l: Listener) => onMessage.push(l) },
    onDisconnect: { addListener: (l: () => void) => onDisconnect.push(l) },
    deliver: (m: unknown) => onMessage.forEach((l) => l(m)),
    drop: () => onDisconnect.forEach((l) => l()),
  };
}
type FakePort = ReturnType<typeof fakePort>;
const settle = () => new Promise((r) => setTimeout(r, 0));

describe('page port (content-script side)', () => {
  it('opens one port, posts each request with its own id and matches replies in any order', async () => {
    const ports: FakePort[] = [];
    const client = createPagePort(() => {
      const p = fakePort();
      ports.push(p);
      return p as never;
    });
    const a = client.send('getContactStatuses', { keys: ['a'] });
    const b = client.send('getContactStatuses', { keys: ['b'] });
    expect(ports).toHaveLength(1);
    const [ra, rb] = ports[0]!.posted as Request[];
    expect(ra).toMatchObject({ type: 'getContactStatuses', data: { keys: ['a'] } });
    expect(ra!.id).not.toBe(rb!.id);
    ports[0]!.deliver(reply(rb!.id, { ok: true, value: { b: { known: false } } }));
    ports[0]!.deliver(reply(ra!.id, { ok: true, value: {} }));
    ports[0]!.deliver(reply(9999, 'stray'));
    ports[0]!.deliver({ id: ra!.id, res: 'not in our envelope' });
    ports[0]!.deliver('not a reply');
    await expect(a).resolves.toEqual({ ok: true, value: {} });
    await expect(b).resolves.toEqual({ ok: true, value: { b: { known: false } } });
  });

  it('fails what is pending when the worker goes away, and reconnects on the next request', async () => {
    const ports: FakePort[] = [];
    const client = createPagePort(() => {
      const p = fakePort();
      ports.push(p);
      return p as never;
    });
    const lost = client.send('getOverlayStrings', {});
    ports[0]!.drop();
    await expect(lost).rejects.toThrow(/went away/);
    const next = client.send('getOverlayStrings', {});
    expect(ports).toHaveLength(2);
    ports[1]!.deliver(reply((ports[1]!.posted[0] as Request).id, { ok: true, value: {} }));
    await expect(next).resolves.toEqual({ ok: true, value: {} });
  });

  it('tells its listeners each time the open port drops (the content script then checks it is still live)', async () => {
    const ports: FakePort[] = [];
    const client = createPagePort(() => {
      const p = fakePort();
      ports.push(p);
      return p as never;
    });
    const dropped = vi.fn();
    client.onDisconnect(dropped);
    void client.send('getOverlayStrings', {}).catch(() => null);
    ports[0]!.drop();
    expect(dropped).toHaveBeenCalledTimes(1);
    void client.send('getOverlayStrings', {}).catch(() => null);
    ports[1]!.drop();
    expect(dropped).toHaveBeenCalledTimes(2);
  });

  it('rejects instead of throwing when the extension context is gone', async () => {
    const client = createPagePort(() => {
      throw new Error('Extension context invalidated.');
    });
    await expect(client.send('getOverlayStrings', {})).rejects.toThrow(/invalidated/);
  });

  it('closes: the port is disconnected and pending requests fail', async () => {
    const ports: FakePort[] = [];
    const client = createPagePort(() => {
      const p = fakePort();
      ports.push(p);
      return p as never;
    });
    const pending = client.send('getOverlayStrings', {});
    client.close();
    expect(ports[0]!.disconnect).toHaveBeenCalled();
    await expect(pending).rejects.toThrow(/closed/);
  });
});

describe('page port (worker side)', () => {
  const calls: string[] = [];
  const handlers = {
    getContactStatuses: async ({ keys }: { keys: string[] }, ctx: { tabId: number | null }) => {
      calls.push(`getContactStatuses:${keys.join()}:${ctx.tabId}`);
      return { ok: true, value: {} };
    },
    captureFromTab: async () => {
      calls.push('captureFromTab');
      return { ok: true, value: {} };
    },
  } as unknown as Handlers;
  let connect: (port: unknown) => void;

  beforeEach(() => {
    calls.length = 0;
    fakeBrowser.reset();
    vi.spyOn(fakeBrowser.runtime.onConnect, 'addListener').mockImplementation((l) => {
      connect = l as never;
    });
    serve(handlers, gateDeps());
  });
  const pagePort = (sender: object = contentScriptSender(7)) => {
    const port = fakePort(PAGE_PORT_NAME, sender);
    connect(port);
    return port;
  };

  it("answers a page message through the gate, with the sender's tab", async () => {
    const port = pagePort();
    port.deliver(request(4, 'getContactStatuses', { keys: ['k'] }));
    await settle();
    expect(calls).toEqual(['getContactStatuses:k:7']);
    expect(port.posted).toEqual([reply(4, { ok: true, value: {} })]);
  });

  it.each([
    ['an extension-only message', request(1, 'captureFromTab', { tabId: 1, key: 'k' }), 'forbidden'],
    ['bad input', request(2, 'getContactStatuses', { keys: 'k' }), 'invalid-input'],
    ['an unknown message', request(3, 'dropDatabase', {}), 'unknown'],
    ['a prototype key', request(5, 'toString', {}), 'unknown'],
    ['the constructor', request(8, 'constructor', {}), 'unknown'],
  ])('refuses %s and calls nothing', async (_label, message, error) => {
    const port = pagePort();
    port.deliver(message);
    await settle();
    expect(calls).toEqual([]);
    expect(port.posted).toEqual([reply(message.id, expect.objectContaining({ ok: false, error }))]);
  });

  it('closes a port from a frame inside the page, and answers it nothing', async () => {
    const port = pagePort({ ...contentScriptSender(7), frameId: 2 });
    await settle();
    expect(port.disconnect).toHaveBeenCalled();
    port.deliver(request(1, 'getContactStatuses', { keys: ['k'] }));
    await settle();
    expect(calls).toEqual([]);
  });

  it('answers a flood with rate-limited at once (8 in flight, one at a time), then closes the port', async () => {
    const port = pagePort();
    for (let i = 0; i < 200; i++) port.deliver(request(i, 'getContactStatuses', { keys: ['k'] }));
    await settle();
    const limited = port.posted.filter((r) => (r as { res: { error?: string } }).res.error === 'rate-limited');
    // At most 8 were let in at once, run one at a time; once the port closes the waiting ones are dropped.
    expect(calls.length).toBeLessThanOrEqual(8);
    // After 100 refusals in a row it is a flood: the port is closed, the rest goes unanswered.
    expect(limited.length).toBe(100);
    expect(port.disconnect).toHaveBeenCalled();
    // The tab cools down: its next port is closed at once.
    const next = pagePort();
    expect(next.disconnect).toHaveBeenCalled();
  });

  it("runs one port's requests one at a time, in order", async () => {
    const port = pagePort();
    for (const k of ['a', 'b', 'c']) port.deliver(request(calls.length + 10, 'getContactStatuses', { keys: [k] }));
    await settle();
    expect(calls).toEqual(['getContactStatuses:a:7', 'getContactStatuses:b:7', 'getContactStatuses:c:7']);
  });

  it('drops envelopes it cannot answer, and replies to nobody after the page went away', async () => {
    const port = pagePort();
    const bad = [
      null,
      'x',
      { type: 'getContactStatuses' },
      { ch: 'sc1', id: 'a', type: 'getContactStatuses', data: {} },
    ];
    for (const message of [...bad, { id: 1, type: 'getContactStatuses', data: { keys: ['k'] } }]) port.deliver(message);
    await settle();
    expect(port.posted).toEqual([]);
    port.deliver(request(6, 'getContactStatuses', { keys: ['k'] }));
    port.drop();
    await settle();
    expect(port.posted).toEqual([]);
  });

  it('ignores other ports', async () => {
    const other = fakePort('something-else', contentScriptSender(7));
    connect(other);
    other.deliver(request(1, 'getContactStatuses', { keys: ['k'] }));
    await settle();
    expect(other.posted).toEqual([]);
  });
});
