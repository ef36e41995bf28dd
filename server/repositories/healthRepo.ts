import { sql } from 'drizzle-orm';
import type { Db } from '../db/client';
import { SHIPPED } from '../db/migrationVersions';

/** One round trip to the database: its latency and how many migrations it has applied. */
export async function probeDatabase(db: Db): Promise<{ latencyMs: number; applied: number }> {
  const started = performance.now();
  const res = await db.execute(sql`select count(*)::int as n from drizzle.__drizzle_migrations`);
  const latencyMs = Math.round((performance.now() - started) * 10) / 10;
  const rows = Array.isArray(res) ? res : (res as unknown as { rows: { n: number }[] }).rows;
  return { latencyMs, applied: Number((rows[0] as { n: number } | undefined)?.n ?? 0) };
}

/** How many migrations the code ships, and the newest. */
export const shippedMigrations = { count: SHIPPED.length, latest: SHIPPED.at(-1)?.tag ?? null };
