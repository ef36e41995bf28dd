#!/usr/bin/env node
// Entry point for `npx fazhi` and `npm start`. Runs the bundle in dist/server when it is
// newer than every source file it was built from (npm start builds it), else the TypeScript
// sources via tsx, so a stale build can never run.
import fs from 'node:fs';
import path from 'node:path';

// FAZHI_BOOT_TRACE=true: start-up phases for bench/restart-breakdown.mjs (server/bootTrace.ts prints them)
const trace = process.env.FAZHI_BOOT_TRACE === 'true' ? [] : null;
if (trace) globalThis.__fazhiBootMarks = trace;
const mark = (phase) => {
  if (!trace) return;
  const cpu = process.cpuUsage();
  trace.push({ phase, ms: performance.now(), cpuMs: (cpu.user + cpu.system) / 1000 });
};
mark('node started, bin/fazhi.mjs running');

const root = path.resolve(import.meta.dirname, '..');
// `analyze` has an entry point of its own: reading a report needs none of the server's
// packages, whose loading took most of the command's start-up.
const analyzeOnly = process.argv[2] === 'analyze';
const bundle = path.join(root, analyzeOnly ? 'dist/server/analyze.mjs' : 'dist/server/cli.mjs');

/**
 * The bundle's own source files, as the build listed them (dist/server/inputs.json): analyze.mjs
 * its own; cli.mjs every entry's, since it starts the worker bundles beside it. Statting these
 * instead of walking every file of server/ and core/ keeps `fazhi analyze` quick.
 */
function sourcesOf(inputs) {
  return analyzeOnly ? inputs.analyze : Object.values(inputs).flat();
}

function bundleIsFresh() {
  if (process.env.FAZHI_FROM_SOURCE === 'true' || !fs.existsSync(bundle)) return false;
  const built = fs.statSync(bundle).mtimeMs;
  try {
    const inputs = JSON.parse(fs.readFileSync(path.join(root, 'dist/server/inputs.json'), 'utf8'));
    const sources = sourcesOf(inputs);
    // a source gone (renamed, deleted) throws: the sources run instead
    return Array.isArray(sources) && sources.every((f) => fs.statSync(path.join(root, f)).mtimeMs <= built);
  } catch {
    return false;
  }
}

// `serve` on PGlite: read PGlite's WebAssembly and compile it on V8's background threads while this
// thread loads the server's modules, instead of after them (server/db/client.ts takes it over;
// issue 17, restart). Its file-system bundle is left to PGlite: handing it over as a Blob kept
// ~10 MB more resident.
if (process.argv[2] === 'serve' && !process.env.DATABASE_URL) {
  const dist = new URL('./', import.meta.resolve('@electric-sql/pglite'));
  globalThis.__fazhiPgliteWasm = fs.promises
    .readFile(new URL('pglite.wasm', dist))
    .then((bytes) => WebAssembly.compile(bytes))
    .catch(() => null); // PGlite then reads it itself
}

let cli;
if (bundleIsFresh()) {
  mark('bundle checked fresh');
  cli = await import(bundle);
  mark('bundle and its packages loaded');
} else {
  const { register } = await import('tsx/esm/api');
  register();
  cli = await import(analyzeOnly ? '../server/analyzeCli.ts' : '../server/cli.ts');
}
process.exitCode = await cli.main(process.argv.slice(2));
