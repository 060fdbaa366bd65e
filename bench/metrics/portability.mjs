// CSV import and export through the built extension's options page, against 50,000 people in the
// extension's IndexedDB (seeded with bench/lib/db-bench-entry.ts, as the db metrics are):
//   export.csv_50k_ms                 "Export CSV" (people, Sidecar's columns) pressed until the download starts
//   export.csv_50k_longest_task_ms    the options page's longest task meanwhile (main-thread-lag.mjs)
//   import.csv_10k_ms                 a 10,000-row LinkedIn Connections.csv (half of them people already
//                                     stored, matched by their profile) from the "Import …" press to "Imported N"
//   import.csv_10k_ms.in_page         the same span timed inside the options page: from the press's
//                                     trusted click event to the mutation that shows "Imported N"
//                                     (Playwright looks for the text every 500 ms once a wait is long)
//   import.csv_10k_longest_task_ms    the options page's longest task meanwhile
//   import.csv_10k_idb_floor_ref      reference: the 10,000 newest people (the 5,000 the import created
//                                     and 5,000 stored before) written back unchanged with IndexedDB's bare
//                                     `put`, 1,000 per strict transaction: what storing as many people
//                                     costs on this machine in the same run, with no matching, no Dexie,
//                                     no activities; the import cannot go below it
// One run each (a run seeds the database); the figures vary with the machine's load.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { benchPage, launch, snapshotBuild } from '../lib/browser.mjs';
import { bundleForPage } from '../lib/bundle.mjs';
import { CONNECTIONS_CSV_HEAD } from '../lib/connections-csv.mjs';
import { mainThreadLag } from '../lib/main-thread-lag.mjs';
import { log, round2 } from '../lib/stats.mjs';

const PEOPLE = 50_000;
const ROWS = 10_000;

/** LinkedIn's Connections.csv: three note lines, its header, then rows (every other one a stored person). */
function connectionsCsv(rows) {
  const lines = [...CONNECTIONS_CSV_HEAD];
  for (let i = 0; i < rows; i++) {
    const slug = i % 2 === 0 ? `bench-person-${i}` : `bench-import-${i}`;
    lines.push(`Łukasz,Żółć ${i},https://www.linkedin.com/in/${slug},,Łąkowe Smaki,Kierownik ds. Zakupów,03 Mar 2026`);
  }
  return `${lines.join('\n')}\n`;
}

/**
 * In the options page: the time from the trusted click on "Import …" to the mutation that shows the
 * result (`globalThis.__importShown`, a promise of milliseconds), free of the polling of Playwright's waits.
 */
const WATCH_RESULT = () => {
  const RESULT = /Imported [\d,]+\./;
  globalThis.__importShown = new Promise((resolve) => {
    let clicked = null;
    document.addEventListener('click', (e) => (clicked ??= e.isTrusted ? e.timeStamp : null), { capture: true });
    const observer = new MutationObserver(() => {
      if (clicked === null || !RESULT.test(document.body.textContent ?? '')) return;
      observer.disconnect();
      resolve(performance.now() - clicked);
    });
    observer.observe(document.body, { subtree: true, childList: true, characterData: true });
  });
};

export async function collect({ root }) {
  const code = await bundleForPage(root, readFileSync(path.join(root, 'bench/lib/db-bench-entry.ts'), 'utf8'));
  const build = snapshotBuild(root);
  const context = await launch(root, build.dir, { acceptDownloads: true });
  try {
    const { page, id } = await benchPage(context, code);
    log(`seeding ${PEOPLE} people`);
    await page.evaluate((persons) => globalThis.__dbBench.seed({ persons, deals: 0, activities: 0 }), PEOPLE);
    const options = await context.newPage();
    await options.goto(`chrome-extension://${id}/options.html`);
    await options.getByRole('button', { name: 'Export CSV' }).waitFor();

    let lag = await mainThreadLag(options);
    let t0 = Date.now();
    const [download] = await Promise.all([
      options.waitForEvent('download', { timeout: 120_000 }),
      options.getByRole('button', { name: 'Export CSV' }).click(),
    ]);
    const exportMs = Date.now() - t0;
    const exportTask = await lag.stop();
    log(`export: ${exportMs} ms, ${download.suggestedFilename()}`);

    await options.getByLabel('Import CSV').setInputFiles({
      name: 'Connections.csv',
      mimeType: 'text/csv',
      buffer: Buffer.from(connectionsCsv(ROWS)),
    });
    const run = options.getByRole('button', { name: /^Import / });
    await run.waitFor();
    await options.evaluate(WATCH_RESULT);
    lag = await mainThreadLag(options);
    t0 = Date.now();
    await run.click();
    await options
      .getByText(/^Imported [\d,]+\./)
      .waitFor({ timeout: 120_000 })
      .catch(async (error) => {
        log(await options.locator('main').innerText());
        throw error;
      });
    const importMs = Date.now() - t0;
    const inPageMs = await options.evaluate(() => globalThis.__importShown);
    const importTask = await lag.stop();
    log(`import: ${importMs} ms, ${await options.getByText(/^Imported [\d,]+\./).textContent()}`);
    const floorMs = Math.round(await page.evaluate((n) => globalThis.__dbBench.timeRawRewrite(n), ROWS));
    log(`IndexedDB floor: ${floorMs} ms to write ${ROWS} people back`);
    return [
      { metric: 'export.csv_50k_ms', value: exportMs, unit: 'ms', target: 2000 },
      { metric: 'export.csv_50k_longest_task_ms', value: round2(exportTask), unit: 'ms', target: 50 },
      { metric: 'import.csv_10k_ms', value: importMs, unit: 'ms', target: 3000 },
      { metric: 'import.csv_10k_ms.in_page', value: round2(inPageMs), unit: 'ms', target: 3000 },
      { metric: 'import.csv_10k_longest_task_ms', value: round2(importTask), unit: 'ms', target: 50 },
      { metric: 'import.csv_10k_idb_floor_ref', value: floorMs, unit: 'ms', target: 3000 },
    ];
  } finally {
    await context.close();
    build.dispose();
  }
}
