import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import { CACHE_DIR } from '../paths';
import { PGLITE_CONF } from './pgliteOptions';

/** The template is only valid for the PGlite build that made it. Its package.json is not exported, so find it beside the entry. */
function pgliteVersion(): string {
  let dir = path.dirname(createRequire(import.meta.url).resolve('@electric-sql/pglite'));
  while (!fs.existsSync(path.join(dir, 'package.json'))) dir = path.dirname(dir);
  return JSON.parse(fs.readFileSync(path.join(dir, 'package.json'), 'utf8')).version;
}
const PGLITE_VERSION = pgliteVersion();

/**
 * initdb under wasm takes 3–5 s and ~700 MB. We do it once per PGlite version
 * (at npm install, or lazily) into a cache directory, and a new data directory
 * starts as a copy of it (~0.6 s with the first open).
 */
export function templateDir(cacheDir = cacheBase()): string {
  return path.join(cacheDir, `pglite-${PGLITE_VERSION}-template`);
}

/** Where the templates live: FAZHI_CACHE_DIR, else node_modules/.cache/fazhi. */
export function cacheBase(): string {
  return process.env.FAZHI_CACHE_DIR || CACHE_DIR;
}

/** A directory name that changes with the PGlite build, so a template never outlives the build that wrote it. */
export function pgliteTag(): string {
  return `pglite-${PGLITE_VERSION}`;
}

export async function ensureTemplate(cacheDir = cacheBase()): Promise<string> {
  const dir = templateDir(cacheDir);
  if (fs.existsSync(path.join(dir, 'PG_VERSION'))) return dir;
  const tmp = `${dir}.tmp-${process.pid}`;
  fs.rmSync(tmp, { recursive: true, force: true });
  fs.mkdirSync(path.dirname(dir), { recursive: true });
  const db = await PGlite.create({ dataDir: tmp, postgresqlconf: PGLITE_CONF });
  await db.close();
  try {
    fs.renameSync(tmp, dir);
  } catch (e) {
    // another process finished first: its template is as good as ours
    fs.rmSync(tmp, { recursive: true, force: true });
    if (!fs.existsSync(path.join(dir, 'PG_VERSION'))) throw e;
  }
  return dir;
}

/**
 * Fills an empty data directory from a template: `from` when given (a prepared database such as
 * the demo's, server/demo/demoTemplate.ts), else the empty cluster. Leaves a non-empty one alone.
 */
export async function seedDataDir(dataDir: string, from?: () => string | null): Promise<boolean> {
  if (fs.existsSync(path.join(dataDir, 'PG_VERSION'))) return false;
  const tpl = from?.() ?? (await ensureTemplate());
  for (const entry of fs.readdirSync(tpl)) {
    fs.cpSync(path.join(tpl, entry), path.join(dataDir, entry), { recursive: true });
  }
  return true;
}
