// Chromium launch and fixture serving shared by the browser metrics (as in tests/e2e/fixtures.ts:
// persistent context, the two extension args, routes before goto).
import { createRequire } from 'node:module';
import { cpSync, mkdtempSync, writeFileSync, existsSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { requestUrlOf } from './fixtures.mjs';

const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/** The project's own Playwright (never a second copy with its own browsers). */
export function playwright(root) {
  return createRequire(path.join(root, 'package.json'))('playwright');
}

/** Chromium with `extensionDir` loaded, or with no extension when it is null. */
export async function launch(root, extensionDir, extra = {}) {
  const args = extensionDir ? [`--disable-extensions-except=${extensionDir}`, `--load-extension=${extensionDir}`] : [];
  return playwright(root).chromium.launchPersistentContext('', {
    executablePath: CHROMIUM,
    headless: true,
    args,
    viewport: { width: 1280, height: 900 },
    ...extra,
  });
}

/**
 * Serve one page at a time at its real URL and abort everything else (no internet here: an
 * unanswered request would hang until DNS fails). Gmail's fixtures share one URL before the #hash,
 * so the context serves "the current page" rather than a URL map.
 */
export async function fixtureServer(context, headers = {}) {
  let current = null;
  await context.route(/^https?:\/\//, (route) => {
    const url = route.request().url();
    if (current && requestUrlOf(url) === requestUrlOf(current.url)) {
      return route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', headers, body: current.html });
    }
    return route.abort('blockedbyclient');
  });
  return {
    serve(page) {
      current = page;
    },
  };
}

const BUILT = (root) => path.join(root, '.output/chrome-mv3');
const isComplete = (root) =>
  ['manifest.json', 'content-scripts/linkedin.js', 'content-scripts/gmail.js'].every((f) =>
    existsSync(path.join(BUILT(root), f)),
  );

/** A build under way elsewhere in the tree empties .output/ first: wait a while for a complete one. */
export async function waitForBuild(root, timeoutMs = 90_000) {
  for (let waited = 0; !isComplete(root); waited += 1000) {
    if (waited >= timeoutMs) throw new Error(`${BUILT(root)} missing or incomplete: run npx wxt build`);
    await new Promise((r) => setTimeout(r, 1000));
  }
}

/**
 * A private copy of the build: other work in the tree may rebuild .output/ while we measure,
 * and a half-written content script would be measured (or fail to load) without this.
 */
export function snapshotBuild(root) {
  if (!isComplete(root)) throw new Error(`${BUILT(root)} missing or incomplete: run npx wxt build`);
  const dir = mkdtempSync(path.join(tmpdir(), 'sidecar-bench-ext-'));
  cpSync(BUILT(root), dir, { recursive: true });
  return { dir, dispose: () => rmSync(dir, { recursive: true, force: true }) };
}

/** A minimal MV3 extension whose no-op content scripts match the same pages: the cost of "an extension". */
export function emptyExtension() {
  const dir = mkdtempSync(path.join(tmpdir(), 'sidecar-bench-empty-'));
  writeFileSync(
    path.join(dir, 'manifest.json'),
    JSON.stringify({
      manifest_version: 3,
      name: 'empty',
      version: '1.0',
      content_scripts: [
        {
          matches: ['https://*.linkedin.com/*', 'https://mail.google.com/*'],
          run_at: 'document_idle',
          js: ['noop.js'],
        },
      ],
    }),
  );
  writeFileSync(path.join(dir, 'noop.js'), '// intentionally empty\n');
  return { dir, dispose: () => rmSync(dir, { recursive: true, force: true }) };
}

/**
 * A page of the loaded extension's origin (its IndexedDB) that runs none of our code
 * (manifest.json), with a bench bundle `code` evaluated in it. Returns the page and the extension id.
 */
export async function benchPage(context, code) {
  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
  const id = new URL(worker.url()).host;
  const page = await context.newPage();
  await page.goto(`chrome-extension://${id}/manifest.json`);
  await page.evaluate(code);
  return { page, id };
}
