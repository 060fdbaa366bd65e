// @vitest-environment happy-dom
// @vitest-environment-options { "url": "https://www.linkedin.com/in/anna-nowak/" }
import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { Detection } from '@/lib/domain/contact';
import { sendPageMessage } from '@/lib/messaging/page-client';
import { contactChips } from '@/lib/sites/features/contact-chips';
import type { FeatureDefinition } from '@/lib/sites/features/feature';
import { createOverlayStrings } from '@/lib/sites/overlay/strings';
import { ContentScriptContext } from '@/lib/sites/runtime/content-context';
import { startContentLoop } from '@/lib/sites/runtime/content-loop';
import type { SiteAdapter } from '@/lib/sites/runtime/site-adapter';
import { fakeDeps, settle } from './fake-clock';

vi.mock('@/lib/messaging/page-client', () => {
  const sendPageMessage = vi.fn();
  return {
    sendPageMessage,
    sendPageWrite: (type: string, data: object) => sendPageMessage(type, { ...data, opId: 'op-test' }),
  };
});
const send = vi.mocked(sendPageMessage);

/** A site whose people are the page's <h1>s, each keyed by the URL path and its own name. */
function fakeAdapter() {
  const extract = vi.fn((doc: Document, url: URL): Detection => {
    const contacts = [...doc.querySelectorAll('main h1')].map((h) => {
      const name = h.textContent ?? '';
      const key = `https://www.linkedin.com/in/${name.toLowerCase().replace(/\s+/g, '-')}/`;
      return { key, site: 'linkedin', name, linkedinUrl: key, salesNavUrl: null, emails: [] } as never;
    });
    return { url: url.href, pageKind: 'linkedin-profile', contacts, company: null, signedInUser: null } as never;
  });
  const adapter: SiteAdapter = {
    extract,
    placementsOf: (doc, d) =>
      d.contacts.map((c, i) => ({ anchor: doc.querySelectorAll('main h1')[i]!, contacts: [c], labelled: false })),
    subjectKeyOf: (url) => new URL(url).pathname,
    isRelevant: () => true,
  };
  return { adapter, extract };
}

function start(features: FeatureDefinition[] = [contactChips]) {
  const clock = fakeDeps();
  const ctx = new ContentScriptContext('test');
  const { adapter, extract } = fakeAdapter();
  const strings = createOverlayStrings((key) => key);
  const loop = startContentLoop(ctx, adapter, features, strings, clock.deps);
  /** Run the frame and the tasks after it (the overlays mount in a timer task). */
  const tick = async () => {
    clock.frame();
    await settle();
    clock.advance(0);
    await settle();
  };
  const reports = () => send.mock.calls.filter(([type]) => type === 'reportDetection');
  const hosts = () => document.querySelectorAll('main h1 + *');
  return { clock, ctx, loop, extract, tick, reports, hosts };
}

let drawInPage = true;

beforeEach(() => {
  drawInPage = true;
  document.title = 'Anna Nowak | LinkedIn';
  document.body.innerHTML = '<main><h1>Anna Nowak</h1></main>';
  send.mockReset();
  send.mockImplementation(((type: string) =>
    Promise.resolve(
      type === 'getOverlayStrings' ? { ok: true, value: { labels: {}, drawInPage } } : { ok: true, value: {} },
    )) as never);
});

describe('content loop', () => {
  it('one extraction per frame for a burst of changes, one report, and its chip drawn once', async () => {
    const { extract, tick, reports, hosts, clock } = start();
    await tick();
    expect(extract).toHaveBeenCalledTimes(1);
    expect(reports()).toHaveLength(1);
    expect(hosts()).toHaveLength(1);
    for (let i = 0; i < 20; i++) document.querySelector('main')!.append(document.createElement('p'));
    await settle(); // the observer's callback
    clock.advance(100);
    await tick();
    expect(extract).toHaveBeenCalledTimes(2);
    expect(reports()).toHaveLength(1); // the same people: not reported again
    expect(hosts()).toHaveLength(1);
  });

  it('mounting its own overlays causes no batch of its own', async () => {
    const { extract, tick, clock } = start();
    await tick();
    clock.advance(500);
    await tick();
    expect(extract).toHaveBeenCalledTimes(1);
  });

  it('after an in-app navigation the chip shows "Loading…" until the title names the new person', async () => {
    const { tick, reports, clock, loop } = start();
    await tick();
    history.pushState({}, '', '/in/bartek-wolny/');
    document.body.innerHTML = '<main><h1>Bartek Wolny</h1></main>';
    loop.request();
    clock.advance(100);
    await tick();
    expect(reports()).toHaveLength(1); // held back: the title still names Anna
    document.title = 'Bartek Wolny | LinkedIn';
    loop.request();
    clock.advance(250); // batches back off a little while the page keeps changing
    await tick();
    clock.advance(250); // the report queue's gap between reports
    await settle();
    expect(reports()).toHaveLength(2);
    expect((reports()[1]![1] as Detection).contacts[0]?.name).toBe('Bartek Wolny');
  });

  it('a feature that throws is switched off; the chips keep working', async () => {
    const broken: FeatureDefinition = {
      id: 'broken',
      init: () => ({
        update: () => {
          throw new Error('boom');
        },
        placements: () => [],
      }),
    };
    const error = vi.spyOn(console, 'error').mockImplementation(() => {});
    const { tick, hosts } = start([broken, contactChips]);
    await tick();
    expect(error).toHaveBeenCalledWith(expect.stringContaining('broken'), expect.any(Error));
    expect(hosts()).toHaveLength(1);
    error.mockRestore();
  });

  it('an active feature gets another batch when the labels arrive; an inactive one does not', async () => {
    const active = { id: 'active', init: () => ({ update: vi.fn(), placements: () => [], active: () => true }) };
    const idle = { id: 'idle', init: () => ({ update: vi.fn(), placements: () => [], active: () => false }) };
    for (const [feature, batches] of [
      [active, 2],
      [idle, 1],
    ] as const) {
      const { extract, tick, clock } = start([feature]);
      await tick();
      clock.advance(100);
      await tick();
      expect(extract).toHaveBeenCalledTimes(batches);
    }
  });

  it('an invalidated instance removes its overlays and runs no more batches', async () => {
    const { ctx, extract, tick, hosts, loop, clock } = start();
    await tick();
    ctx.notifyInvalidated();
    expect(hosts()).toHaveLength(0);
    loop.request();
    clock.advance(100);
    await tick();
    expect(extract).toHaveBeenCalledTimes(1);
  });

  it('"Draw nothing in this site\'s pages": it still detects and reports, and leaves the DOM untouched', async () => {
    drawInPage = false;
    const before = document.body.innerHTML;
    const { tick, reports, clock } = start();
    await tick();
    clock.advance(100);
    await tick();
    expect(reports()).toHaveLength(1);
    expect(document.body.innerHTML).toBe(before);
  });
});
