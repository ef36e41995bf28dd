// Bundles the server's TypeScript into dist/server/cli.mjs (packages stay external).
// Running the bundle instead of tsx saves ~70 MB of resident memory and ~0.3 s of start-up.
import path from 'node:path';
import { build } from 'esbuild';

const root = path.resolve(import.meta.dirname, '..');
await build({
  entryPoints: [path.join(root, 'server/cli.ts')],
  outfile: path.join(root, 'dist/server/cli.mjs'),
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  packages: 'external',
  sourcemap: 'linked',
  logLevel: 'warning',
});
