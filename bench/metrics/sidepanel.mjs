// The side panel, in Chromium with the built extension, on real IndexedDB (see bench/README.md):
//   sidepanel.first_render_ms  navigation start of sidepanel.html → the Pipeline board (cards with names)
//                              and the Today lists painted, with 10,000 prospects and 5,000 deals;
//                              each sample is the slower of the two views; median of 12 loads each
//   search.p95_ms              one keystroke's results (searchPeople) over 50,000 prospects, nothing
//                              built at panel open; p95 over 240 keystrokes in Latin, Cyrillic, Thai
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { benchPage, launch, snapshotBuild } from '../lib/browser.mjs';
import { bundleForPage } from '../lib/bundle.mjs';
import { log, median, p95, round2 } from '../lib/stats.mjs';

const RENDER_COUNTS = { persons: 10_000, deals: 5_000, followUps: 1_500 };
const SEARCH_PERSONS = 50_000;
const LOADS = 12;
const WARM_UPS = 2;
// What each view shows once its data has arrived (the views set data-ready); empty states count too.
const READY = {
  pipeline: '[data-sidecar-view="pipeline"] .deal-list[data-ready], [data-sidecar-view="pipeline"] .empty',
  today: '[data-sidecar-view="today"][data-ready]',
};
// Words typed letter by letter, as a user would: with and without diacritics, Cyrillic, Thai, e-mail.
const WORDS = [
  'Łukasz',
  'lukasz',
  'Małgorzata',
  'malgo',
  'Wiśniewska',
  'wisniewska',
  'İlker',
  'ilker',
  'Çağla',
  'cagla',
  'Олена',
  'olena',
  'Коваленко',
  'Шевченко',
  'Дмитро',
  'สมชาย',
  'ใจดี',
  'แสงทอง',
  'Rebecca Thornton',
  'p1234@example',
  'Søren',
  'Müller',
];

/** Every prefix of every word: one search per keystroke. */
const keystrokes = () => WORDS.flatMap((w) => [...w].map((_, i) => [...w].slice(0, i + 1).join('')));

/** Collect the two side-panel metrics. */
export async function collect({ root }) {
  const code = await bundleForPage(root, readFileSync(path.join(root, 'bench/lib/sidepanel-bench-entry.ts'), 'utf8'));
  const build = snapshotBuild(root);
  const context = await launch(root, build.dir, { viewport: { width: 320, height: 800 } });
  try {
    const { page: seeder, id } = await benchPage(context, code);
    const seed = async (counts) => {
      const t0 = Date.now();
      await seeder.evaluate((c) => globalThis.__panelBench.seed(c), counts);
      log(
        `seeded ${counts.persons} persons, ${counts.deals} deals, ${counts.followUps} follow-ups in ${((Date.now() - t0) / 1000).toFixed(1)} s`,
      );
    };

    await seed(RENDER_COUNTS);
    const renders = await timeFirstRenders(context, id);
    log(
      `first render: pipeline median ${round2(median(renders.pipeline))} ms, today median ${round2(median(renders.today))} ms, ` +
        `slower-of-two median ${round2(median(renders.both))} p95 ${round2(p95(renders.both))} ms`,
    );

    const t0 = Date.now();
    await seeder.evaluate(
      ([from, to]) => globalThis.__panelBench.addPersons(from, to),
      [RENDER_COUNTS.persons, SEARCH_PERSONS],
    );
    log(`grew to ${SEARCH_PERSONS} persons in ${((Date.now() - t0) / 1000).toFixed(1)} s`);
    const typed = [...keystrokes(), ...keystrokes()].slice(0, 240);
    const { ms, hits } = await seeder.evaluate((q) => globalThis.__panelBench.timeSearch(q), typed);
    log(
      `search: ${ms.length} keystrokes, median ${round2(median(ms))} ms, p95 ${round2(p95(ms))} ms, max ${round2(Math.max(...ms))} ms; ` +
        `"olena" found ${hits[typed.indexOf('olena')]}, "สมชาย" found ${hits[typed.indexOf('สมชาย')]}`,
    );
    const slowest = ms
      .map((v, i) => [v, typed[i]])
      .sort((a, b) => b[0] - a[0])
      .slice(0, 6);
    log(`search: slowest keystrokes ${slowest.map(([v, q]) => `"${q}" ${round2(v)} ms`).join(', ')}`);
    return [
      { metric: 'sidepanel.first_render_ms', value: round2(median(renders.both)), unit: 'ms', target: 150 },
      { metric: 'search.p95_ms', value: round2(p95(ms)), unit: 'ms', target: 16 },
    ];
  } finally {
    await context.close();
    build.dispose();
  }
}

/**
 * Load sidepanel.html?view=pipeline and ?view=today in turn and read, from inside each page, when the
 * view's content appeared. A MutationObserver installed at document start (before any of our code)
 * notes the first frame after the content is in the DOM; performance.now() counts from navigation start.
 */
async function timeFirstRenders(context, id) {
  await context.addInitScript((ready) => {
    if (location.protocol !== 'chrome-extension:') return;
    const selector = ready[new URLSearchParams(location.search).get('view') ?? ''];
    if (!selector) return;
    const observer = new MutationObserver(() => {
      if (!document.querySelector(selector)) return;
      observer.disconnect();
      const inDom = performance.now();
      requestAnimationFrame(() => {
        globalThis.__sidecarPainted = { inDom, frame: performance.now() };
      });
    });
    observer.observe(document, { childList: true, subtree: true, attributes: true, attributeFilter: ['data-ready'] });
  }, READY);
  const out = { pipeline: [], today: [], both: [] };
  for (let i = 0; i < WARM_UPS + LOADS; i++) {
    const sample = {};
    for (const view of ['pipeline', 'today']) {
      // A fresh page each time, as opening the side panel is: navigating one page from panel to panel
      // put the previous one in the back/forward cache, and its pagehide (Dexie closing connections,
      // 35-50 ms) ran after the new navigation's start, inside the measured time.
      const page = await context.newPage();
      await page.goto(`chrome-extension://${id}/sidepanel.html?view=${view}`);
      const painted = await page.waitForFunction(() => globalThis.__sidecarPainted, null, { timeout: 20_000 });
      sample[view] = (await painted.jsonValue()).frame;
      await page.close();
    }
    if (i < WARM_UPS) continue;
    out.pipeline.push(sample.pipeline);
    out.today.push(sample.today);
    out.both.push(Math.max(sample.pipeline, sample.today));
  }
  return out;
}
