#!/usr/bin/env node
// `npm run icons`: the extension's PNG icons (public/icon/<size>.png), rendered from the one mark
// (docs/brand/mark.svg) by Chromium through Playwright, and a preview of them on light and dark
// toolbars (docs/brand/mark-preview.png). The toolbar sizes fill their square; the 128 px one is
// the 96 px artwork centred on a transparent 128 px square, as the Chrome Web Store asks.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { chromium } from '@playwright/test';
import { findChromium, missingChromiumMessage } from './chromium.mjs';

const MARK = readFileSync(path.resolve('docs/brand/mark.svg'), 'utf8');
const ICONS = [
  { size: 16, art: 16 },
  { size: 32, art: 32 },
  { size: 48, art: 48 },
  { size: 128, art: 96 },
];

const executablePath = findChromium();
if (!executablePath) {
  console.error(missingChromiumMessage());
  process.exit(1);
}
const browser = await chromium.launch({ executablePath });
const page = await browser.newPage({ deviceScaleFactor: 1 });
const markAt = (px) => MARK.replace('<svg ', `<svg width="${px}" height="${px}" `);

for (const { size, art } of ICONS) {
  await page.setViewportSize({ width: size, height: size });
  const pad = (size - art) / 2;
  await page.setContent(
    `<html><body style="margin:0;background:transparent"><div style="padding:${pad}px;line-height:0">${markAt(art)}</div></body></html>`,
  );
  const file = path.resolve(`public/icon/${size}.png`);
  await page.screenshot({ path: file, omitBackground: true });
  console.log(`${path.relative(process.cwd(), file)} (${art} px artwork)`);
}

// Each size at 1:1 on a light and a dark toolbar colour, then the 16 px one enlarged to show its pixels.
const row = (bg, fg) =>
  `<div style="display:flex;align-items:center;gap:16px;padding:12px 16px;background:${bg};color:${fg}">` +
  ICONS.map(
    ({ size }) => `<img src="data:image/png;base64,${readFileSync(`public/icon/${size}.png`, 'base64')}">`,
  ).join('') +
  `<img src="data:image/png;base64,${readFileSync('public/icon/16.png', 'base64')}" style="width:64px;image-rendering:pixelated">` +
  '</div>';
await page.setViewportSize({ width: 400, height: 330 });
await page.setContent(
  `<html><body style="margin:0">${row('#ffffff', '#000')}${row('#dee1e6', '#000')}${row('#35363a', '#fff')}${row('#202124', '#fff')}</body></html>`,
);
await page.screenshot({ path: path.resolve('docs/brand/mark-preview.png'), fullPage: true });
console.log('docs/brand/mark-preview.png');
await browser.close();
