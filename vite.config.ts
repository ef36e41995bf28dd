import { createRequire } from 'node:module';
import path from 'node:path';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';
import { antdCss } from './app/vite/antdCss.js';
import { bootEntry } from './app/vite/bootEntry.js';
import { firstLoadChunks, firstLoadManifest } from './app/vite/chunks.js';
import { precompress } from './app/vite/precompress.js';

// The web UI lives in app/; the server serves dist/app in production and
// proxies nothing in dev: `npm run dev` runs Vite with /api forwarded to the server.
export default defineConfig({
  root: 'app',
  plugins: [
    react(),
    bootEntry('src/boot.ts'),
    antdCss({
      srcDir: 'app/src',
      antdDir: path.dirname(createRequire(import.meta.url).resolve('antd/package.json')),
    }),
    firstLoadManifest(),
    precompress(),
  ],
  build: {
    outDir: '../dist/app',
    emptyOutDir: true,
    chunkSizeWarningLimit: 1500,
    rolldownOptions: {
      output: {
        codeSplitting: firstLoadChunks('app', {
          main: 'src/main.tsx',
          boot: 'src/boot.ts',
          workbench: 'src/pages/dashboard/DashboardPage.tsx',
        }),
      },
    },
  },
  server: { proxy: { '/api': `http://127.0.0.1:${process.env.PORT ?? 3000}` } },
});
