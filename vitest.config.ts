import { defineConfig } from 'vitest/config';
import { WxtVitest } from 'wxt/testing/vitest-plugin';

export default defineConfig({
  plugins: [WxtVitest()],
  test: {
    include: ['tests/unit/**/*.test.{ts,tsx}'],
    setupFiles: ['fake-indexeddb/auto', 'tests/unit/setup.ts'],
    testTimeout: 20_000,
    // Component tests opt into happy-dom with a `// @vitest-environment happy-dom` docblock.
    environment: 'node',
  },
});
