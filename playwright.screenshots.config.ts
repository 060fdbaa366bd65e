import { defineConfig } from '@playwright/test';
import type { Options } from './tests/e2e/fixtures';

// `npm run screenshots`: the README's pictures in docs/screenshots, on a fixed clock (tests/e2e/
// screenshots/clock.ts) and in one time zone, so that retaking them on an unchanged build changes
// no pixel. The browser inherits the zone from this process (the worker's dates, like the pages').
process.env.TZ = 'UTC';

export default defineConfig<Options>({
  testDir: 'tests/e2e/screenshots',
  testMatch: '**/*.spec.ts',
  workers: 1,
  fullyParallel: false,
  timeout: 90_000,
  retries: 0,
  reporter: [['list']],
  use: {
    timezoneId: 'UTC',
    // No transitions: a picture never catches one half-way.
    reducedMotion: 'reduce',
    // Chromium re-rasters only the changed part of a tile by default, and a rounded corner then came
    // out one shade apart from run to run (about one run in two, a few pixels per picture).
    launchArgs: ['--disable-partial-raster'],
  },
});
