import type { Page } from '@playwright/test';
import { test, expect } from './fixtures';
import { axClick, axWait } from './lib/ax.mjs';
import { readStore } from './pages/database';
import { sendFromPanel } from './pages/messages';
import { ADD, clickAdd, expectStatus } from './pages/overlays';
import { COMPOSE_URL, PAGES, readPage, serveRoutes } from './site-routes';
import { HOST_SELECTOR } from './lib/page-hosts.mjs';

// Issue 16, tried as the page would: everything here runs in the page's own main world (what
// LinkedIn's or Gmail's scripts can do), or presses real keys and mouse buttons where a user would.

const SEARCH_URL = `${PAGES.search.url}?keywords=revenue%20operations`;

/** Everything the page's scripts can read: its markup and the text of every open shadow root. */
const pageReadable = (page: Page) =>
  page.evaluate(() => {
    const out = [document.documentElement.outerHTML];
    const walk = (root: ParentNode) => {
      for (const el of root.querySelectorAll('*')) {
        if (el.shadowRoot) {
          out.push(el.shadowRoot.innerHTML);
          walk(el.shadowRoot);
        }
      }
    };
    walk(document);
    return out.join('\n');
  });

/**
 * Our hosts as the page can find them: their inline style is readable (docs/ARCHITECTURE.md, "What a
 * page can learn"; attachShadow throwing on them would tell too), their inside is not. The function's
 * source, run in the page.
 */
const findHosts = `() => [...document.querySelectorAll(${JSON.stringify(HOST_SELECTOR)})]`;

/** Our hosts' boxes, measured by the page: where they are, and how far their content reaches. */
const hostBoxes = (page: Page) =>
  page.evaluate(
    (find) =>
      (new Function(`return (${find})()`)() as HTMLElement[]).map((s) => {
        const r = s.getBoundingClientRect();
        return { w: r.width, h: r.height, x: r.x, y: r.y, sw: s.scrollWidth, sh: s.scrollHeight };
      }),
    findHosts,
  );

/** The fixture's own comment names the project that wrote it: the page under test must not. */
const withoutComments = (file: string) => ({ body: readPage(file).replace(/<!--[\s\S]*?-->/g, '') });

test('after a capture with a custom stage and a follow-up, the page reads no stage, date, status or name of ours', async ({
  context,
  openPanel,
}) => {
  await serveRoutes(context, { [PAGES.rebecca.url]: withoutComments(PAGES.rebecca.file) });
  const panel = await openPanel();
  const first = await context.newPage();
  await first.goto(PAGES.rebecca.url);
  await axWait(first, ADD);
  const baseline = (await pageReadable(first)).toLowerCase();
  await first.close();
  // The first stage renamed "Negotiation $80k"; Rebecca captured, with a deal there and a follow-up.
  const [pipeline] = await readStore<{ id: string; stages: { name: string | null }[] }>(panel, 'pipelines');
  pipeline!.stages[0]!.name = 'Negotiation $80k';
  expect((await sendFromPanel(panel, 'savePipeline', { pipeline })).ok).toBe(true);
  const page = await context.newPage();
  await page.goto(PAGES.rebecca.url);
  await clickAdd(page);
  // The capture put her on the board, in the renamed first stage.
  await expectStatus(page, /Negotiation \$80k/);
  const [person] = await readStore<{ id: string }>(panel, 'prospects');
  const deal = { personId: person!.id, title: 'Pilot', value: 8_000_000, currency: 'EUR', expectedClose: null };
  expect((await sendFromPanel(panel, 'createDeal', deal)).ok).toBe(true);
  const dueAt = Date.now() + 3 * 86_400_000;
  const followUp = { personId: person!.id, dealId: null, dueAt, kind: 'task', note: 'Call back' };
  expect((await sendFromPanel(panel, 'scheduleFollowUp', followUp)).ok).toBe(true);
  await page.reload();
  await expectStatus(page, /Negotiation \$80k/);

  // Against the same page before any capture (its own text says "RevOps Lead"): nothing new at all.
  const seen = (await pageReadable(page)).toLowerCase();
  expect(seen).toBe(baseline);
  for (const secret of ['negotiation', '80k', 'next:', 'sidecar', 'chrome-extension://'])
    expect(seen).not.toContain(secret);
  const day = new Date(dueAt);
  for (const date of [day.toLocaleDateString('en-US', { month: 'short', day: 'numeric' }), String(dueAt)])
    expect(seen, date).not.toContain(date);
  expect(
    await page.evaluate(() => document.querySelectorAll('sidecar-chip, [part], [class*="sidecar" i]').length),
  ).toBe(0);
});

