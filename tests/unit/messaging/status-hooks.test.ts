// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import type { SidecarDB } from '@/lib/db/schema';
import { createHandlers } from '@/lib/messaging/handlers/create-handlers';
import type { Handlers } from '@/lib/messaging/handlers/handler';
import { contentScriptSender, handleAs, panelSender } from './callers';
import type { MessageName, MessageOut } from '@/lib/messaging/protocol';
import { createTabNotifier, type NotifyApi } from '@/lib/tabs/notify-tabs';
import { forgetDetectionsInMemory } from '@/lib/tabs/detections-store';
import type { Detection } from '@/lib/domain/contact';
import { addPerson, contactOf, freshDb } from '../db/test-db';

const panel = panelSender;
const tab = (id: number) => contentScriptSender(id, 'https://www.linkedin.com/in/anna/');

describe('writes tell open tabs that statuses changed', () => {
  let db: SidecarDB;
  let handlers: Handlers;
  let changes: Array<number | null>;
  const send = <K extends MessageName>(name: K, data: unknown, sender: object = panel()) =>
    handleAs(name, data, sender, handlers) as Promise<MessageOut<K>>;

  beforeEach(async () => {
    fakeBrowser.reset();
    forgetDetectionsInMemory();
    db = await freshDb();
    changes = [];
    handlers = createHandlers(db, { statusesChanged: (tabId) => void changes.push(tabId) });
  });

  it('a successful write notifies with its sender tab; reads, reports and refused writes do not', async () => {
    const anna = await addPerson(db, { name: 'Anna Nowak', linkedinUrl: 'https://www.linkedin.com/in/anna/' });
    const contact = contactOf({
      key: 'li:bartek',
      name: 'Bartek Zając',
      linkedinUrl: 'https://www.linkedin.com/in/bartek/',
    });
    const detection: Detection = {
      url: 'https://www.linkedin.com/in/bartek/',
      pageKind: 'linkedin-profile',
      company: null,
      signedInUser: null,
      degraded: false,
      warnings: [],
      hiddenMessages: 0,
      contacts: [contact],
    };
    expect(await send('reportDetection', detection, tab(7))).toMatchObject({ ok: true });
    expect((await send('getContactStatuses', { keys: [contact.key] }, tab(7))).ok).toBe(true);
    expect(changes).toEqual([]);
    expect((await send('captureContact', { key: contact.key, trusted: true }, tab(7))).ok).toBe(true);
    expect((await send('changeQualification', { personId: anna, lifecycle: 'mql' })).ok).toBe(true);
    expect((await send('deletePerson', { personId: 'not-an-id' })).ok).toBe(false);
    expect((await send('logEmail', { personIds: [], message: null } as never, tab(7))).ok).toBe(false); // refused: no notice
    expect(changes).toEqual([7, null]); // the capturing tab shows its reply; the panel's write reaches every tab
  });
});

describe('tab notifier', () => {
  beforeEach(() => {
    vi.useFakeTimers();
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  const fakeApi = (tabIds: number[]) => {
    const sent: number[] = [];
    const api: NotifyApi = {
      runtime: {
        getManifest: () => ({
          content_scripts: [{ matches: ['https://*.linkedin.com/*'] }, { matches: ['https://mail.google.com/*'] }],
        }),
      },
      tabs: { query: async () => tabIds.map((id) => ({ id })) },
      send: async (id) => {
        sent.push(id);
        if (id === 3) throw new Error('Could not establish connection. Receiving end does not exist.');
      },
    };
    return { api, sent };
  };

  it('coalesces a burst of writes into one message per tab, skipping a tab that already shows the change', async () => {
    const { api, sent } = fakeApi([1, 2, 3]);
    const notifier = createTabNotifier(api, 100);
    notifier.statusesChanged(2);
    notifier.statusesChanged(2);
    await vi.advanceTimersByTimeAsync(99);
    expect(sent).toEqual([]);
    await vi.advanceTimersByTimeAsync(1);
    expect(sent.sort()).toEqual([1, 3]); // tab 3 has no content script: its failure is ignored
  });

  it('skips no tab when writes from several senders coalesce, and none that was discarded is woken', async () => {
    const { api, sent } = fakeApi([1, 2]);
    const query = api.tabs.query;
    api.tabs.query = async (q) => [...(await query(q)), { id: 9, discarded: true }];
    const notifier = createTabNotifier(api, 100);
    notifier.statusesChanged(2);
    notifier.statusesChanged(null); // the side panel
    await vi.advanceTimersByTimeAsync(100);
    expect(sent.sort()).toEqual([1, 2]);
  });
});
