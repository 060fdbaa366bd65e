#!/usr/bin/env node
// Run first by `npm test`, `npm start`, `npm run dev` and `npm run screenshots`: check in a second
// what the commands need from the machine, and print the exact command that installs what is missing.
//
//   node tests/tools/preflight.mjs             Chromium (every command)
//   node tests/tools/preflight.mjs --display   … and a screen, or xvfb-run to make one (start, dev)
//   node tests/tools/preflight.mjs --fonts     … and the fonts the screenshots are drawn with
import { spawnSync } from 'node:child_process';
import { findChromium, INSTALL_XVFB, missingChromiumMessage } from './chromium.mjs';

const want = new Set(process.argv.slice(2));
const has = (cmd) => spawnSync('sh', ['-c', cmd], { stdio: 'ignore' }).status === 0;
const problems = [];

if (!findChromium()) problems.push(missingChromiumMessage());

if (want.has('--display') && !process.env.DISPLAY && !process.env.WAYLAND_DISPLAY && !has('command -v xvfb-run')) {
  problems.push(
    'No display, and no xvfb-run to make a virtual one. Install it (then run the same command again;\n' +
      `it starts xvfb-run by itself):\n\n  ${INSTALL_XVFB}`,
  );
}

// Screenshots show Latin, Cyrillic and Thai text; retaken with other fonts, every picture would change.
if (want.has('--fonts') && !(has('fc-list -q "Noto Sans"') && has('fc-list -q :lang=th'))) {
  problems.push(
    'The screenshots are drawn with Noto Sans (Latin and Cyrillic) and a Thai font. Install them with\n\n' +
      '  $(command -v sudo) apt-get install -y fonts-noto-core fonts-thai-tlwg',
  );
}

if (problems.length) {
  console.error(problems.join('\n\n'));
  process.exit(1);
}
