#!/usr/bin/env node
// Issue 20's large file, by hand (not part of `npm run bench`: it takes about 17 minutes here):
// `node bench/import-50mb.mjs [MB]` builds nothing; it loads .output/chrome-mv3 into Chromium, writes a
// LinkedIn Connections.csv of MB megabytes (50 by default; every row a new person with an address),
// imports it through the options page as a user would, prints the progress bar's text every 15 s, the
// outcome, and the options page's longest task meanwhile: the bench's probe (lib/main-thread-lag.mjs),
// both its figure and its two parts (the longest gap between 0 ms timers; the longest Long Tasks entry).
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { launch, snapshotBuild } from './lib/browser.mjs';
import { CONNECTIONS_CSV_HEAD } from './lib/connections-csv.mjs';
import { mainThreadLag } from './lib/main-thread-lag.mjs';

const MB = Number(process.argv[2] ?? 50);
const lines = [...CONNECTIONS_CSV_HEAD];
let size = 0;
let rows = 0;
while (size < MB * 1024 * 1024) {
  const line = `Łukasz,Żółć ${rows},https://www.linkedin.com/in/big-import-${rows},lukasz.zolc${rows}@example.com,"Łąkowe Smaki, sp. z o.o.",Kierownik ds. Zakupów i Logistyki w regionie ${rows % 97},03 Mar 2026`;
  lines.push(line);
  size += Buffer.byteLength(line) + 1;
  rows += 1;
}
const dir = mkdtempSync(path.join(tmpdir(), 'sidecar-import-'));
const file = path.join(dir, 'Connections.csv');
writeFileSync(file, `${lines.join('\n')}\n`);
console.log(`${rows} rows, ${(size / 1024 / 1024).toFixed(1)} MB`);

const build = snapshotBuild(process.cwd());
const context = await launch(process.cwd(), build.dir);
try {
  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
  const options = await context.newPage();
  await options.goto(`chrome-extension://${new URL(worker.url()).host}/options.html`);
  await options.getByLabel('Import CSV').setInputFiles(file);
  const run = options.getByRole('button', { name: /^Import / });
  await run.waitFor();
  const lag = await mainThreadLag(options);
  const t0 = Date.now();
  await run.click();
  const progress = setInterval(() => {
    void options
      .locator('main')
      .innerText()
      .then((text) => {
        const line = text.split('\n').find((l) => /\d of [\d,]+ rows/.test(l));
        if (line) console.log(`${Math.round((Date.now() - t0) / 1000)} s: ${line}`);
      })
      .catch(() => undefined);
  }, 15_000);
  const done = options.getByText(/^Imported [\d,]+\./);
  await done.waitFor({ timeout: 3_600_000 });
  clearInterval(progress);
  console.log(`${Date.now() - t0} ms: ${await done.textContent()}`);
  const parts = await options.evaluate(() => ({ gap: globalThis.__lag.max, longTask: globalThis.__lag.longTasks }));
  console.log(
    `longest task ${(await lag.stop()).toFixed(1)} ms (timer gap ${parts.gap.toFixed(1)}, Long Tasks ${parts.longTask.toFixed(1)})`,
  );
} finally {
  await context.close();
  build.dispose();
  rmSync(dir, { recursive: true, force: true });
}
