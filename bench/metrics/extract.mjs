// extract.<site>.p95_ms: one extractor call on a saved page, in Chromium (not happy-dom: the DOM
// implementation is what the extractors spend their time in). Target 3 ms (the Site adapters issue).
import { bundleForPage } from '../lib/bundle.mjs';
import { launch, fixtureServer } from '../lib/browser.mjs';
import { fixturePages } from '../lib/fixtures.mjs';
import { p95, round2, log } from '../lib/stats.mjs';

const WARMUP = 30;
const RUNS = 200;
const ENTRY = `
import { extractLinkedin } from '@/lib/sites/linkedin/extract';
import { extractGmail } from '@/lib/sites/gmail/extract';
globalThis.__sidecarBench = { linkedin: extractLinkedin, gmail: extractGmail };
`;
// Cross-origin isolation makes performance.now() 5 µs fine instead of 100 µs coarse.
const ISOLATED = { 'Cross-Origin-Opener-Policy': 'same-origin', 'Cross-Origin-Embedder-Policy': 'require-corp' };

/** Time RUNS calls after WARMUP ones, each on its own, inside the page; durations in ms. */
function timeInPage({ site, warmup, runs }) {
  const extract = globalThis.__sidecarBench[site];
  const url = new URL(location.href);
  let contacts = 0;
  for (let i = 0; i < warmup; i++) contacts = extract(document, url).contacts.length;
  const times = [];
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    extract(document, url);
    times.push(performance.now() - t0);
  }
  return { times, contacts, isolated: globalThis.crossOriginIsolated };
}

export async function collect({ root }) {
  const bundle = await bundleForPage(root, ENTRY);
  const context = await launch(root, null);
  const rows = [];
  try {
    const server = await fixtureServer(context, ISOLATED);
    const page = await context.newPage();
    for (const site of ['linkedin', 'gmail']) {
      const all = [];
      for (const fixture of fixturePages(root, site)) {
        server.serve(fixture);
        // Gmail's pages differ only after the #hash: without a detour, goto would not reload.
        await page.goto('about:blank');
        await page.goto(fixture.url);
        await page.addScriptTag({ content: bundle });
        const r = await page.evaluate(timeInPage, { site, warmup: WARMUP, runs: RUNS });
        if (!r.isolated) log('extract: page not cross-origin isolated; performance.now() is 100 µs coarse');
        log(`extract ${fixture.file}: ${r.contacts} contacts, p95 ${p95(r.times).toFixed(3)} ms`);
        all.push(...r.times);
      }
      rows.push({ metric: `extract.${site}.p95_ms`, value: round2(p95(all)), unit: 'ms', target: 3 });
    }
  } finally {
    await context.close();
  }
  return rows;
}
