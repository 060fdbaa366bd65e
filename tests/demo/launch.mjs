// The demo browser behind `npm start` and `npm run dev`: Debian's Chromium with an unpacked build of
// Sidecar, on a temporary profile that is deleted when it closes (also on Ctrl+C or SIGTERM), with
// the demo pages served from tests/fixtures at their real addresses (no account, no network) and
// styled to look like the real sites (site-style.mjs).
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { chromium } from '@playwright/test';
import { findChromium, headedLaunchOptions, INSTALL_XVFB, isRoot, missingChromiumMessage } from '../tools/chromium.mjs';
import { axWait } from '../e2e/lib/ax.mjs';
import { DEMO_PAGES, DEMO_TABS } from './pages.mjs';
import { withSiteStyle } from './site-style.mjs';

const FIXTURES = path.resolve('tests/fixtures');

const hasDisplay = () => Boolean(process.env.DISPLAY || process.env.WAYLAND_DISPLAY);
const hasCommand = (name) => spawnSync('sh', ['-c', `command -v ${name}`], { stdio: 'ignore' }).status === 0;

/**
 * Make sure Chromium has a screen: with none, run this same script again under `xvfb-run -a` (a
 * virtual one) when it is installed, and otherwise stop at once with the line that installs it.
 * Returns only in the process that has a display.
 */
export async function ensureDisplay() {
  if (hasDisplay()) return;
  if (process.env.SIDECAR_XVFB === '1' || !hasCommand('xvfb-run')) {
    console.error(
      'No display: Chromium needs one to show its window. On a machine without a desktop install a\n' +
        `virtual one, and this command uses it by itself:\n\n  ${INSTALL_XVFB}\n`,
    );
    process.exit(1);
  }
  console.log('No display: running under xvfb-run (a virtual screen; nothing will show on yours).');
  // Its own process group, so a signal to us reaches xvfb-run, Xvfb and the inner node together.
  const child = spawn('xvfb-run', ['-a', '-s', '-screen 0 1440x900x24', process.execPath, ...process.argv.slice(1)], {
    stdio: 'inherit',
    detached: true,
    env: { ...process.env, SIDECAR_XVFB: '1' },
  });
  for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP']) {
    process.on(signal, () => {
      try {
        process.kill(-child.pid, signal);
      } catch {
        // Already gone.
      }
    });
  }
  const code = await new Promise((resolve) => child.on('exit', (c, s) => resolve(c ?? (s ? 128 : 1))));
  process.exit(code);
}

/** Serve the demo pages (styled), let a local dev server through, and refuse everything else. */
async function routeDemoPages(context) {
  await context.route(/^https?:\/\//, (route) => {
    const url = new URL(route.request().url());
    // WXT's dev server (npm run dev): the extension's pages load their scripts from it.
    if (url.hostname === 'localhost' || url.hostname === '127.0.0.1') return route.continue();
    const file = DEMO_PAGES[`${url.origin}${url.pathname}`];
    if (!file) return route.abort('blockedbyclient');
    const html = readFileSync(path.join(FIXTURES, file), 'utf8');
    return route.fulfill({ contentType: 'text/html; charset=utf-8', body: withSiteStyle(html, file) });
  });
}

/**
 * Open Chromium with the extension in `extensionDir` on the demo tabs, report whether the overlay
 * came up, and resolve when the browser has closed and its profile is gone. `stop()` on the result
 * closes it from outside (npm run dev, when WXT exits).
 */
export async function launchDemo({ extensionDir }) {
  const executablePath = findChromium();
  if (!executablePath) {
    console.error(missingChromiumMessage());
    process.exit(1);
  }
  const ext = path.resolve(extensionDir);
  if (!existsSync(path.join(ext, 'manifest.json'))) {
    console.error(`No build in ${ext}: run \`npm run build\` first (npm start does this for you).`);
    process.exit(1);
  }

  const profile = mkdtempSync(path.join(tmpdir(), 'sidecar-demo-'));
  const removeProfile = () => rmSync(profile, { recursive: true, force: true, maxRetries: 3 });
  // Developer mode, as chrome://extensions would set it: without it Chromium disables an unpacked
  // extension that calls runtime.reload(), which is how WXT's dev server reloads ours after a change.
  mkdirSync(path.join(profile, 'Default'));
  writeFileSync(
    path.join(profile, 'Default', 'Preferences'),
    JSON.stringify({ extensions: { ui: { developer_mode: true } } }),
  );
  // The last resort: whatever ends the process, the profile does not stay behind.
  process.on('exit', removeProfile);

  const launch = (headed) =>
    chromium.launchPersistentContext(profile, {
      executablePath,
      headless: false,
      viewport: null,
      chromiumSandbox: headed.chromiumSandbox,
      // We close the browser ourselves on these, then delete the profile.
      handleSIGINT: false,
      handleSIGTERM: false,
      handleSIGHUP: false,
      args: [...headed.args, '--window-size=1400,900', `--disable-extensions-except=${ext}`, `--load-extension=${ext}`],
    });
  const context = await launch(headedLaunchOptions()).catch((error) => {
    // Some containers give an ordinary user no namespaces for the sandbox ("No usable sandbox!").
    if (isRoot() || !/sandbox/i.test(String(error))) throw error;
    console.warn('Chromium cannot start its sandbox on this machine; starting it without.');
    return launch(headedLaunchOptions({ sandbox: false }));
  });
  let closing = null;
  const stop = () =>
    (closing ??= Promise.race([context.close(), new Promise((resolve) => setTimeout(resolve, 5_000))])
      .catch(() => undefined)
      .then(removeProfile));
  for (const [signal, code] of [
    ['SIGINT', 130],
    ['SIGTERM', 143],
    ['SIGHUP', 129],
  ]) {
    process.on(signal, () => void stop().then(() => process.exit(code)));
  }
  const closed = new Promise((resolve) => context.on('close', resolve)).then(stop);

  await routeDemoPages(context);
  const [blank] = context.pages();
  const pages = [];
  for (const [i, url] of DEMO_TABS.entries()) {
    const page = i === 0 && blank ? blank : await context.newPage();
    await page.goto(url);
    pages.push(page);
  }
  // Say whether the extension really came up, so a broken build is not mistaken for a slow one. The
  // accessibility tree, as a screen reader sees the page: it reaches into the overlay's shadow root
  // even when the page's own scripts cannot.
  const shown = await axWait(pages[0], { role: 'button', name: 'Add to pipeline' }, { timeout: 15_000 }).then(
    () => true,
    () => false,
  );
  console.log(
    shown
      ? 'The "Add to pipeline" overlay is showing on the LinkedIn tab.'
      : 'Warning: no "Add to pipeline" overlay on the LinkedIn tab after 15 s; check the build (npm run build).',
  );
  await pages[0].bringToFront();
  console.log(
    `Sidecar is loaded from ${path.relative(process.cwd(), ext)} in ${executablePath}. Demo tabs:\n  ` +
      `${DEMO_TABS.join('\n  ')}\n` +
      'Click "Add to pipeline" next to a name; the toolbar icon opens the side panel. Close the window to stop.',
  );
  return { closed, stop };
}
