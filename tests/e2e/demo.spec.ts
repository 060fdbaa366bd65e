import { readFileSync } from 'node:fs';
import path from 'node:path';
import { DEMO_PAGES, DEMO_TABS } from '../demo/pages.mjs';
import { withSiteStyle } from '../demo/site-style.mjs';
import { test, expect } from './fixtures';
import { axWait } from './lib/ax.mjs';
import { serveRoutes } from './site-routes';

// `npm start` serves the fixtures with a stylesheet per site (tests/demo/styles): the styles must
// leave the files themselves alone and the overlays where they are on the bare pages.

const OVERLAYS: Record<string, { adds: number; logEmail: boolean }> = {
  'linkedin/profile-rebecca-thornton-2026.html': { adds: 1, logEmail: false },
  'linkedin/search-people.html': { adds: 9, logEmail: false },
  'gmail/thread-hannah-lindgren-3msg.html': { adds: 3, logEmail: true },
};

test('the styled demo pages keep their markup and show every overlay of the bare pages', async ({ context }) => {
  const routes = Object.fromEntries(
    Object.entries(DEMO_PAGES).map(([url, file]) => {
      const html = readFileSync(path.join('tests/fixtures', file), 'utf8');
      const styled = withSiteStyle(html, file);
      expect(styled.replace(/<style data-demo-style="\w+">[^]*?<\/style>\n/, '')).toBe(html);
      return [url, { body: styled }];
    }),
  );
  await serveRoutes(context, routes);
  const page = await context.newPage();
  for (const url of DEMO_TABS) {
    await page.goto(url);
    const file = DEMO_PAGES[`${new URL(url).origin}${new URL(url).pathname}`]!;
    const want = OVERLAYS[file]!;
    expect(await page.evaluate(() => document.querySelector('style[data-demo-style]') !== null)).toBe(true);
    await axWait(page, { role: 'button', name: 'Add to pipeline' }, { count: want.adds });
    if (want.logEmail) await axWait(page, { role: 'button', name: 'Log email' });
  }
});
