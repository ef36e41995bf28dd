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
export function templateDir(): string {
  const base = process.env.FAZHI_CACHE_DIR || CACHE_DIR;
  return path.join(base, `pglite-${PGLITE_VERSION}-template`);
}

export async function ensureTemplate(): Promise<string> {
  const dir = templateDir();
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

/** Fills an empty data directory from the template. Leaves a non-empty one alone. */
export async function seedDataDir(dataDir: string): Promise<boolean> {
  if (fs.existsSync(path.join(dataDir, 'PG_VERSION'))) return false;
  const tpl = await ensureTemplate();
  for (const entry of fs.readdirSync(tpl)) {
    fs.cpSync(path.join(tpl, entry), path.join(dataDir, entry), { recursive: true });
  }
  return true;
}
