import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { expect, test } from '@playwright/test';

const BUILD = path.resolve('.output/chrome-mv3');

/** What only test code would bring into a bundle: hooks on globals, the fake database, the test runner. */
const TEST_ONLY = [
  /__sidecar/, // a test hook on the worker's global scope (the recipe's example)
  /_execRequestAsync/, // fake-indexeddb's internals, where the unit tests inject a full disk
  /fake-?indexeddb/i,
  /\bvitest\b/,
  /failRequest/,
  /@webext-core\/fake-browser|fakeBrowser/,
];

function filesUnder(dir: string): string[] {
  return readdirSync(dir).flatMap((f) => {
    const p = path.join(dir, f);
    return statSync(p).isDirectory() ? filesUnder(p) : [p];
  });
}

test('the built extension ships no test hook (issue 18: failures are injected in unit tests only)', () => {
  const files = filesUnder(BUILD).filter((f) => /\.(js|html|json)$/.test(f));
  expect(files.length).toBeGreaterThan(5);
  for (const file of files) {
    const text = readFileSync(file, 'utf8');
    for (const pattern of TEST_ONLY)
      expect(pattern.test(text), `${path.relative(BUILD, file)} has ${pattern}`).toBe(false);
  }
});
