import fs from 'node:fs';
import path from 'node:path';

/**
 * The project root, found from this file whether it runs from source (tsx) or
 * from the bundle in dist/server; everything on disk is resolved from here.
 */
function findRoot(start: string): string {
  let dir = start;
  while (!fs.existsSync(path.join(dir, 'package.json'))) {
    const up = path.dirname(dir);
    if (up === dir) throw new Error(`package.json not found above ${start}`);
    dir = up;
  }
  return dir;
}

export const ROOT = findRoot(import.meta.dirname);
export const MIGRATIONS_DIR = path.join(ROOT, 'server/db/migrations');
export const WEB_DIR = path.join(ROOT, 'dist/app');
export const CACHE_DIR = path.join(ROOT, 'node_modules/.cache/fazhi');
