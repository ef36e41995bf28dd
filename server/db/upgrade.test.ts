import crypto from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import { sql } from 'drizzle-orm';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { OpsError } from '../ops/opsErrors';
import { listTables } from '../repositories/backupRepo';
import { withDatabase } from '../test/globalSetup';
import { type Database, type Db, openPglite, openPostgres, wrapPglite } from './client';
import { appliedMigrations, assertNotNewer, migrateTo, SHIPPED } from './migrationVersions';
import { rowsOf } from './rows';

/**
 * Upgrades: a database left at each earlier migration, with a row in every table it has, is
 * migrated to this code's version and every value it held is still there. Runs on PGlite, and
 * on PostgreSQL under TEST_DATABASE_URL.
 */
const serverUrl = process.env.TEST_DATABASE_URL;
const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'fazhi-upgrade-'));
/** One database for the whole file, emptied before each case (emptyDatabase). */
let shared: (Database & { url?: string }) | undefined;

/**
 * One database for the file: a fresh one on the server, or on PGlite the migrated dump every
 * server test loads (a PGlite started from nothing runs initdb, ~6 s of CPU; a dump loads in ~1 s).
 * Each case empties it instead of starting another database.
 */
async function openShared(): Promise<Database & { url?: string }> {
  if (serverUrl) {
    const name = `fazhi_up_${crypto.randomBytes(5).toString('hex')}`;
    const admin = new pg.Client({ connectionString: serverUrl });
    await admin.connect();
    await admin.query(
      `CREATE DATABASE ${name} TEMPLATE template0 ENCODING 'UTF8' LC_COLLATE 'C.UTF-8' LC_CTYPE 'C.UTF-8'`,
    );
    const url = withDatabase(serverUrl, name);
    const d = await openPostgres(url, { migrate: false, max: 2 });
    return {
      ...d,
      url,
      async close() {
        await d.close();
        await admin.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
        await admin.end();
      },
    };
  }
  return wrapPglite(await PGlite.create({ loadDataDir: new Blob([fs.readFileSync(inject('pgliteDump'))]) }));
}

/**
 * The shared database with nothing any migration made: every schema the migrations write to
 * (public, with the tables, functions and triggers; drizzle, with the migration log) dropped and
 * public made again, as a new database has it. Checked, not assumed: no table, view, sequence,
 * function or type is left outside the system schemas.
 */
async function emptyDatabase(): Promise<Database & { url?: string }> {
  const d = shared as Database & { url?: string };
  await d.db.execute(sql.raw('DROP SCHEMA IF EXISTS drizzle CASCADE'));
  await d.db.execute(sql.raw('DROP SCHEMA public CASCADE'));
  await d.db.execute(sql.raw('CREATE SCHEMA public'));
  const [left] = rowsOf<{ n: number }>(
    await d.db.execute(sql`
      select (select count(*) from pg_class c join pg_namespace n on n.oid = c.relnamespace
               where n.nspname not in ('pg_catalog', 'information_schema', 'pg_toast'))
           + (select count(*) from pg_proc p join pg_namespace n on n.oid = p.pronamespace
               where n.nspname not in ('pg_catalog', 'information_schema'))
           + (select count(*) from pg_type t join pg_namespace n on n.oid = t.typnamespace
               where n.nspname not in ('pg_catalog', 'information_schema', 'pg_toast'))
           + (select count(*) from pg_namespace
               where nspname not in ('pg_catalog', 'information_schema', 'pg_toast', 'public')
                 and nspname !~ '^pg_(toast_)?temp_')
             as n`),
  );
  expect(Number(left?.n)).toBe(0);
  // no case closes the shared database: afterAll does
  return { ...d, close: async () => undefined };
}

/** A value of each column type the schema uses; a new type fails here until it gets one. */
const SAMPLE: Record<string, (table: string, column: string) => unknown> = {
  uuid: () => crypto.randomUUID(),
  text: (t, c) => (t === 'units' && c === 'level' ? 'township' : `示例-${t}-${c}`),
  'character(12)': () => '439999101000',
  integer: () => 7,
  // beyond 2^53: a value JavaScript would round must come through untouched
  bigint: () => '9007199254740993',
  boolean: () => true,
  date: () => '2025-02-28',
  'timestamp with time zone': () => '2025-03-01T08:09:10.123456+08:00',
  jsonb: () => ({ 来源: '升级测试', n: [1, 2.5, null] }),
  bytea: () => '\\x00ff10e6b58b',
  'integer[]': () => [3, -4, 2147483647],
};

