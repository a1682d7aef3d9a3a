import { defineConfig } from 'vitest/config';

/**
 * `npm run test:package`, a step of its own in `npm test`: it packs the
 * package (running its build) and compiles a consumer project, minutes of
 * work on a busy 2-core machine, so its limits are generous and stated here,
 * not vitest's 5 s.
 */
export default defineConfig({
  test: {
    include: ['tests/package/**/*.test.ts'],
    environment: 'node',
    testTimeout: 180_000,
    hookTimeout: 600_000,
  },
});
