#!/usr/bin/env node
// `npm start`: open Chromium with the freshly built extension and two demo tabs, a LinkedIn profile
// and a Gmail thread, served from tests/fixtures at their real addresses (no account, no network).
import { existsSync, readFileSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { chromium } from '@playwright/test';

const EXT = path.resolve('.output/chrome-mv3');
const DEMO = {
  'https://www.linkedin.com/in/rebecca-thornton-7b2a91/': 'linkedin/profile-rebecca-thornton-2026.html',
  'https://www.linkedin.com/search/results/people/': 'linkedin/search-people.html',
  'https://mail.google.com/mail/u/0/': 'gmail/thread-hannah-lindgren-3msg.html',
};
const TABS = [
  'https://www.linkedin.com/in/rebecca-thornton-7b2a91/',
  'https://mail.google.com/mail/u/0/#inbox/FMfcgzQXJWDsKmKxBnPqZrTvLcHsgXwq',
];

const candidates = [
  process.env.CHROMIUM_PATH,
  '/usr/bin/chromium',
  '/usr/lib/chromium/chromium',
  '/usr/bin/chromium-browser',
  '/usr/bin/google-chrome-for-testing',
].filter(Boolean);
const executablePath = candidates.find((p) => existsSync(p));
if (!executablePath) {
  console.error(
    "No Chromium found. Install Debian's: sudo apt-get install -y chromium\n" +
      '(or set CHROMIUM_PATH to a Chromium that accepts --load-extension; branded Chrome does not).',
  );
  process.exit(1);
}
if (!process.env.DISPLAY && !process.env.WAYLAND_DISPLAY) {
  console.error(
    'No display: Chromium needs one to show a window. On a machine without a desktop run\n' +
      '  sudo apt-get install -y xvfb xauth && xvfb-run -a npm start\n' +
      'or run the whole test suite headless with `npm test`.',
  );
  process.exit(1);
}
if (!existsSync(path.join(EXT, 'manifest.json'))) {
  console.error(`No build in ${EXT}: run \`npm run build\` first (npm start does this for you).`);
  process.exit(1);
}

const context = await chromium.launchPersistentContext(mkdtempSync(path.join(tmpdir(), 'sidecar-demo-')), {
  executablePath,
  headless: false,
  viewport: null,
  args: [`--disable-extensions-except=${EXT}`, `--load-extension=${EXT}`],
});
await context.route(/^https?:\/\//, (route) => {
  const url = new URL(route.request().url());
  const file = DEMO[`${url.origin}${url.pathname}`];
  if (!file) return route.abort('blockedbyclient');
  return route.fulfill({
    contentType: 'text/html; charset=utf-8',
    body: readFileSync(path.resolve('tests/fixtures', file), 'utf8'),
  });
});
const [first] = context.pages();
const pages = [];
for (const [i, url] of TABS.entries()) {
  const page = i === 0 && first ? first : await context.newPage();
  await page.goto(url);
  pages.push(page);
}
// Say whether the extension really came up, so a broken build is not mistaken for a slow one.
const shown = await pages[0]
  .getByRole('button', { name: 'Add to pipeline' })
  .first()
  .waitFor({ timeout: 10_000 })
  .then(
    () => true,
    () => false,
  );
console.log(
  shown
    ? 'The "Add to pipeline" overlay is showing on the LinkedIn tab.'
    : 'Warning: no overlay appeared on the LinkedIn tab within 10 s; check the build (npm run build).',
);
await pages[0].bringToFront();
console.log(
  `Sidecar is loaded in ${executablePath}. Demo tabs:\n  ${TABS.join('\n  ')}\n` +
    'Click "Add to pipeline" next to a name; the toolbar icon opens the side panel. Close the window to stop.',
);
await new Promise((resolve) => context.on('close', resolve));
