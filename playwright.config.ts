import { defineConfig } from '@playwright/test';

// One browser per test (a persistent context with the built extension); the machine has 2 cores.
export default defineConfig({
  testDir: 'tests/e2e',
  testMatch: '**/*.spec.ts',
  workers: 1,
  fullyParallel: false,
  timeout: 45_000,
  retries: 0,
  reporter: [['list']],
});
