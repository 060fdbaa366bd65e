import { readFileSync, readdirSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { test, expect } from './fixtures';
import { isolatedWorld, type IsolatedWorld } from './lib/isolated-world.mjs';
import { axWait } from './lib/ax.mjs';
import { sendFromPanel } from './pages/messages';
import { ADD } from './pages/overlays';
import { HANNAH_THREAD_URL, PAGES, serveRoutes } from './site-routes';

// Issue 16, tried as a compromised content script: code run in Sidecar's own isolated world (CDP
// Runtime.evaluate in that world's context) that speaks to the worker on a port of its own, with the
// real sender the browser stamps on it. It may speak only about its own tab and site, within limits.

type Reply = { ok: boolean; error?: string; detail?: string };

/** Send these [type, data] requests on one new port from the isolated world; resolves to their replies. */
function sendAll(
  world: IsolatedWorld,
  requests: [string, unknown][] | { repeat: number; of: [string, unknown] },
  timeoutMs = 20_000,
): Promise<(Reply | null)[]> {
  // A repeated request is built in the page (2,000 copies would not fit in one expression).
  const list = Array.isArray(requests)
    ? JSON.stringify(requests)
    : `Array.from({ length: ${requests.repeat} }, () => ${JSON.stringify(requests.of)})`;
  return world.evaluate<(Reply | null)[]>(`new Promise((resolve) => {
    const requests = ${list};
    const replies = requests.map(() => null);
    let left = requests.length;
    const port = chrome.runtime.connect({ name: 'sidecar-page' });
    port.onMessage.addListener((m) => {
      if (m && m.ch === 'sc1' && replies[m.id] === null) {
        replies[m.id] = m.res;
        if (--left === 0) { port.disconnect(); resolve(replies); }
      }
    });
    port.onDisconnect.addListener(() => resolve(replies));
    setTimeout(() => { port.disconnect(); resolve(replies); }, ${timeoutMs});
    requests.forEach(([type, data], id) => port.postMessage({ ch: 'sc1', id, type, data }));
  })`);
}

const detection = (url: string, pageKind: string, contacts: unknown[] = []) => ({
  url,
  pageKind,
  contacts,
  company: null,
  signedInUser: null,
  degraded: false,
  warnings: [],
  hiddenMessages: 0,
});

const person = (i: number, pad = 0) => ({
  key: `https://www.linkedin.com/in/p${i}-${'x'.repeat(pad)}/`.slice(0, 600),
  site: 'linkedin',
  name: `Person ${i} ${'n'.repeat(Math.max(0, pad - 20))}`.slice(0, 300),
  linkedinUrl: null,
  salesNavUrl: null,
  emails: [],
  headline: 'h'.repeat(Math.min(500, pad)) || null,
  title: null,
  company: null,
  location: null,
  role: null,
  automated: false,
});

const email = (i: number) => ({
  gmailMessageId: `m${i}`,
  threadId: 't',
  subject: 'Hi',
  at: Date.now(),
  from: { email: `x${i}@example.com`, name: null },
  to: [],
  cc: [],
  snippet: '',
});

async function openLinkedin(
  context: import('@playwright/test').BrowserContext,
): Promise<{ page: Page; world: IsolatedWorld }> {
  const page = await context.newPage();
  await page.goto(PAGES.rebecca.url);
  await axWait(page, ADD);
  return { page, world: await isolatedWorld(page) };
}

test('a LinkedIn tab may not speak for Gmail or another page, nor name what is not a message', async ({
  context,
  openPanel,
}) => {
  await serveRoutes(context, { [PAGES.rebecca.url]: PAGES.rebecca.file });
  const { world } = await openLinkedin(context);
  const far = 9_007_199_254_740_991;
  // Two rounds: a port lets 8 requests wait their turn at once (transport/limits.ts).
  const replies = [
    ...(await sendAll(world, [
      ['getEmailStatuses', { emails: ['hannah.lindgren@northwind.example'] }],
      ['reportDetection', detection(PAGES.hannahThread.url, 'gmail-thread', [person(1)])],
      ['reportDetection', detection(PAGES.search.url, 'linkedin-search-people', [person(2)])],
      ['logEmail', { account: 'me@example.com', threadUrl: 'https://evil.example/login', messages: [email(1)] }],
      [
        'composeFollowUp',
        { draftKey: 'd', state: 'pending', account: null, recipients: [], subject: null, sendAt: far, days: 3 },
      ],
    ])),
    ...(await sendAll(world, [
      ['captureFromTab', { tabId: 1, key: 'k' }],
      ['constructor', {}],
      ['hasOwnProperty', {}],
      ['__proto__', {}],
      ['toString', {}],
    ])),
  ];
  expect(replies.map((r) => r?.error)).toEqual([
    'forbidden',
    'forbidden',
    'forbidden',
    'forbidden',
    'forbidden',
    'forbidden',
    'unknown',
    'unknown',
    'unknown',
    'unknown',
  ]);
  const panel = await openPanel();
  const session = await panel.evaluate(() => chrome.storage.session.get(null));
  const kinds = Object.values(session).map((d) => (d as { pageKind?: string }).pageKind);
  expect(kinds).not.toContain('gmail-thread');
  expect(kinds).not.toContain('linkedin-search-people');
});

test('a Gmail tab gets invalid-input for dates past 2200 and links off the two sites, and stores nothing', async ({
  context,
  openPanel,
}) => {
  await serveRoutes(context, { [PAGES.hannahThread.url]: PAGES.hannahThread.file });
  const page = await context.newPage();
  await page.goto(HANNAH_THREAD_URL);
  await axWait(page, { role: 'button', name: 'Log email' });
  const world = await isolatedWorld(page);
  const far = 9_007_199_254_740_991;
  const compose = (sendAt: number) => ({
    draftKey: 'd',
    state: 'pending',
    account: 'daniel.okafor@brightloop.io',
    recipients: [{ email: 'a@example.com', name: null }],
    subject: 'x',
    sendAt,
    days: 3,
  });
  const log = (at: number, threadUrl: string | null) => ({
    account: 'daniel.okafor@brightloop.io',
    threadUrl,
    messages: [{ ...email(1), at }],
  });
  const replies = await sendAll(world, [
    ['composeFollowUp', compose(far)],
    ['composeFollowUp', compose(Date.parse('+275760-09-13T00:00:00Z'))],
    ['logEmail', log(far, null)],
    ['logEmail', log(Date.now(), 'https://evil.example/login')],
    ['logEmail', log(Date.now(), 'javascript:alert(1)')],
  ]);
  expect(replies.map((r) => r?.error)).toEqual(Array(5).fill('invalid-input'));
  const panel = await openPanel();
  expect(await sendFromPanel(panel, 'updateSettings', { patch: {} })).toMatchObject({ ok: true });
  const activities = await panel.evaluate(() => chrome.storage.session.get(null));
  expect(Object.keys(activities).filter((k) => k.startsWith('compose:'))).toEqual([]);
});

/** The resident memory of each extension process of the browser (the worker's among them), in MB, from /proc. */
function extensionRssMb(): number[] {
  const out: number[] = [];
  for (const pid of readdirSync('/proc').filter((d) => /^\d+$/.test(d))) {
    try {
      const cmd = readFileSync(`/proc/${pid}/cmdline`, 'utf8');
      if (!cmd.includes('--extension-process')) continue;
      const rss = /VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
      out.push(Number(rss?.[1] ?? 0) / 1024);
    } catch {
      // the process ended meanwhile
    }
  }
  return out;
}

test('2,000 messages of the largest size from one tab: rate-limited, the panel answered within a second, memory bounded, the other tab intact', async ({
  context,
  openPanel,
  tabIdOf,
}) => {
  test.setTimeout(120_000);
  await serveRoutes(context, { [PAGES.rebecca.url]: PAGES.rebecca.file, [PAGES.search.url]: PAGES.search.file });
  const other = await context.newPage();
  await other.goto(`${PAGES.search.url}?keywords=x`);
  await axWait(other, ADD, { count: 3 });
  const otherTab = await tabIdOf(other);
  const panel = await openPanel(`?tabId=${otherTab}`);
  const { world } = await openLinkedin(context);

  const big = detection(
    PAGES.rebecca.url,
    'linkedin-profile',
    Array.from({ length: 200 }, (_, i) => person(i, 560)),
  );
  const before = extensionRssMb()
    .map((mb) => mb.toFixed(0))
    .join(', ');
  const flood = sendAll(world, { repeat: 2000, of: ['reportDetection', big] }, 60_000);
  const pings: number[] = [];
  let peakMb = 0;
  let done = false;
  void flood.finally(() => (done = true));
  while (!done) {
    const t0 = Date.now();
    const reply = await sendFromPanel(panel, 'updateSettings', { patch: {} });
    expect(reply.ok).toBe(true);
    pings.push(Date.now() - t0);
    peakMb = Math.max(peakMb, ...extensionRssMb());
    await panel.waitForTimeout(100);
  }
  const replies = await flood;
  const errors = replies.map((r) => r?.error ?? (r?.ok ? 'ok' : 'none'));
  // A burst is answered; past it, rate-limited; a flood gets its port closed (the rest is dropped unread).
  const handled = errors.filter((e) => e !== 'rate-limited' && e !== 'none').length;
  expect(handled).toBeLessThanOrEqual(60);
  expect(errors.filter((e) => e === 'rate-limited').length).toBeGreaterThan(0);
  expect(errors.filter((e) => e === 'rate-limited' || e === 'none').length).toBeGreaterThanOrEqual(1940);
  // The tab cools down: a new port from it is closed at once.
  expect(await sendAll(world, [['getOverlayStrings', {}]], 5_000)).toEqual([null]);
  expect(Math.max(...pings)).toBeLessThan(1000);
  expect(peakMb).toBeLessThan(500);
  test.info().annotations.push({
    type: 'flood',
    description: `${errors.filter((e) => e === 'ok').length} answered; panel pings max ${Math.max(...pings)} ms; extension RSS ${before} MB before, peak ${peakMb.toFixed(0)} MB`,
  });
  // The other tab's people still show in the side panel.
  await panel.reload();
  await expect(panel.getByRole('region', { name: 'On this page' })).toContainText('Chloe Vandermeer');
});
