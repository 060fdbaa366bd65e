// Pipeline core on a deterministic database of 50,000 persons, 20,000 deals and 200,000 activities,
// in real IndexedDB inside Chromium (an extension page of the built extension: the worker's origin).
//   db.capture.p95_ms        resolve + capture one contact (repository call, no messaging), p95 of 200
//   db.capture.floor_ref_p95_ms  reference: one bare readwrite transaction over the capture's tables with
//                            its durability, storing one small row (no Dexie, no reads): p95 of 200, right
//                            after the captures. A capture cannot cost less than this on the machine.
//   msg.capture.p95_ms       a trusted click on "Add to pipeline" to the status shown in the overlay:
//                            content script → worker (zod, capture, status) → reply → redraw; p95 of 30
//   domain.analytics_all_ms  forecast + conversion + velocity over all 20,000 deals in memory; median of 20
//   db.open_first_page_ms    open the database and read the pipeline's first page (50 deals + people); median of 10
import { isolatedWorld, OVERLAY_ROOTS } from '../../tests/e2e/lib/isolated-world.mjs';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { launch, benchPage, snapshotBuild } from '../lib/browser.mjs';
import { bundleForPage } from '../lib/bundle.mjs';
import { log, median, p95, round2 } from '../lib/stats.mjs';

const COUNTS = { persons: 50_000, deals: 20_000, activities: 200_000 };
const PROFILE = 'tests/fixtures/linkedin/profile-rebecca-thornton-2026.html';

/** Collect the four pipeline-core metrics. */
export async function collect({ root }) {
  const code = await bundleForPage(root, readFileSync(path.join(root, 'bench/lib/db-bench-entry.ts'), 'utf8'));
  const build = snapshotBuild(root);
  const context = await launch(root, build.dir);
  try {
    const { page } = await benchPage(context, code);
    log(`seeding ${COUNTS.persons} persons, ${COUNTS.deals} deals, ${COUNTS.activities} activities`);
    const t0 = Date.now();
    await page.evaluate((counts) => globalThis.__dbBench.seed(counts), COUNTS);
    log(`seeded in ${((Date.now() - t0) / 1000).toFixed(1)} s`);
    const captures = await page.evaluate(() => globalThis.__dbBench.timeCaptures(200));
    const floor = await page.evaluate(() => globalThis.__dbBench.timeWriteFloor(200));
    log(
      `db.capture: median ${round2(median(captures))} ms; floor median ${round2(median(floor))} p95 ${round2(p95(floor))} ms`,
    );
    const analytics = await page.evaluate(() => globalThis.__dbBench.timeAnalytics(20));
    const opens = [];
    for (let i = 0; i < 10; i++) {
      await page.reload();
      await page.evaluate(code);
      opens.push(await page.evaluate(() => globalThis.__dbBench.timeOpenFirstPage()));
    }
    const clicks = await timeClickToStatus(context, root, 30);
    const sorted = [...clicks].sort((a, b) => a - b).map((t) => t.toFixed(0));
    log(`msg.capture: click to status, ms, sorted: ${sorted.join(' ')}`);
    return [
      { metric: 'db.capture.p95_ms', value: round2(p95(captures)), unit: 'ms', target: 5 },
      { metric: 'db.capture.floor_ref_p95_ms', value: round2(p95(floor)), unit: 'ms', target: 5 },
      { metric: 'msg.capture.p95_ms', value: round2(p95(clicks)), unit: 'ms', target: 15 },
      { metric: 'domain.analytics_all_ms', value: round2(median(analytics)), unit: 'ms', target: 50 },
      { metric: 'db.open_first_page_ms', value: round2(median(opens)), unit: 'ms', target: 100 },
    ];
  } finally {
    await context.close();
    build.dispose();
  }
}

/** Load `n` distinct profile pages and time each trusted click until the overlay shows the status. */
async function timeClickToStatus(context, root, n) {
  const template = readFileSync(path.join(root, PROFILE), 'utf8');
  await context.route(/^https?:\/\//, (route) => {
    const m = /\/in\/bench-msg-(\d+)\/$/.exec(new URL(route.request().url()).pathname);
    if (!m) return route.abort('blockedbyclient');
    const html = template
      .replaceAll('rebecca-thornton-7b2a91', `bench-msg-${m[1]}`)
      .replaceAll('Rebecca Thornton', `Bench Msg ${m[1]}`);
    return route.fulfill({ contentType: 'text/html; charset=utf-8', body: html });
  });
  const times = [];
  const page = await context.newPage();
  for (let i = 0; i < n; i++) {
    await page.goto(`https://www.linkedin.com/in/bench-msg-${i}/`);
    // The overlays live in closed shadow roots: the timing runs in the content script's isolated
    // world, which reaches them (isolated-world.mjs), with the same clock and the same two events as
    // before (the click's own timestamp, and the mutation that shows the status).
    const world = await isolatedWorld(page);
    const box = await world.evaluate(`new Promise((resolve) => {
      const find = () => {
        const button = ${OVERLAY_ROOTS}.map((r) => r.querySelector('button.add')).find(Boolean);
        if (!button) return setTimeout(find, 20);
        const r = button.getBoundingClientRect();
        resolve({ x: r.x + r.width / 2, y: r.y + r.height / 2 });
      };
      find();
    })`);
    // A person takes far longer than this to move to the button and click: let the page's own
    // start-up messages (detection report, statuses) finish, and the host's visibility be known (a
    // click counts only on an overlay visible for 500 ms: lib/sites/overlay/visibility.ts).
    await page.waitForTimeout(600);
    // The listeners are in place before the click (awaited), and nothing of ours runs after it.
    await world.evaluate(`void (globalThis.__benchClick = new Promise((resolve) => {
      const root = ${OVERLAY_ROOTS}.find((r) => r.querySelector('button.add'));
      let clickedAt = 0;
      window.addEventListener('click', (e) => { clickedAt = e.timeStamp; }, { capture: true, once: true });
      const observer = new MutationObserver(() => {
        if (root.querySelector('.status:not(.muted)')) {
          observer.disconnect();
          resolve(performance.now() - clickedAt);
        }
      });
      observer.observe(root, { childList: true, subtree: true });
    }))`);
    await page.mouse.click(box.x, box.y);
    times.push(await world.evaluate('globalThis.__benchClick'));
    await world.detach();
  }
  await page.close();
  return times;
}
