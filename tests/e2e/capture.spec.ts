import { test, expect } from './fixtures';
import { HANNAH_THREAD_URL, PAGES, readPage, serveRoutes } from './site-routes';
import { SidePanel } from './pages/side-panel';

import { ADD, clickAdd, expectCount, expectStatus } from './pages/overlays';
import { axClick, axFind, axWait } from './lib/ax.mjs';

test('capture a LinkedIn profile, survive a worker stop, show the status on return', async ({
  context,
  openPanel,
  stopWorker,
}) => {
  await serveRoutes(context, { [PAGES.rebecca.url]: PAGES.rebecca.file });
  const page = await context.newPage();
  await page.goto(PAGES.rebecca.url);
  await clickAdd(page);
  await expectStatus(page, /Prospecting/);

  const panel = new SidePanel(await openPanel());
  await expect(panel.pipeline).toContainText('Rebecca Thornton');
  await expect(panel.pipeline).toContainText('https://www.linkedin.com/in/rebecca-thornton-7b2a91/');

  await stopWorker();
  await page.reload();
  await expectStatus(page, /Prospecting/);
  await expectCount(page, ADD, 0);
  await panel.page.reload();
  await expect(panel.pipeline.getByRole('listitem')).toHaveCount(1);
});

test('the same profile captured from two tabs at once is one prospect', async ({ context, openPanel }) => {
  const variant = `${PAGES.rebecca.url}?trk=public_profile_browsemap&originalSubdomain=pl`;
  await serveRoutes(context, { [PAGES.rebecca.url]: PAGES.rebecca.file });
  const tabs = await Promise.all([context.newPage(), context.newPage(), context.newPage()]);
  await Promise.all(tabs.map((p, i) => p.goto(i === 1 ? variant : PAGES.rebecca.url)));
  // Trusted clicks in all three tabs at once: each button is found first, then all are pressed together
  // (the first capture soon refreshes the other tabs' buttons into statuses).
  const buttons = await Promise.all(tabs.map(async (p) => (await axWait(p, ADD))[0]!));
  await Promise.all(tabs.map((p, i) => axClick(p, buttons[i]!)));
  const panel = new SidePanel(await openPanel());
  await expect(panel.pipeline.getByRole('listitem')).toHaveCount(1);
  await expect(panel.pipeline).toContainText('Rebecca Thornton');
  // Every tab shows the one prospect's status: its own capture's reply, or the others' refresh.
  await Promise.all(tabs.map((p) => expectStatus(p, /Prospecting/)));
});

test('every Gmail participant but the signed-in user gets one button', async ({ context, openPanel, tabIdOf }) => {
  await serveRoutes(context, { [PAGES.hannahThread.url]: PAGES.hannahThread.file });
  const page = await context.newPage();
  await page.goto(HANNAH_THREAD_URL);
  await expectCount(page, ADD, 3);
  const panel = new SidePanel(await openPanel(`?tabId=${await tabIdOf(page)}`));
  await expect(panel.onThisPage).toContainText('hannah.lindgren@');
  await expect(panel.onThisPage).not.toContainText('Daniel Okafor');
  await clickAdd(page, 0, 3);
  await expectCount(page, ADD, 2);
  await panel.page.goto(panel.page.url().replace(/\?.*$/, ''));
  await expect(panel.pipeline.getByRole('listitem')).toHaveCount(1);
});

test('markup in a name stays text in the overlay and the panel, and no script runs', async ({ context, openPanel }) => {
  const hostile = '<img src=x onerror=alert(1)>';
  const html = readPage(PAGES.rebecca.file).replaceAll(
    'Rebecca Thornton',
    hostile.replaceAll('<', '&lt;').replaceAll('>', '&gt;'),
  );
  await serveRoutes(context, { [PAGES.rebecca.url]: { body: html } });
  let dialogs = 0;
  context.on('page', (p) =>
    p.on('dialog', (d) => {
      dialogs++;
      void d.dismiss();
    }),
  );
  const page = await context.newPage();
  await page.goto(PAGES.rebecca.url);
  await clickAdd(page);
  await expectStatus(page, /Prospecting/);
  const panel = new SidePanel(await openPanel());
  await expect(panel.pipeline).toContainText(hostile);
  await expect(panel.page.locator('img[src="x"]')).toHaveCount(0);
  expect(dialogs).toBe(0);
});

test('a capture from the side panel shows at once on the page it was detected on', async ({
  context,
  openPanel,
  tabIdOf,
}) => {
  await serveRoutes(context, { [PAGES.rebecca.url]: PAGES.rebecca.file });
  const page = await context.newPage();
  await page.goto(PAGES.rebecca.url);
  await expectCount(page, ADD, 1);
  const panel = new SidePanel(await openPanel(`?tabId=${await tabIdOf(page)}`));
  // The panel lies beside the tab: nothing in the page changes, it is not hidden and shown again.
  await panel.onThisPage.getByRole('button', { name: 'Add to pipeline' }).click();
  await expect(panel.pipeline).toContainText('Rebecca Thornton');
  await expectStatus(page, /Prospecting/);
  expect(await axFind(page, ADD)).toHaveLength(0);
});
