// size.content.<part>.gzip_kb: each content script Sidecar can load into a page, gzip -9. LinkedIn has four
// parts (issue 21): the 4 kB watcher on pages with nobody to show (linkedin-boot), the profile and search
// scripts (linkedin-profile, linkedin-search: one page kind's extractor each) and the site script
// (linkedin), which the manifest loads on the other people pages and the worker injects after an in-app
// navigation.
// page-report is injected by the side panel for "Report this page" only.
import { readFileSync, existsSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import path from 'node:path';

const PARTS = ['linkedin', 'linkedin-profile', 'linkedin-search', 'linkedin-boot', 'gmail', 'page-report'];

/** Gzipped size of each content script in the Chrome build, in kB (1000 bytes). */
export async function collect({ root }) {
  return PARTS.map((part) => {
    const file = path.join(root, '.output/chrome-mv3/content-scripts', `${part}.js`);
    if (!existsSync(file)) throw new Error(`${file} missing: run npm run build`);
    const kb = gzipSync(readFileSync(file), { level: 9 }).length / 1000;
    return { metric: `size.content.${part}.gzip_kb`, value: Math.round(kb * 100) / 100, unit: 'kB', target: 20 };
  });
}
