import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    restoreMocks: true,
    // End-to-end tests print real PDFs; give them room on a 2-core machine.
    testTimeout: 30_000,
    hookTimeout: 240_000,
  },
});
