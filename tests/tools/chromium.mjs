// Which Chromium the project drives (npm start, npm run dev, the end-to-end tests, the screenshots)
// and what to tell someone who has none. Plain JavaScript: the launchers run on Node without a build.
import { existsSync } from 'node:fs';

/** The command that installs Debian's Chromium, as root or through sudo. */
export const INSTALL_CHROMIUM = '$(command -v sudo) apt-get install -y chromium';

/** The command that installs a virtual display for machines without a desktop. */
export const INSTALL_XVFB = '$(command -v sudo) apt-get install -y xvfb xauth';

const CANDIDATES = [
  // Debian's binary itself. /usr/bin/chromium is a shell wrapper that adds flags of its own (an
  // empty --load-extension, --enable-remote-extensions) and, where findmnt lists /dev/shm twice,
  // prints "[: …: unexpected operator" on every start. Playwright passes --disable-dev-shm-usage,
  // the one wrapper flag that matters, itself.
  '/usr/lib/chromium/chromium',
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
];

/** The Chromium to launch: $CHROMIUM_PATH if set, else Debian's; null when there is none. */
export function findChromium(env = process.env) {
  if (env.CHROMIUM_PATH) return existsSync(env.CHROMIUM_PATH) ? env.CHROMIUM_PATH : null;
  return CANDIDATES.find((p) => existsSync(p)) ?? null;
}

/** What to print when findChromium() found nothing. */
export function missingChromiumMessage(env = process.env) {
  const wanted = env.CHROMIUM_PATH ? `CHROMIUM_PATH=${env.CHROMIUM_PATH} does not exist.` : 'No Chromium found.';
  return (
    `${wanted} Sidecar's demo and tests run in Debian's Chromium. Install it with\n\n` +
    `  ${INSTALL_CHROMIUM}\n\n` +
    '(or set CHROMIUM_PATH to a Chromium that accepts --load-extension; branded Google Chrome does not).'
  );
}

/** Whether this process runs as root, where Chromium's sandbox cannot start. */
export const isRoot = () => process.getuid?.() === 0;

/**
 * Launch options for a window a person looks at: with Chromium's sandbox unless running as root,
 * where it only starts without. Then --test-type keeps it from showing the "unsupported command-line
 * flag: --no-sandbox" bar.
 */
export function headedLaunchOptions({ sandbox = !isRoot() } = {}) {
  return sandbox ? { chromiumSandbox: true, args: [] } : { chromiumSandbox: false, args: ['--test-type'] };
}
