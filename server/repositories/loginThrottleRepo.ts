import { sql } from 'drizzle-orm';
import type { ThrottleState } from '../../core/auth/loginThrottle';
import type { Db } from '../db/client';
import { rowsOf } from '../db/rows';
import { sha256Hex } from '../lib/hash';

const asDate = (v: unknown) => (v == null ? null : v instanceof Date ? v : new Date(String(v)));

/**
 * Locks the rows of `keys` for the rest of the transaction (creating missing ones first, in key
 * order so two logins never wait on each other crosswise) and returns their states. The lock is
 * what makes the count atomic: a parallel try for the same key waits here until this one is counted.
 */
export async function lockThrottleKeys(
  tx: Db,
  keys: string[],
  now: Date,
): Promise<Map<string, ThrottleState | undefined>> {
  const sorted = [...keys].sort();
  const list = sql.join(
    sorted.map((k) => sql`${k}`),
    sql`, `,
  );
  await tx.execute(sql`insert into login_throttle (key, failures, blocked_until, updated_at)
    select k, 0, null, ${now.toISOString()}::timestamptz from unnest(array[${list}]::text[]) as k
    order by k on conflict (key) do nothing`);
  const rows = rowsOf(
    await tx.execute(sql`select key, failures, blocked_until, updated_at from login_throttle
      where key in (${list}) order by key for update`),
  );
  const out = new Map<string, ThrottleState | undefined>();
  for (const r of rows) {
    const failures = Number(r.failures);
    out.set(
      String(r.key),
      failures === 0
        ? undefined
        : { failures, blockedUntil: asDate(r.blocked_until), updatedAt: asDate(r.updated_at) ?? now },
    );
  }
  return out;
}

export async function saveThrottleState(tx: Db, key: string, s: ThrottleState): Promise<void> {
  await tx.execute(sql`update login_throttle set failures = ${s.failures},
    blocked_until = ${s.blockedUntil?.toISOString() ?? null}::timestamptz,
    updated_at = ${s.updatedAt.toISOString()}::timestamptz where key = ${key}`);
}

/** A successful login clears its account's counters (the source's stay: it may be guessing at others). */
export async function clearThrottleKeys(db: Db, keys: string[]): Promise<void> {
  if (!keys.length) return;
  await db.execute(
    sql`delete from login_throttle where key in (${sql.join(
      keys.map((k) => sql`${k}`),
      sql`, `,
    )})`,
  );
}

const accountPart = (username: string) => sha256Hex(`user:${username.trim().toLowerCase()}`).slice(0, 32);

/** Throttle keys: hashes, so the table holds neither names nor addresses; the pair key starts with the account's so an unlock can clear it for every source. */
export function throttleKeys(username: string, ip: string | undefined) {
  const account = accountPart(username);
  const source = sha256Hex(`ip:${ip ?? '-'}`).slice(0, 32);
  return { account: `a:${account}`, pair: `p:${account}:${source}`, source: `s:${source}` };
}

/** An administrator vouched for the account (re-enabled it, reset its password): every wait on it ends. */
export async function clearAccountThrottle(db: Db, username: string): Promise<void> {
  const a = accountPart(username);
  await db.execute(sql`delete from login_throttle where key = ${`a:${a}`} or key like ${`p:${a}:%`}`);
}
