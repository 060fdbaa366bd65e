#!/usr/bin/env node
// `npm run bench`: measures Sidecar's hot paths and sizes, prints a table and writes
// .output/bench.json as [{metric, value, unit, target}]. Each file in bench/metrics/ exports
// `collect(ctx)` returning rows; run a subset with `npm run bench -- size extract`.
// Timings come from repeated runs (p95 or median as each metric says); targets are the issues'.
import { existsSync, readdirSync, readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { verdict } from './lib/rows.mjs';

const only = process.argv.slice(2);
const dir = path.resolve('bench/metrics');
const files = readdirSync(dir)
  .filter((f) => f.endsWith('.mjs'))
  .sort()
  .filter((f) => only.length === 0 || only.some((o) => f.includes(o)));

const rows = [];
for (const file of files) {
  const started = Date.now();
  try {
    const mod = await import(pathToFileURL(path.join(dir, file)).href);
    const got = await mod.collect({ root: process.cwd() });
    rows.push(...got);
    console.error(`bench: ${file} done in ${((Date.now() - started) / 1000).toFixed(1)} s`);
  } catch (error) {
    console.error(`bench: ${file} failed:`, error);
    process.exitCode = 1;
  }
}

const fmt = (n) => (Number.isInteger(n) ? String(n) : n.toFixed(2));
const width = Math.max(...rows.map((r) => r.metric.length), 6);
console.log(`${'metric'.padEnd(width)}  ${'value'.padStart(9)}  unit   target  ok`);
for (const r of rows) {
  const ok = verdict(r);
  console.log(
    `${r.metric.padEnd(width)}  ${fmt(r.value).padStart(9)}  ${r.unit.padEnd(5)}  ${String(r.target).padStart(6)}  ${ok}`,
  );
}
mkdirSync('.output', { recursive: true });
// A subset run (`npm run bench -- db`) updates its own rows and keeps the others' last figures.
const previous =
  only.length && existsSync('.output/bench.json') ? JSON.parse(readFileSync('.output/bench.json', 'utf8')) : [];
const merged = [...previous.filter((p) => !rows.some((r) => r.metric === p.metric)), ...rows];
writeFileSync('.output/bench.json', `${JSON.stringify(merged, null, 2)}\n`);
console.log(`wrote .output/bench.json (${rows.length} measured, ${merged.length} in all)`);
