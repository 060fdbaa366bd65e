// page.cost_ms.<page>: what Sidecar costs a page load, counted whole: the median over interleaved loads
// of the tab's main-thread time (TaskDuration: script, compile, style, layout, GC…) from navigation to
// `load` + 1 s, with Sidecar minus with an EMPTY extension (one empty content script on both sites)
// that the bench builds itself. Targets: 3 ms on a page where Sidecar draws nothing, 8 where it draws
// overlays. The attributed figure (page.overhead_ms.*) stays beside it as a diagnostic.
import { emptyExtension, fixtureServer, launch, snapshotBuild, waitForBuild } from '../lib/browser.mjs';
import { fixturePages } from '../lib/fixtures.mjs';
import { log, median, round2 } from '../lib/stats.mjs';
import { minus, taskMeter } from '../lib/task-time.mjs';

const ROUNDS = Number(process.env.BENCH_COST_ROUNDS ?? 10);
const IDLE_MS = 1000;
/** The bench pages: the shared fixture pages the table names, and whether Sidecar draws there. */
export const COST_PAGES = [
  { name: 'linkedin_profile', file: 'linkedin/profile-rebecca-thornton-2026.html', draws: true },
  { name: 'linkedin_profile_classic', file: 'linkedin/profile-marcus-feldman-classic.html', draws: true },
  { name: 'linkedin_search', file: 'linkedin/search-people.html', draws: true },
  { name: 'linkedin_company', file: 'linkedin/company-quillfeather-about.html', draws: false },
  { name: 'gmail_thread', file: 'gmail/thread-hannah-lindgren-3msg.html', draws: true },
  { name: 'gmail_inbox', file: 'gmail/inbox.html', draws: true },
];

async function loadOnce(config, fixture) {
  config.server.serve(fixture);
  const page = await config.context.newPage();
  const meter = await taskMeter(page);
  await page.goto(fixture.url, { waitUntil: 'load' });
  await page.waitForTimeout(IDLE_MS);
  const m = await meter.read();
  await meter.detach();
  await page.close();
  return m;
}

export async function collect({ root }) {
  await waitForBuild(root);
  const build = snapshotBuild(root);
  const empty = emptyExtension();
  const configs = [];
  try {
    // BENCH_COST_COMPARE=<another build dir> adds it as a fourth configuration, interleaved with the
    // others: a before/after of two builds in one run (its rows are printed, not returned).
    const compare = process.env.BENCH_COST_COMPARE;
    for (const [name, dir] of [
      ['sidecar', build.dir],
      ['empty', empty.dir],
      ['none', null],
      ...(compare ? [['compare', compare]] : []),
    ]) {
      const context = await launch(root, dir);
      configs.push({ name, context, server: await fixtureServer(context) });
    }
    const all = [...fixturePages(root, 'linkedin'), ...fixturePages(root, 'gmail')];
    // BENCH_COST_PAGES=linkedin_profile,gmail_inbox limits a run to some pages (experiments; the bench runs all).
    const only = process.env.BENCH_COST_PAGES?.split(',');
    const pages = COST_PAGES.filter((p) => !only || only.includes(p.name)).map((p) => ({
      ...p,
      fixture: all.find((f) => f.file === p.file),
    }));
    // One untimed load of each page in each browser first (compile caches, the worker's start).
    for (const p of pages) for (const c of configs) await loadOnce(c, p.fixture);
    const samples = [];
    for (let round = 0; round < ROUNDS; round++) {
      for (const p of pages) {
        // The order rotates each round: no configuration always loads right after the same other one.
        for (let k = 0; k < configs.length; k++) {
          const c = configs[(round + k) % configs.length];
          samples.push({ page: p.name, config: c.name, ...(await loadOnce(c, p.fixture)) });
        }
      }
      log(`page-cost: round ${round + 1}/${ROUNDS}`);
    }
    return pages.flatMap((p) => {
      const med = (config, key) =>
        median(samples.filter((s) => s.page === p.name && s.config === config).map((s) => s[key]));
      const of = (config) => ({
        taskMs: med(config, 'taskMs'),
        scriptMs: med(config, 'scriptMs'),
        styleMs: med(config, 'styleMs'),
        layoutMs: med(config, 'layoutMs'),
      });
      const d = minus(of('sidecar'), of('empty'));
      const floor = minus(of('empty'), of('none'));
      const vsEmpty = (x) =>
        `+${x.taskMs.toFixed(1)} ms vs EMPTY (script +${x.scriptMs.toFixed(1)}, style+layout +${(x.styleMs + x.layoutMs).toFixed(1)})`;
      if (process.env.BENCH_COST_COMPARE)
        log(`page-cost ${p.name}: compared build ${vsEmpty(minus(of('compare'), of('empty')))}`);
      log(`page-cost ${p.name}: ${vsEmpty(d)}; EMPTY vs none +${floor.taskMs.toFixed(1)}`);
      const target = p.draws ? 8 : 3;
      return [
        { metric: `page.cost_ms.${p.name}`, value: round2(d.taskMs), unit: 'ms', target },
        { metric: `page.cost_ms.${p.name}.script_ref`, value: round2(d.scriptMs), unit: 'ms', target },
        {
          metric: `page.cost_ms.${p.name}.style_layout_ref`,
          value: round2(d.styleMs + d.layoutMs),
          unit: 'ms',
          target,
        },
      ];
    });
  } finally {
    await Promise.all(configs.map((c) => c.context.close()));
    build.dispose();
    empty.dispose();
  }
}
