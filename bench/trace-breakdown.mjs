#!/usr/bin/env node
// Where a page load's main-thread time goes, Sidecar against an EMPTY extension: `node
// bench/trace-breakdown.mjs [fixture file] [loads]` traces each load (interleaved), takes the
// renderer main thread's events from navigation to `load` + 1 s, and sums each event name's SELF thread
// time (its time minus its children's): V8 compile, script, style, layout, GC, the port's messages…
// It prints the medians per name for both and their difference, largest first. A diagnostic beside
// page.cost_ms (bench/metrics/page-cost.mjs): not a bench row.
import { emptyExtension, fixtureServer, launch, snapshotBuild, waitForBuild } from './lib/browser.mjs';
import { fixturePages, requestUrlOf } from './lib/fixtures.mjs';
import { median } from './lib/stats.mjs';

const file = process.argv[2] ?? 'linkedin/profile-rebecca-thornton-2026.html';
const LOADS = Number(process.argv[3] ?? 7);
const CATEGORIES = [
  'toplevel',
  'devtools.timeline',
  'v8',
  'v8.execute',
  'blink',
  'blink.user_timing',
  'loading',
  'disabled-by-default-v8.compile',
  'disabled-by-default-v8.gc',
  'disabled-by-default-devtools.timeline',
];

async function traced(config, fixture) {
  config.server.serve(fixture);
  const page = await config.context.newPage();
  const cdp = await config.context.browser().newBrowserCDPSession();
  const events = [];
  cdp.on('Tracing.dataCollected', (e) => events.push(...e.value));
  await cdp.send('Tracing.start', { traceConfig: { includedCategories: CATEGORIES }, transferMode: 'ReportEvents' });
  await page.goto(fixture.url, { waitUntil: 'load' });
  await page.waitForTimeout(1100);
  const done = new Promise((r) => cdp.once('Tracing.tracingComplete', r));
  await cdp.send('Tracing.end');
  await done;
  await cdp.detach();
  await page.close();
  return selfTimes(events, fixture.url);
}

function selfTimes(events, url) {
  const start = events.find(
    (e) => e.name === 'navigationStart' && requestUrlOf(e.args?.data?.documentLoaderURL ?? '') === requestUrlOf(url),
  );
  if (!start) throw new Error(`no navigationStart for ${url}`);
  const main = events.find((e) => e.name === 'thread_name' && e.pid === start.pid && e.args?.name === 'CrRendererMain');
  const end = events.find((e) => e.name === 'loadEventEnd' && e.pid === start.pid && e.ts > start.ts);
  const to = (end?.ts ?? start.ts) + 1_000_000;
  const spans = events
    .filter(
      (e) =>
        e.pid === start.pid &&
        e.tid === main?.tid &&
        e.ph === 'X' &&
        e.ts >= start.ts &&
        e.ts <= to &&
        e.tdur !== undefined,
    )
    .sort((a, b) => a.ts - b.ts || b.dur - a.dur);
  const self = new Map();
  const stack = [];
  for (const e of spans) {
    while (stack.length && stack.at(-1).ts + stack.at(-1).dur <= e.ts) stack.pop();
    const parent = stack.at(-1);
    if (parent) parent.childT = (parent.childT ?? 0) + e.tdur;
    e.childT = 0;
    stack.push(e);
  }
  for (const e of spans) {
    const name = e.name === 'FunctionCall' || e.name === 'EvaluateScript' ? `${e.name} (script)` : e.name;
    self.set(name, (self.get(name) ?? 0) + Math.max(0, e.tdur - e.childT) / 1000);
  }
  return self;
}

await waitForBuild(process.cwd());
const build = snapshotBuild(process.cwd());
const empty = emptyExtension();
const configs = [];
try {
  for (const [name, dir] of [
    ['sidecar', build.dir],
    ['empty', empty.dir],
  ]) {
    const context = await launch(process.cwd(), dir);
    configs.push({ name, context, server: await fixtureServer(context), runs: [] });
  }
  const fixture = [...fixturePages(process.cwd(), 'linkedin'), ...fixturePages(process.cwd(), 'gmail')].find(
    (f) => f.file === file,
  );
  for (const c of configs) await traced(c, fixture); // warm-up
  for (let i = 0; i < LOADS; i++)
    for (let k = 0; k < 2; k++) configs[(i + k) % 2].runs.push(await traced(configs[(i + k) % 2], fixture));
  const names = new Set(configs.flatMap((c) => c.runs.flatMap((r) => [...r.keys()])));
  const rows = [...names].map((name) => {
    const [s, e] = configs.map((c) => median(c.runs.map((r) => r.get(name) ?? 0)));
    return { name, sidecar: s, empty: e, diff: s - e };
  });
  rows.sort((a, b) => b.diff - a.diff);
  const total = (c) => median(c.runs.map((r) => [...r.values()].reduce((x, y) => x + y, 0)));
  console.log(`${file}, ${LOADS} loads each: main-thread self time, medians (ms)`);
  console.log(
    `total: sidecar ${total(configs[0]).toFixed(1)}, empty ${total(configs[1]).toFixed(1)}, difference ${(total(configs[0]) - total(configs[1])).toFixed(1)}`,
  );
  console.log('event | sidecar | empty | difference');
  for (const r of rows.filter((r) => Math.abs(r.diff) >= 0.05))
    console.log(`${r.name} | ${r.sidecar.toFixed(2)} | ${r.empty.toFixed(2)} | ${r.diff.toFixed(2)}`);
} finally {
  await Promise.all(configs.map((c) => c.context.close()));
  build.dispose();
  empty.dispose();
}
