#!/usr/bin/env node
// `npm run dev`: WXT's dev server (rebuilds on save, reloads the extension and the pages) with the
// demo browser of `npm start` on its development build, .output/chrome-mv3-dev. WXT's own browser
// runner is off (wxt.config.ts): it needs web-ext, which is not installed, and could not serve the
// demo pages at their real addresses. Arguments go to `wxt` (e.g. `npm run dev -- --port 3100`).
import { spawn } from 'node:child_process';
import { statSync } from 'node:fs';
import path from 'node:path';
import { ensureDisplay, launchDemo } from './launch.mjs';

const OUT = '.output/chrome-mv3-dev';
const MANIFEST = path.join(OUT, 'manifest.json');

await ensureDisplay();

const started = Date.now();
const wxt = spawn(process.execPath, [path.resolve('node_modules/wxt/bin/wxt.mjs'), ...process.argv.slice(2)], {
  stdio: 'inherit',
});
const wxtExited = new Promise((resolve) => wxt.on('exit', (code, signal) => resolve(code ?? (signal ? 1 : 0))));
// However this process ends, the dev server does not outlive it.
process.on('exit', () => {
  if (wxt.exitCode === null) wxt.kill('SIGINT');
});

/** The first build of this run is done when its manifest is written. */
async function firstBuild() {
  for (;;) {
    const mtime = (() => {
      try {
        return statSync(MANIFEST).mtimeMs;
      } catch {
        return 0;
      }
    })();
    if (mtime >= started) return true;
    const exited = await Promise.race([wxtExited, new Promise((resolve) => setTimeout(() => resolve(null), 250))]);
    if (exited !== null) return false;
  }
}

if (!(await firstBuild())) process.exit(await wxtExited);
const { closed, stop } = await launchDemo({ extensionDir: OUT });
console.log('Edit a file: WXT rebuilds and reloads it. Close the window or press Ctrl+C to stop.');
const code = await Promise.race([closed.then(() => 0), wxtExited.then(async (c) => (await stop(), c))]);
if (wxt.exitCode === null) wxt.kill('SIGINT');
await wxtExited;
process.exit(code);
