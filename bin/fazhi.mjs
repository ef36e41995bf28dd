#!/usr/bin/env node
// Entry point for `npx fazhi` and `npm start`. Runs the bundle in dist/server when it is
// newer than every source file (npm start builds it), else the TypeScript sources via tsx,
// so a stale build can never run.
import fs from 'node:fs';
import path from 'node:path';

const root = path.resolve(import.meta.dirname, '..');
// `analyze` has an entry point of its own: reading a report needs none of the server's
// packages, whose loading took most of the command's start-up.
const analyzeOnly = process.argv[2] === 'analyze';
const bundle = path.join(root, analyzeOnly ? 'dist/server/analyze.mjs' : 'dist/server/cli.mjs');

function newest(p) {
  const st = fs.statSync(p);
  if (!st.isDirectory()) return st.mtimeMs;
  let t = st.mtimeMs;
  for (const e of fs.readdirSync(p)) t = Math.max(t, newest(path.join(p, e)));
  return t;
}

function bundleIsFresh() {
  if (process.env.FAZHI_FROM_SOURCE === 'true' || !fs.existsSync(bundle)) return false;
  const built = fs.statSync(bundle).mtimeMs;
  return ['server', 'core'].every((d) => newest(path.join(root, d)) <= built);
}

let cli;
if (bundleIsFresh()) {
  cli = await import(bundle);
} else {
  const { register } = await import('tsx/esm/api');
  register();
  cli = await import(analyzeOnly ? '../server/analyzeCli.ts' : '../server/cli.ts');
}
process.exitCode = await cli.main(process.argv.slice(2));
