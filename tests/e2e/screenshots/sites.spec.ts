import path from 'node:path';
import type { Page } from '@playwright/test';
import { withSiteStyle } from '../../demo/site-style.mjs';
import { test } from '../fixtures';
import { axClick, axWait } from '../lib/ax.mjs';
import { HANNAH_THREAD_URL, PAGES, readPage, serveRoutes } from '../site-routes';
import { fixClocks } from './clock';

// The README's pictures of Sidecar on the demo pages (`npm run screenshots`), styled as `npm start`
// shows them, at 1280×800 (also a size the Chrome Web Store takes). The overlays are found through
// the accessibility tree, as the user's screen reader would.

const OUT = path.resolve('docs/screenshots');
const styled = (file: string) => ({ body: withSiteStyle(readPage(file), file) });

test.use({ viewport: { width: 1280, height: 800 }, colorScheme: 'light' });

async function shoot(page: Page, name: string): Promise<void> {
  await page.mouse.move(0, 0);
  await page.evaluate(() => document.fonts.ready);
  // Two frames: whatever the last render changed is painted before the picture is taken.
  await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))));
  await page.screenshot({ path: path.join(OUT, `${name}.png`), animations: 'disabled', caret: 'hide' });
}

test('linkedin-overlay', async ({ context, worker }) => {
  await fixClocks(context, worker);
  await serveRoutes(context, { [PAGES.rebecca.url]: styled(PAGES.rebecca.file) });
  const page = await context.newPage();
  await page.goto(PAGES.rebecca.url);
  await axWait(page, { role: 'button', name: 'Add to pipeline' });
  await shoot(page, 'linkedin-overlay');
});

test('linkedin-search', async ({ context, worker }) => {
  await fixClocks(context, worker);
  await serveRoutes(context, { [PAGES.search.url]: styled(PAGES.search.file) });
  const page = await context.newPage();
  await page.goto(`${PAGES.search.url}?keywords=revenue%20operations`);
  // Two people already in the pipeline, the others one click away.
  for (const i of [0, 1]) {
    const adds = await axWait(page, { role: 'button', name: 'Add to pipeline' });
    await axClick(page, adds[i === 0 ? 0 : 1]!);
    await axWait(page, { role: 'status', name: /Prospecting/ }, { count: i + 1 });
  }
  await shoot(page, 'linkedin-search');
});

test('gmail-strip', async ({ context, worker }) => {
  await fixClocks(context, worker);
  await serveRoutes(context, { [PAGES.hannahThread.url]: styled(PAGES.hannahThread.file) });
  const page = await context.newPage();
  await page.goto(HANNAH_THREAD_URL);
  await axWait(page, { role: 'button', name: 'Log email' });
  await axWait(page, { role: 'button', name: 'Add to pipeline' }, { count: 3 });
  await shoot(page, 'gmail-strip');
});

test('gmail-log-email-ask', async ({ context, worker }) => {
  await fixClocks(context, worker);
  await serveRoutes(context, { [PAGES.hannahThread.url]: styled(PAGES.hannahThread.file) });
  const page = await context.newPage();
  await page.goto(HANNAH_THREAD_URL);
  await axClick(page, (await axWait(page, { role: 'button', name: 'Log email' }))[0]!);
  // Nobody in the thread is in the pipeline yet: the question opens beside the button, whole.
  await axWait(page, { role: 'status', name: /Not in the pipeline yet/ });
  await axWait(page, { role: 'button', name: 'Add and log' });
  await shoot(page, 'gmail-log-email-ask');
});
