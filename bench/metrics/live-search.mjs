// page.cost_ms.live_search: the main-thread time Sidecar adds to a heavy, live page (bench/lib/
// live-search.mjs) over the page's 10-second workload, against an EMPTY extension the bench builds:
// medians of interleaved loads. Target: 5 % of the page's own main-thread time over that window (the
// EMPTY runs'); page.cost_pct.live_search is the same figure as a percentage (target 5).
import { emptyExtension, launch, snapshotBuild, waitForBuild } from '../lib/browser.mjs';
import { LIVE_SEARCH_URL, liveSearchHtml, WORKLOAD } from '../lib/live-search.mjs';
import { log, median, round2 } from '../lib/stats.mjs';
import { taskMeter } from '../lib/task-time.mjs';

const ROUNDS = Number(process.env.BENCH_LIVE_ROUNDS ?? 10);

async function windowMs(config, html) {
  const page = await config.context.newPage();
  await page.route(/^https?:\/\//, (route) =>
    route.request().url() === LIVE_SEARCH_URL
      ? route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body: html })
      : route.abort('blockedbyclient'),
  );
  await page.goto(LIVE_SEARCH_URL, { waitUntil: 'load' });
  await page.waitForTimeout(1500); // the load and Sidecar's first batches are page.cost_ms's, not this
  const meter = await taskMeter(page);
  const before = await meter.read();
  const cards = await page.evaluate(() => window.__startWorkload());
  await page.waitForTimeout(300); // the last batch after the last change
  const after = await meter.read();
  await meter.detach();
  await page.close();
  if (cards < WORKLOAD.seconds * WORKLOAD.cardsPerSecond * 0.9)
    throw new Error(`the workload ran short: ${cards} cards`);
  return after.taskMs - before.taskMs;
}

export async function collect({ root }) {
  await waitForBuild(root);
  const build = snapshotBuild(root);
  const empty = emptyExtension();
  const html = liveSearchHtml(root);
  const configs = [];
  try {
    // BENCH_LIVE_COMPARE=<dir>[,<dir>…] adds other builds, interleaved with these two: a before/after
    // in one run (their figures are printed, not returned).
    const compare = process.env.BENCH_LIVE_COMPARE?.split(',') ?? [];
    for (const [name, dir] of [['sidecar', build.dir], ['empty', empty.dir], ...compare.map((d) => [d, d])])
      configs.push({ name, context: await launch(root, dir), samples: [] });
    for (const c of configs) await windowMs(c, html); // warm-up
    for (let round = 0; round < ROUNDS; round++) {
      for (let k = 0; k < configs.length; k++) {
        const c = configs[(round + k) % configs.length];
        c.samples.push(await windowMs(c, html));
      }
      log(`live-search: round ${round + 1}/${ROUNDS}`);
    }
    const [sidecar, emptyMs] = configs.map((c) => median(c.samples));
    const diff = sidecar - emptyMs;
    const added = (ms) => `+${ms.toFixed(1)} ms (${((100 * ms) / emptyMs).toFixed(1)} %)`;
    for (const c of configs) log(`live-search: ${c.name} samples ${c.samples.map((v) => v.toFixed(0)).join(' ')}`);
    for (const c of configs.slice(2)) log(`live-search: ${c.name} ${added(median(c.samples) - emptyMs)}`);
    log(`live-search: page's own ${emptyMs.toFixed(0)} ms over ${WORKLOAD.seconds} s; with Sidecar ${added(diff)}`);
    return [
      { metric: 'page.cost_ms.live_search', value: round2(diff), unit: 'ms', target: round2(emptyMs * 0.05) },
      { metric: 'page.cost_pct.live_search', value: round2((100 * diff) / emptyMs), unit: '%', target: 5 },
    ];
  } finally {
    await Promise.all(configs.map((c) => c.context.close()));
    build.dispose();
    empty.dispose();
  }
}
