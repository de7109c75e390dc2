import { defineConfig } from 'vitest/config';

// Unit tests cover the pure modules in src/lib and scripts; browser tests live in tests/e2e (Playwright).
export default defineConfig({
  test: {
    include: ['tests/unit/**/*.test.ts'],
    testTimeout: 120_000,
  },
});
