#!/usr/bin/env node
// `npm start`: Chromium with the freshly built extension (.output/chrome-mv3) on the demo tabs: a
// LinkedIn profile, a LinkedIn people search and a Gmail thread, at their real addresses.
import { ensureDisplay, launchDemo } from './launch.mjs';

await ensureDisplay();
const { closed } = await launchDemo({ extensionDir: '.output/chrome-mv3' });
await closed;
