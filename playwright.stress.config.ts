import { defineConfig } from '@playwright/test';

// The stress suite alone (issue 18): the built extension in Chromium under worker kills and load, each
// run on a random schedule whose seed it prints. `npm test` runs it too (playwright.config.ts).
export default defineConfig({
  testDir: 'tests/stress',
  testMatch: '**/*.spec.ts',
  workers: 1,
  fullyParallel: false,
  timeout: 240_000,
  retries: 0,
  reporter: [['list']],
});
