import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { createPagePort, PAGE_PORT_NAME, type PortReply, type PortRequest } from '@/lib/messaging/page-port';
import { servePagePorts } from '@/lib/messaging/page-port-server';
import type { Handlers } from '@/lib/messaging/register';

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
    const [ra, rb] = ports[0]!.posted as PortRequest[];
    expect(ra).toMatchObject({ type: 'getContactStatuses', data: { keys: ['a'] } });
    expect(ra!.id).not.toBe(rb!.id);
    ports[0]!.deliver({ id: rb!.id, res: { ok: true, value: { b: { known: false } } } } satisfies PortReply);
    ports[0]!.deliver({ id: ra!.id, res: { ok: true, value: {} } } satisfies PortReply);
    ports[0]!.deliver({ id: 9999, res: 'stray' });
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
    ports[1]!.deliver({ id: (ports[1]!.posted[0] as PortRequest).id, res: { ok: true, value: {} } });
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
    servePagePorts(handlers);
  });
  const pagePort = () => {
    const port = fakePort(PAGE_PORT_NAME, {
      id: fakeBrowser.runtime.id,
      tab: { id: 7 },
      url: 'https://www.linkedin.com/in/x/',
    });
    connect(port);
    return port;
  };

  it("answers a page message through the gate, with the sender's tab", async () => {
    const port = pagePort();
    port.deliver({ id: 4, type: 'getContactStatuses', data: { keys: ['k'] } });
    await settle();
    expect(calls).toEqual(['getContactStatuses:k:7']);
    expect(port.posted).toEqual([{ id: 4, res: { ok: true, value: {} } }]);
  });

  it.each([
    [
      'an extension-only message',
      { id: 1, type: 'captureFromTab', data: { tabId: 1, key: 'k' } },
      { ok: false, error: 'forbidden' },
    ],
    ['bad input', { id: 2, type: 'getContactStatuses', data: { keys: 'k' } }, { ok: false, error: 'invalid-input' }],
    ['an unknown message', { id: 3, type: 'dropDatabase', data: {} }, { ok: false, error: 'invalid-input' }],
    ['a prototype key', { id: 5, type: 'toString', data: {} }, { ok: false, error: 'invalid-input' }],
  ])('refuses %s and calls nothing', async (_label, request, reply) => {
    const port = pagePort();
    port.deliver(request);
    await settle();
    expect(calls).toEqual([]);
    expect(port.posted).toEqual([{ id: request.id, res: expect.objectContaining(reply) }]);
  });

  it('drops envelopes it cannot answer, and replies to nobody after the page went away', async () => {
    const port = pagePort();
    for (const bad of [null, 'x', { type: 'getContactStatuses' }, { id: 'a', type: 'getContactStatuses', data: {} }])
      port.deliver(bad);
    await settle();
    expect(port.posted).toEqual([]);
    port.deliver({ id: 6, type: 'getContactStatuses', data: { keys: ['k'] } });
    port.drop();
    await settle();
    expect(port.posted).toEqual([]);
  });

  it('ignores other ports', async () => {
    const other = fakePort('something-else', { id: fakeBrowser.runtime.id, tab: { id: 7 } });
    connect(other);
    other.deliver({ id: 1, type: 'getContactStatuses', data: { keys: ['k'] } });
    await settle();
    expect(other.posted).toEqual([]);
  });
});