async function populate(db: Db): Promise<void> {
  for (const t of await listTables(db)) {
    const row: Record<string, unknown> = {};
    for (const [column, type] of t.columns) {
      const make = SAMPLE[type];
      if (!make) throw new Error(`no sample value for ${t.name}.${column} (${type})`);
      row[column] = make(t.name, column);
    }
    const id = sql.identifier(t.name);
    // a table kept by triggers may already hold its row (reference_version, bumped by the
    // insert into units): the trigger's row stands
    await db.execute(
      sql`insert into ${id} select * from json_populate_record(null::${id}, ${JSON.stringify(row)}::json) on conflict do nothing`,
    );
  }
}

/** Each table's rows over the given columns, as the database prints them. */
async function snapshot(db: Db, shape: { name: string; columns: [string, string][] }[]) {
  const out: Record<string, string[]> = {};
  for (const t of shape) {
    const cols = sql.join(
      t.columns.map(([c]) => sql.identifier(c)),
      sql`, `,
    );
    out[t.name] = rowsOf<{ j: string }>(
      await db.execute(
        sql`select row_to_json(x)::text as j from (select ${cols} from ${sql.identifier(t.name)}) x order by 1`,
      ),
    ).map((r) => r.j);
  }
  return out;
}

beforeAll(async () => {
  shared = await openShared();
}, 120_000);

afterAll(async () => {
  await shared?.close();
  fs.rmSync(tmp, { recursive: true, force: true });
});

/** Migrations before this index still have units.population, which 0011 moves to unit_populations. */
const POPULATION_MOVED_AT = SHIPPED.findIndex((m) => m.tag === '0011_unit_populations');
/** Migrations before this index keep attachment bytes in ledger_attachments.content, which 0014 cuts into attachment_chunks. */
const CHUNKS_MOVED_AT = SHIPPED.findIndex((m) => m.tag === '0014_attachment_chunks');

/** Migrations before this index have open clocks but no ledger_clock_counts, which 0018 fills from them. */
const CLOCKS_COUNTED_AT = SHIPPED.findIndex((m) => m.tag === '0018_todo_counts_figures');

/** A file of three pieces (300,000 bytes: 128 KB, 128 KB and the rest), besides populate's 6-byte one. */
async function addLargeAttachment(db: Db): Promise<{ id: string; md5: string }> {
  const id = crypto.randomUUID();
  const [row] = rowsOf<{ md5: string }>(
    await db.execute(sql`
      insert into ledger_attachments (unit_id, id, record_id, name, mime, size, sha256, content, created_by, created_at)
      values (${crypto.randomUUID()}, ${id}, ${crypto.randomUUID()}, '大附件.pdf', 'application/pdf', 300000, 'x',
              convert_to(repeat('法', 100000), 'UTF8'), ${crypto.randomUUID()}, now())
      returning md5(content) as md5`),
  );
  return { id, md5: row?.md5 as string };
}

