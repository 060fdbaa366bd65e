#!/usr/bin/env node
// `node bench/held.mjs run1.json … runN.json`: whether each target held in every one of N full runs of
// `npm run bench` (copies of .output/bench.json, in the order they ran). A target is met only when it
// holds in five consecutive runs on one machine (bench/README.md), never in the best one. Prints a
// markdown table, each run's figure with ✗ where it missed, and a summary line.
import { readFileSync } from 'node:fs';
import { isReference, withinTarget } from './lib/rows.mjs';

const files = process.argv.slice(2);
if (files.length === 0) {
  console.error('usage: node bench/held.mjs run1.json [run2.json …]');
  process.exit(2);
}
const runs = files.map((f) => new Map(JSON.parse(readFileSync(f, 'utf8')).map((r) => [r.metric, r])));
// Every metric any run wrote, in the order the runs wrote them.
const metrics = [...new Set(runs.flatMap((run) => [...run.keys()]))];

const number = (n) => (Math.abs(n) >= 1000 ? Math.round(n).toLocaleString('en-US') : String(Math.round(n * 100) / 100));

let measured = 0;
let held = 0;
const lines = [
  `| row | target | ${files.map((_, i) => `run ${i + 1}`).join(' | ')} | held |`,
  `|---|---:|${files.map(() => '---:|').join('')}---|`,
];
for (const metric of metrics) {
  const rows = runs.map((run) => run.get(metric));
  // Most targets are fixed; a few follow the run (live_search's is 5 % of the page's own time in it).
  const targets = [...new Set(rows.flatMap((r) => (r ? [r.target] : [])))];
  const target =
    targets.length === 1 ? number(targets[0]) : `${number(Math.min(...targets))}–${number(Math.max(...targets))}`;
  const reference = isReference(metric);
  const cells = rows.map((r) => (r ? `${number(r.value)}${!reference && !withinTarget(r) ? ' ✗' : ''}` : '—'));
  const within = rows.filter((r) => r && withinTarget(r)).length;
  if (!reference) {
    measured += 1;
    if (within === rows.length) held += 1;
  }
  const verdict = reference ? 'ref' : within === rows.length ? `all ${rows.length}` : `${within} of ${rows.length}`;
  lines.push(`| \`${metric}\` | ${target} | ${cells.join(' | ')} | ${verdict} |`);
}
console.log(lines.join('\n'));
console.log(`\n${held} of ${measured} targets held in all ${runs.length} runs (reference rows not counted).`);
