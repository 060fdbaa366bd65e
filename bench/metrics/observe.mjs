// observe.batch.p95_ms: the content script's main-thread time per batch while the page mutates,
// measured on the BUILT extension (the real loop: observer → scheduler → extract → overlays).
// Target 2 ms (the Site adapters issue). Method: see bench/README.md "observe.batch.p95_ms".
import { launch, fixtureServer, snapshotBuild, waitForBuild } from '../lib/browser.mjs';
import { fixturePages } from '../lib/fixtures.mjs';
import { generateStream, streamDigest } from '../lib/mutation-stream.mjs';
import { replayInPage } from '../lib/replay-in-page.mjs';
import { startTrace, mainProfile, outermost, scriptTime } from '../lib/trace.mjs';
import { p95, round2, log } from '../lib/stats.mjs';

const SEED = 20261125;
// 1,000 mutations in all, split over the pages where each kind of change happens.
const SEGMENTS = [
  { site: 'linkedin', file: 'linkedin/profile-rebecca-thornton-2026.html', scene: 'linkedin-profile', count: 250 },
  { site: 'linkedin', file: 'linkedin/search-people.html', scene: 'linkedin-search', count: 250 },
  { site: 'gmail', file: 'gmail/inbox.html', scene: 'gmail-inbox', count: 250 },
  { site: 'gmail', file: 'gmail/thread-hannah-lindgren-3msg.html', scene: 'gmail-thread', count: 150 },
  { site: 'gmail', file: 'gmail/compose.html', scene: 'gmail-compose', count: 100 },
];
const SETTLE_MS = 1000; // the first batch mounts the overlays: steady state is what this metric is about

// The site's content script, whichever part runs on the page (linkedin.js, linkedin-profile.js,
// linkedin-search.js: issue 21 split LinkedIn's by page kind; the same work, counted as before).
const isContentScript = (site) => {
  const file = new RegExp(`/content-scripts/${site}(-[a-z]+)?\\.js$`);
  return (url) => url.startsWith('chrome-extension://') && file.test(url);
};
const within = (inner, outer) => inner.ts >= outer.ts && inner.ts + inner.dur <= outer.ts + outer.dur;

/**
 * Batches are the content script's animation-frame callbacks (the scheduler runs every batch from
 * rAF in a visible tab); each batch is charged the script's time from its start to the next
 * batch's start, which also covers the observer callbacks and async tails in between.
 */
function perBatchMs(events, site) {
  const test = isContentScript(site);
  const call = events.find((e) => e.name === 'FunctionCall' && test(e.args?.data?.url ?? ''));
  if (!call) throw new Error(`no ${site} content-script calls in the trace`);
  const profile = mainProfile(events, call.pid);
  if (!profile) throw new Error('no CPU profile for the page renderer');
  const frames = outermost(events, call.pid, call.tid, new Set(['FireAnimationFrame']));
  const timers = outermost(events, call.pid, call.tid, new Set(['TimerFire']));
  const calls = outermost(events, call.pid, call.tid, new Set(['FunctionCall']), (e) => test(e.args?.data?.url ?? ''));
  const batches = calls.filter((c) => frames.some((f) => within(c, f)));
  const timerCalls = calls.filter((c) => timers.some((t) => within(c, t)));
  const end = Math.max(...events.filter((e) => e.ts).map((e) => e.ts + (e.dur ?? 0)));
  const times = batches.map((b, i) => scriptTime(events, profile, test, b.ts, batches[i + 1]?.ts ?? end));
  const costs = times.map((t) => t.thread / 1000);
  const wallCosts = times.map((t) => t.wall / 1000);
  return {
    costs,
    wallCosts,
    timerCalls: timerCalls.length,
    timerMaxMs: Math.max(0, ...timerCalls.map((c) => c.dur / 1000)),
  };
}

export async function collect({ root }) {
  await waitForBuild(root);
  const build = snapshotBuild(root);
  const context = await launch(root, build.dir);
  const streams = SEGMENTS.map((s, i) => generateStream(s.scene, s.count, SEED + i));
  log(
    `observe: stream ${streamDigest(streams)} (seed ${SEED}), ${streams.flat().reduce((n, s) => n + s.ops.length, 0)} ops`,
  );
  const all = [];
  const allWall = [];
  try {
    const server = await fixtureServer(context);
    const pages = Object.fromEntries(
      ['linkedin', 'gmail'].flatMap((site) => fixturePages(root, site)).map((p) => [p.file, p]),
    );
    for (const [i, seg] of SEGMENTS.entries()) {
      server.serve(pages[seg.file]);
      const page = await context.newPage();
      await page.goto(pages[seg.file].url);
      await page.waitForTimeout(SETTLE_MS);
      const cdp = await context.newCDPSession(page);
      const stop = await startTrace(cdp);
      const applied = await page.evaluate(replayInPage, streams[i]);
      await page.waitForTimeout(300); // the last batch and its reply
      const events = await stop();
      const r = perBatchMs(events, seg.site);
      log(
        `observe ${seg.file}: ${applied} ops applied, ${r.costs.length} batches, p95 ${p95(r.costs).toFixed(2)} ms, max ${Math.max(...r.costs).toFixed(2)} ms (wall clock p95 ${p95(r.wallCosts).toFixed(2)})` +
          (r.timerCalls ? `; ${r.timerCalls} timer callbacks (max ${r.timerMaxMs.toFixed(2)} ms)` : ''),
      );
      all.push(...r.costs);
      allWall.push(...r.wallCosts);
      await page.close();
    }
  } finally {
    await context.close();
    build.dispose();
  }
  return [
    { metric: 'observe.batch.p95_ms', value: round2(p95(all)), unit: 'ms', target: 2 },
    // For reference: the same batches in wall-clock time (bench/README.md "Main-thread time").
    { metric: 'observe.batch.p95_ms.wall', value: round2(p95(allWall)), unit: 'ms', target: 2 },
  ];
}
