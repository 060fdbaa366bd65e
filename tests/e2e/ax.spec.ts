import { test, expect } from './fixtures';
import { axClick, axFind, axTexts, axWait, pageVisibleText } from './lib/ax.mjs';
import { PAGES, serveRoutes } from './site-routes';

// The accessibility-tree helper (lib/ax.mjs) on its own: it must reach into a closed shadow root,
// which neither the page's scripts nor Playwright's locators can enter, and click with a trusted event.

const CLOSED_ROOT_PAGE = `<!doctype html><title>untouched</title><p>Page text</p><div id="host"></div>
<script>
  const root = document.getElementById('host').attachShadow({ mode: 'closed' });
  // The label is put together here, so the page's own markup (this script) never spells it.
  root.innerHTML = '<button type="button">' + ['Press', 'inside'].join(' ') + '</button><p role="status"></p>';
  root.querySelector('button').addEventListener('click', (e) => {
    root.querySelector('[role=status]').textContent = 'Pressed ' + (e.isTrusted ? 'by a person' : 'by a script');
    document.title = 'clicked';
  });
</script>`;

test('finds, waits for and clicks a button in a closed shadow root, with a trusted click', async ({ context }) => {
  await serveRoutes(context, { 'https://closed-root.test/': { body: CLOSED_ROOT_PAGE } });
  const page = await context.newPage();
  await page.goto('https://closed-root.test/');

  // Out of reach for the page and for Playwright's role locators…
  await expect(page.getByRole('button', { name: 'Press inside' })).toHaveCount(0);
  expect(await pageVisibleText(page)).not.toContain('Press inside');
  // …but in the accessibility tree.
  const [button] = await axWait(page, { role: 'button', name: 'Press inside' });
  expect(button).toMatchObject({ role: 'button', name: 'Press inside' });
  expect(await axFind(page, { role: 'button', name: /^Press/ })).toHaveLength(1);
  expect(await axFind(page, { role: 'button', name: 'Press' })).toHaveLength(0);

  await axClick(page, button!);
  await expect(page).toHaveTitle('clicked');
  expect(await axTexts(page, /^Pressed/)).toContain('Pressed by a person');
});

test('axWait names what it waited for when nothing comes', async ({ context }) => {
  await serveRoutes(context, { 'https://closed-root.test/': { body: CLOSED_ROOT_PAGE } });
  const page = await context.newPage();
  await page.goto('https://closed-root.test/');
  await expect(axWait(page, { role: 'button', name: 'Absent' }, { timeout: 300 })).rejects.toThrow(
    /0 of 1 button named Absent after 300 ms/,
  );
});

test("reaches Sidecar's overlay on a LinkedIn profile and captures with it", async ({ context }) => {
  await serveRoutes(context, { [PAGES.rebecca.url]: PAGES.rebecca.file });
  const page = await context.newPage();
  await page.goto(PAGES.rebecca.url);
  await axClick(page, { role: 'button', name: 'Add to pipeline' });
  await axWait(page, { role: 'status', name: /Prospecting/ });
  expect(await axFind(page, { role: 'button', name: 'Add to pipeline' })).toHaveLength(0);
});
