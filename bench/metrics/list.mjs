// The list view (issue 19), in Chromium with the built extension, on real IndexedDB:
//   list.render_10k_ms   build, sort and draw the windowed grid for 10,000 people (5,000 deals, 1,500
//                        follow-ups) until painted, data already read; median of 15 after 3 warm-ups
//   list.load_10k_ms     reference: the four reads behind it (people, deals, open follow-ups, activities)
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { benchPage, launch, snapshotBuild } from '../lib/browser.mjs';
import { bundleForPage } from '../lib/bundle.mjs';
import { log, median, round2 } from '../lib/stats.mjs';

const COUNTS = { persons: 10_000, deals: 5_000, followUps: 1_500 };
const WARM_UPS = 3;
const RUNS = 15;

/** Collect the list view's figures. */
export async function collect({ root }) {
  const entry = (file) => readFileSync(path.join(root, 'bench/lib', file), 'utf8');
  const seedCode = await bundleForPage(root, entry('sidepanel-bench-entry.ts'));
  const listCode = await bundleForPage(root, entry('list-bench-entry.ts'));
  const css = readFileSync(path.join(root, 'components/list/list.css'), 'utf8');
  const build = snapshotBuild(root);
  const context = await launch(root, build.dir, { viewport: { width: 360, height: 800 } });
  try {
    const { page } = await benchPage(context, seedCode);
    await page.evaluate((c) => globalThis.__panelBench.seed(c), COUNTS);
    await page.evaluate(listCode);
    const got = await page.evaluate(([c, n]) => globalThis.__listBench.timeListRender(c, n), [css, WARM_UPS + RUNS]);
    const renders = got.render.slice(WARM_UPS);
    log(
      `list: ${got.rows} rows; load ${round2(got.load)} ms; render median ${round2(median(renders))} ms, ` +
        `max ${round2(Math.max(...renders))} ms`,
    );
    return [
      { metric: 'list.render_10k_ms', value: round2(median(renders)), unit: 'ms', target: 150 },
      { metric: 'list.load_10k_ms.ref', value: round2(got.load), unit: 'ms', target: 150 },
    ];
  } finally {
    await context.close();
    build.dispose();
  }
}
