import { defineConfig } from 'vitest/config';

// Checks over the built site (dist/): run after `npm run build`.
export default defineConfig({
  test: {
    include: ['tests/site/**/*.test.ts'],
    testTimeout: 300_000,
  },
});