test('a known and an unknown person look the same from the page: hosts and cards keep their boxes', async ({
  context,
  openPanel,
}) => {
  await serveRoutes(context, { [PAGES.search.url]: withoutComments(PAGES.search.file) });
  // A stage name far wider than the host: it is cut inside, and the host's content reaches no further.
  const panel = await openPanel();
  const [pipeline] = await readStore<{ id: string; stages: { name: string | null }[] }>(panel, 'pipelines');
  pipeline!.stages[0]!.name = 'Qualified and waiting for procurement, legal and security sign-off';
  expect((await sendFromPanel(panel, 'savePipeline', { pipeline })).ok).toBe(true);
  const page = await context.newPage();
  await page.goto(SEARCH_URL);
  await axWait(page, ADD, { count: 3 });
  const cards = () =>
    page.evaluate(() =>
      [...document.querySelectorAll('li.reusable-search__result-container')].map((li) => {
        const r = li.getBoundingClientRect();
        return { w: r.width, h: r.height };
      }),
    );
  const before = { hosts: await hostBoxes(page), cards: await cards() };
  await clickAdd(page, 0, 3);
  await expectStatus(page, /Qualified and waiting for procurement/);
  const after = { hosts: await hostBoxes(page), cards: await cards() };
  expect(after).toEqual(before);
  const sizes = new Set(after.hosts.map((h) => `${h.w}x${h.h}`));
  expect(sizes.size).toBe(1); // every person's host, known or not, has the same box
  for (const h of after.hosts) expect([h.sw, h.sh]).toEqual([h.w, h.h]);
});

test('forged clicks, checkbox changes and keys on every overlay capture and schedule nothing', async ({
  context,
  openPanel,
}) => {
  await serveRoutes(context, {
    [PAGES.search.url]: withoutComments(PAGES.search.file),
    [PAGES.compose.url]: withoutComments(PAGES.compose.file),
  });
  const page = await context.newPage();
  await page.goto(SEARCH_URL);
  await axWait(page, ADD, { count: 3 });
  const compose = await context.newPage();
  await compose.goto(COMPOSE_URL);
  await axWait(compose, { role: 'checkbox', name: 'Follow up if no reply' });
  for (const p of [page, compose]) {
    await p.evaluate(() => {
      for (const host of document.querySelectorAll('span')) {
        const r = host.getBoundingClientRect();
        const at = { bubbles: true, composed: true, clientX: r.x + r.width / 2, clientY: r.y + r.height / 2 };
        host.click();
        for (const type of ['pointerdown', 'mousedown', 'mouseup', 'click'])
          host.dispatchEvent(new MouseEvent(type, at));
        host.dispatchEvent(new Event('change', { bubbles: true, composed: true }));
        for (const key of ['Enter', ' ', 'Tab'])
          host.dispatchEvent(new KeyboardEvent('keydown', { key, bubbles: true }));
        document.elementFromPoint(at.clientX, at.clientY)?.dispatchEvent(new MouseEvent('click', at));
      }
    });
  }
  // The user sends: nothing was ticked, so no follow-up is pending or scheduled.
  await compose.locator('div[role="button"].T-I.aoO').click();
  await page.waitForTimeout(1_500);
  const panel = await openPanel();
  expect(await readStore(panel, 'prospects')).toEqual([]);
  expect(await readStore(panel, 'followUps')).toEqual([]);
  const session = await panel.evaluate(() => chrome.storage.session.get(null));
  expect(Object.keys(session).filter((k) => k.startsWith('compose:'))).toEqual([]);
});

