import { defineConfig } from '@playwright/test';

// `npm test`'s end-to-end and stress tests: one browser per test (a persistent context with the built
// extension); the machine has 2 cores. The stress suite (tests/stress: worker kills and load, about 1.5
// minutes) runs here too; `npm run test:stress` runs it alone (playwright.stress.config.ts). The README's
// screenshots are taken by their own command, `npm run screenshots` (playwright.screenshots.config.ts),
// so a test run never rewrites them.
export default defineConfig({
  testDir: 'tests',
  testMatch: ['e2e/**/*.spec.ts', 'stress/**/*.spec.ts'],
  testIgnore: 'e2e/screenshots/**',
  workers: 1,
  fullyParallel: false,
  timeout: 45_000,
  retries: 0,
  reporter: [['list']],
});
