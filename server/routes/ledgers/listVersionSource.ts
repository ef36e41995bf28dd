import type { Database } from '../../db/client';
import { type ListVersions, listVersions } from '../../repositories/listVersionRepo';

/**
 * The versions a list page is keyed on (listCache.ts). On PostgreSQL, where other instances write,
 * they are read from the database before every page. On PGlite this process is the only writer,
 * and the session hears every commit that moves them (migration 0021): the versions read last
 * are used until a notification arrives, then read again. A read that a notification overtook is
 * used once, by the request that asked for it (it is no older than that request), and not kept.
 */
export async function listVersionSource(database: Database): Promise<() => Promise<ListVersions>> {
  const { db, watchVersions } = database;
  if (!watchVersions) return () => listVersions(db);
  let generation = 0;
  let kept: { generation: number; versions: ListVersions } | undefined;
  await watchVersions(() => {
    generation++;
    kept = undefined;
  });
  return async () => {
    if (kept && kept.generation === generation) return kept.versions;
    const at = generation;
    const versions = await listVersions(db);
    if (at === generation) kept = { generation: at, versions };
    return versions;
  };
}
