import { defineConfig } from '@playwright/test';

// `npm test`'s end-to-end tests: one browser per test (a persistent context with the built
// extension); the machine has 2 cores. The README's screenshots are taken by their own command,
// `npm run screenshots` (playwright.screenshots.config.ts), so a test run never rewrites them.
export default defineConfig({
  testDir: 'tests/e2e',
  testMatch: '**/*.spec.ts',
  testIgnore: 'screenshots/**',
  workers: 1,
  fullyParallel: false,
  timeout: 45_000,
  retries: 0,
  reporter: [['list']],
});