test("the page's CSS cannot move, stretch or hide an overlay, and a faded or stretched one takes no click", async ({
  context,
  openPanel,
}) => {
  await serveRoutes(context, { [PAGES.rebecca.url]: withoutComments(PAGES.rebecca.file) });
  const page = await context.newPage();
  await page.goto(PAGES.rebecca.url);
  const [add] = await axWait(page, ADD);
  const [host] = await hostBoxes(page);
  await page.addStyleTag({
    content: `span { display: none !important; position: absolute !important; width: 2000px !important;
      height: 900px !important; opacity: 0 !important; visibility: hidden !important; all: unset !important; }`,
  });
  await page.waitForTimeout(300);
  expect(await hostBoxes(page)).toEqual([host]);

  const panel = await openPanel();
  const tries: [string, string][] = [
    ['an ancestor faded', 'opacity: 0.02'],
    ['an ancestor stretched', 'transform: scale(6, 1); transform-origin: 0 0'],
    ['an ancestor turned', 'transform: rotate(0.5deg)'],
    ['an ancestor clipped', 'clip-path: inset(0 0 100% 0)'],
  ];
  for (const [label, style] of tries) {
    await page.evaluate(
      ([css, find]) => {
        const [ours] = new Function(`return (${find})()`)() as HTMLElement[];
        ours!.parentElement!.setAttribute('style', css);
      },
      [style, findHosts] as const,
    );
    await page.waitForTimeout(700); // long enough for the overlay to count as visible, were it
    await axClick(page, add!).catch(() => undefined); // the user's click lands on the page's decoy area
    await page.waitForTimeout(800);
    expect(await readStore(panel, 'prospects'), label).toEqual([]);
  }
  // Restored: the same click on a visible overlay captures.
  await page.evaluate((find) => {
    const [ours] = new Function(`return (${find})()`)() as HTMLElement[];
    ours!.parentElement!.removeAttribute('style');
  }, findHosts);
  await page.waitForTimeout(700); // the user sees it again before clicking
  await clickAdd(page);
  await expectStatus(page, /Prospecting/);
  expect(await readStore(panel, 'prospects')).toHaveLength(1);
});

test('100 fake search cards and compose recipients, one of them known: nothing comes back, nobody is created', async ({
  context,
  openPanel,
}) => {
  await serveRoutes(context, {
    [PAGES.rebecca.url]: withoutComments(PAGES.rebecca.file),
    [PAGES.search.url]: withoutComments(PAGES.search.file),
    [PAGES.compose.url]: withoutComments(PAGES.compose.file),
  });
  const profile = await context.newPage();
  await profile.goto(PAGES.rebecca.url);
  await clickAdd(profile);
  await expectStatus(profile, /Prospecting/);
  await profile.close();

  const page = await context.newPage();
  await page.goto(SEARCH_URL);
  await axWait(page, ADD, { count: 3 });
  const baseline = await pageReadable(page);
  await page.evaluate((known) => {
    const list = document.querySelector('ul.reusable-search__entity-result-list') ?? document.querySelector('ul')!;
    const card = list.querySelector('li.reusable-search__result-container')!;
    for (let i = 0; i < 100; i++) {
      const fake = card.cloneNode(true) as HTMLElement;
      const url = i === 50 ? known : `https://www.linkedin.com/in/fake-person-${i}/`;
      for (const a of fake.querySelectorAll('a')) if (a.href.includes('/in/')) a.href = url;
      list.append(fake);
    }
  }, PAGES.rebecca.url);
  await page.waitForTimeout(2_000);
  // The page learns only that boxes appeared (docs/ARCHITECTURE.md, "What a page can learn"): not who is known.
  const after = await pageReadable(page);
  for (const word of ['Prospecting', 'Add to pipeline', 'Rebecca'].filter((w) => !baseline.includes(w)))
    expect(after, word).not.toContain(word);
  const boxes = await hostBoxes(page);
  expect(new Set(boxes.map((b) => `${b.w}x${b.h}`)).size).toBe(1);

  const compose = await context.newPage();
  await compose.goto(COMPOSE_URL);
  await axWait(compose, { role: 'checkbox', name: 'Follow up if no reply' });
  await compose.evaluate((known) => {
    const field = document.querySelector('[role=listbox]') ?? document.body;
    for (let i = 0; i < 100; i++) {
      const chip = document.createElement('div');
      chip.setAttribute('role', 'option');
      chip.setAttribute('data-hovercard-id', i === 50 ? known : `fake${i}@example.com`);
      chip.textContent = `fake${i}@example.com`;
      field.append(chip);
    }
  }, 'rebecca.thornton@quillfeather.com');
  await compose.waitForTimeout(1_500);
  expect(await pageReadable(compose)).not.toContain('Prospecting');

  const panel = await openPanel();
  expect(await readStore(panel, 'prospects')).toHaveLength(1);
});
