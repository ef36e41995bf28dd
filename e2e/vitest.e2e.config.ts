import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

// Kept apart from vitest.config.ts: these specs need a running server and a browser,
// which scripts/e2e.mjs provides (it passes E2E_BASE_URL and CHROMIUM_PATH).
export default defineConfig({
  root: fileURLToPath(new URL('..', import.meta.url)),
  test: {
    name: 'e2e',
    include: ['e2e/**/*.e2e.ts'],
    environment: 'node',
    testTimeout: 60_000,
    hookTimeout: 60_000,
    // the specs share one server and its data; running files in parallel would make them race
    fileParallelism: false,
  },
});
