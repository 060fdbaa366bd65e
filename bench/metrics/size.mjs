// size.content.<site>.gzip_kb: what a content script loads before its first overlay, gzip -9.
import { readFileSync, existsSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import path from 'node:path';

/** Gzipped size of each content script in the Chrome build, in kB (1000 bytes). */
export async function collect({ root }) {
  return ['linkedin', 'gmail'].map((site) => {
    const file = path.join(root, '.output/chrome-mv3/content-scripts', `${site}.js`);
    if (!existsSync(file)) throw new Error(`${file} missing: run npm run build`);
    const kb = gzipSync(readFileSync(file), { level: 9 }).length / 1000;
    return { metric: `size.content.${site}.gzip_kb`, value: Math.round(kb * 100) / 100, unit: 'kB', target: 20 };
  });
}
