import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    testTimeout: 20_000,
    pool: 'forks',
    // `npx vitest` runs with npm's npx variables set: tests see the tool as started directly
    // (hints say `vssid-helper …`); the npx form is tested by passing these explicitly.
    env: { npm_command: '', npm_lifecycle_event: '' },
  },
});
