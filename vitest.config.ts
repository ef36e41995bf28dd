import react from '@vitejs/plugin-react';
import { configDefaults, defineConfig } from 'vitest/config';

export default defineConfig({
  plugins: [react()],
  test: {
    projects: [
      {
        extends: true,
        test: {
          name: 'core',
          include: ['core/**/*.test.ts'],
          environment: 'node',
          setupFiles: ['server/test/realDateShift.ts'],
          // pure functions: the files share their worker's modules (12 files: 7.7 s of CPU
          // isolated, 4.8 s shared; all 70 shared: 10.5 s)
          isolate: false,
        },
      },
      {
        extends: true,
        test: {
          name: 'server',
          include: ['server/**/*.test.ts'],
          environment: 'node',
          globalSetup: ['server/test/globalSetup.ts'],
          setupFiles: ['server/test/realDateShift.ts', 'server/test/fileStart.ts'],
          // The files of a worker share its loaded modules: loading the server's module graph
          // again for each file cost 4–5 s of CPU per file (6 ledger route files: 59.5 s of CPU
          // isolated, 32.0 s shared). Each file still has its own database and server; what a
          // module keeps is per database (WeakMap) or restarted per file (fileStart.ts).
          isolate: false,
          testTimeout: 30_000,
          hookTimeout: 60_000,
        },
      },
      {
        extends: true,
        test: {
          name: 'app',
          include: ['app/**/*.test.tsx', 'app/**/*.test.ts'],
          // build checks run on their own: vitest.build.config.ts
          exclude: [...configDefaults.exclude, 'app/**/*.build.test.ts'],
          environment: 'jsdom',
          setupFiles: ['server/test/realDateShift.ts', 'app/test/setup.ts'],
          // the files share one jsdom and their worker's modules: a new jsdom and antd for every
          // file cost ~1.6 s of CPU each (8 files: 17.2 s isolated, 4.3 s shared; all 40 shared:
          // 12.7 s); the setup file still runs per file and unmounts after every test
          isolate: false,
          // rendering a few hundred antd rows in jsdom took 8.3 s on a loaded machine (CI shares
          // two cores with the database suite): past vitest's 5 s default, never a wrong answer
          testTimeout: 30_000,
        },
      },
    ],
  },
});
