import fs from 'node:fs';
import path from 'node:path';
import { sql } from 'drizzle-orm';
import type { Db } from '../db/client';
import { MIGRATIONS_DIR } from '../paths';

/** How many migrations the code ships (the journal drizzle-kit writes), read once. */
const shipped = (() => {
  const journal = JSON.parse(fs.readFileSync(path.join(MIGRATIONS_DIR, 'meta/_journal.json'), 'utf8')) as {
    entries: { tag: string }[];
  };
  return { count: journal.entries.length, latest: journal.entries.at(-1)?.tag ?? null };
})();

/** One round trip to the database: its latency and how many migrations it has applied. */
export async function probeDatabase(db: Db): Promise<{ latencyMs: number; applied: number }> {
  const started = performance.now();
  const res = await db.execute(sql`select count(*)::int as n from drizzle.__drizzle_migrations`);
  const latencyMs = Math.round((performance.now() - started) * 10) / 10;
  const rows = Array.isArray(res) ? res : (res as unknown as { rows: { n: number }[] }).rows;
  return { latencyMs, applied: Number((rows[0] as { n: number } | undefined)?.n ?? 0) };
}

export const shippedMigrations = shipped;
