import { defineConfig } from '@playwright/test';

// One browser per test (a persistent context with the built extension); the machine has 2 cores.
// The stress suite (tests/stress: worker kills and load, about 1.5 minutes) runs with the end-to-end
// tests in `npm test`; `npm run test:stress` runs it alone (playwright.stress.config.ts).
export default defineConfig({
  testDir: 'tests',
  testMatch: ['e2e/**/*.spec.ts', 'stress/**/*.spec.ts'],
  workers: 1,
  fullyParallel: false,
  timeout: 45_000,
  retries: 0,
  reporter: [['list']],
});
