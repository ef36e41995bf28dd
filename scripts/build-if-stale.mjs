// Runs before `npm start`: bundles the server, and builds the web UI when dist/app is
// missing or older than its sources, so a fresh clone needs only `npm install && npm start`.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';

const root = path.resolve(import.meta.dirname, '..');
const index = path.join(root, 'dist/app/index.html');
const sources = ['app', 'core', 'vite.config.ts', 'package-lock.json'].map((p) => path.join(root, p));

function newest(p) {
  if (!fs.existsSync(p)) return 0;
  const st = fs.statSync(p);
  if (!st.isDirectory()) return st.mtimeMs;
  let t = 0;
  for (const e of fs.readdirSync(p)) {
    if (e === 'node_modules' || /\.test\.tsx?$/.test(e)) continue;
    t = Math.max(t, newest(path.join(p, e)));
  }
  return t;
}

await import('./build-server.mjs');

const built = fs.existsSync(index) ? fs.statSync(index).mtimeMs : 0;
if (built && Math.max(...sources.map(newest)) <= built) process.exit(0);
console.log('构建网页界面… / building the web UI…');
const r = spawnSync(
  process.execPath,
  [path.join(root, 'node_modules/vite/bin/vite.js'), 'build', '--logLevel', 'warn'],
  {
    cwd: root,
    stdio: 'inherit',
  },
);
process.exit(r.status ?? 1);