describe('upgrades', () => {
  // every earlier version: after 0000, after 0001, … up to the one before the last
  for (let at = 1; at < SHIPPED.length; at++) {
    const tag = SHIPPED[at - 1]?.tag;
    it(`a database at ${tag} migrates to ${SHIPPED.at(-1)?.tag} with its data intact`, async () => {
      const d = await emptyDatabase();
      try {
        await migrateTo(d.db, at);
        expect((await appliedMigrations(d.db)).length).toBe(at);
        await populate(d.db);
        const full = await listTables(d.db);
        // a column a later migration moves is compared where it went, not in place
        const movedPopulation = at <= POPULATION_MOVED_AT && full.some((t) => t.name === 'units');
        const movedChunks = at <= CHUNKS_MOVED_AT && full.some((t) => t.name === 'ledger_attachments');
        const large = movedChunks ? await addLargeAttachment(d.db) : undefined;
        // populate's clock is done; an open one, for 0018 to count
        const counted = at <= CLOCKS_COUNTED_AT && full.some((t) => t.name === 'ledger_clocks');
        if (counted) {
          await d.db.execute(sql`insert into ledger_clocks (unit_id, record_id, clock, kind, due, done, provisional, reminder)
            values ('00000000-0000-4000-8000-000000000017', ${crypto.randomUUID()}, 'mediation', 'dispute', '2025-03-03', false, false, false)`);
        }
        const shape = full.map((t) =>
          t.name === 'units' && movedPopulation
            ? { ...t, columns: t.columns.filter(([c]) => c !== 'population') }
            : t.name === 'ledger_attachments' && movedChunks
              ? { ...t, columns: t.columns.filter(([c]) => c !== 'content') }
              : t,
        );
        const before = await snapshot(d.db, shape);
        expect(Object.values(before).every((rows) => rows.length >= 1)).toBe(true);

        await assertNotNewer(d.db);
        await migrateTo(d.db);
        expect((await appliedMigrations(d.db)).length).toBe(SHIPPED.length);
        expect(await snapshot(d.db, shape)).toEqual(before);
        if (counted) {
          // 0018 counted the open clock (a clock without an early-warning day under 'infinity')
          const counts = rowsOf<{ k: string }>(
            await d.db.execute(
              sql`select concat_ws('|', unit_id, due, reminder, alert_on, n) as k from ledger_clock_counts`,
            ),
          );
          expect(counts.map((c) => c.k)).toEqual([
            '00000000-0000-4000-8000-000000000017|2025-03-03|f|infinity|1',
          ]);
        }
        if (movedPopulation) {
          // 0011 moved units.population (the sample 7) to unit_populations as the figure from 2000 on
          const moved = rowsOf<{ year: number; population: number }>(
            await d.db.execute(sql`select year, population from unit_populations`),
          );
          expect(moved).toEqual([{ year: 2000, population: 7 }]);
        }
        if (large) {
          // 0014 cut each file's bytes into 128 KB pieces: the sample's 6 bytes in one, the large file in three
          const pieces = rowsOf<{ id: string; seq: number; hex: string | null; size: number }>(
            await d.db.execute(sql`
              select a.id, c.seq, case when a.id = ${large.id} then null else encode(c.data, 'hex') end as hex,
                     length(c.data) as size
              from attachment_chunks c join ledger_attachments a on a.unit_id = c.unit_id and a.id = c.attachment_id
              order by a.id = ${large.id}, c.seq`),
          );
          expect(pieces.map((p) => [p.seq, p.hex, p.size])).toEqual([
            [0, '00ff10e6b58b', 6],
            [0, null, 131072],
            [1, null, 131072],
            [2, null, 300000 - 2 * 131072],
          ]);
          const [whole] = rowsOf<{ md5: string }>(
            await d.db.execute(
              sql`select md5(string_agg(data, ''::bytea order by seq)) as md5 from attachment_chunks where attachment_id = ${large.id}`,
            ),
          );
          expect(whole?.md5).toBe(large.md5);
        }
        // the sample bigint is still exact after the upgrade
        const [head] = rowsOf<{ seq: string }>(
          await d.db.execute(sql`select seq::text as seq from audit_heads`),
        );
        expect(head?.seq).toBe('9007199254740993');
      } finally {
        await d.close();
      }
    }, 120_000);
  }

  it('refuses to start on a database a newer program has migrated, in Chinese', async () => {
    const d = await emptyDatabase();
    try {
      await migrateTo(d.db);
      await assertNotNewer(d.db);
      const later = (SHIPPED.at(-1)?.when ?? 0) + 86_400_000;
      await d.db.execute(
        sql`insert into drizzle.__drizzle_migrations (hash, created_at) values ('from-a-newer-release', ${later})`,
      );
      const err = await assertNotNewer(d.db).catch((e: unknown) => e);
      expect(err).toBeInstanceOf(OpsError);
      expect((err as OpsError).code).toBe('DATABASE_NEWER');
      expect((err as Error).message).toContain(`已执行迁移 ${SHIPPED.length + 1} 个`);
      expect((err as Error).message).toContain(`本程序只带 ${SHIPPED.length} 个`);
      expect((err as Error).message).toContain('不能用旧程序打开新数据库');
    } finally {
      await d.close();
    }
  }, 120_000);

  it('start-up refuses a database migrated by a newer release (PGlite: and releases its lock)', async () => {
    const later = sql`insert into drizzle.__drizzle_migrations (hash, created_at) values ('from-a-newer-release', ${(SHIPPED.at(-1)?.when ?? 0) + 1})`;
    if (serverUrl) {
      const d = await emptyDatabase();
      try {
        await migrateTo(d.db);
        await d.db.execute(later);
        await expect(openPostgres(d.url as string, { max: 1 })).rejects.toThrow(
          /数据库由较新版本的程序升级过/,
        );
      } finally {
        await d.close();
      }
      return;
    }
    const dir = path.join(tmp, 'newer');
    const first = await openPglite(dir);
    await first.db.execute(later);
    await first.close();
    await expect(openPglite(dir)).rejects.toThrow(/数据库由较新版本的程序升级过/);
    expect(fs.existsSync(path.join(dir, 'fazhi.lock'))).toBe(false);
  }, 120_000);
});
