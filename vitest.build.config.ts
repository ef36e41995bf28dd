import { defineConfig } from 'vitest/config';

// Build checks: the project's own Vite plugins, each run in a real (tiny) Vite build.
// Kept out of the unit suite (vitest.config.ts), which tests code without building;
// `npm test` runs them after it as `npm run test:build`.
export default defineConfig({
  test: { include: ['app/vite/**/*.build.test.ts'], environment: 'node', testTimeout: 60_000 },
});
