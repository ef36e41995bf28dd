import { type SQL, sql } from 'drizzle-orm';
import type { Db } from '../db/client';
import { rowsOf } from '../db/rows';

/**
 * Whole-database SQL for backup and restore. Rows travel as PostgreSQL's own JSON of the row
 * (row_to_json) and come back through json_populate_recordset, so every type (timestamps to
 * the microsecond, bigint, jsonb, arrays, bytea as \x hex) is written and read by the server
 * itself, never by JavaScript: nothing is rounded on the way.
 */

export interface TableShape {
  name: string;
  /** [column, type] in table order: a restore target must have exactly these. */
  columns: [string, string][];
}

/** Every table of the application's schema, by name, with its columns in order. */
export async function listTables(db: Db): Promise<TableShape[]> {
  const rows = rowsOf<{ table_name: string; column_name: string; data_type: string }>(
    await db.execute(sql`
      select c.table_name, c.column_name, format_type(a.atttypid, a.atttypmod) as data_type
      from information_schema.columns c
      join information_schema.tables t on t.table_schema = c.table_schema and t.table_name = c.table_name
      join pg_attribute a on a.attrelid = format('public.%I', c.table_name)::regclass and a.attname = c.column_name
      where c.table_schema = 'public' and t.table_type = 'BASE TABLE'
      order by c.table_name, c.ordinal_position`),
  );
  const tables = new Map<string, TableShape>();
  for (const r of rows) {
    const t = tables.get(r.table_name) ?? { name: r.table_name, columns: [] };
    t.columns.push([r.column_name, r.data_type]);
    tables.set(r.table_name, t);
  }
  return [...tables.values()];
}

/** Tables holding at least one row (a restore target must have none). */
export async function tablesWithRows(db: Db, tables: string[]): Promise<string[]> {
  const out: string[] = [];
  for (const t of tables) {
    const [row] = rowsOf<{ held: boolean }>(
      await db.execute(sql`select exists (select 1 from ${sql.identifier(t)}) as held`),
    );
    if (row?.held) out.push(t);
  }
  return out;
}

/**
 * Runs `fn` in one read-only REPEATABLE READ transaction: every table is read as of one
 * instant while the server keeps writing (on PGlite, which has one connection, writes wait).
 */
export function inSnapshot<T>(db: Db, fn: (tx: Db) => Promise<T>): Promise<T> {
  return db.transaction((tx) => fn(tx as unknown as Db), {
    isolationLevel: 'repeatable read',
    accessMode: 'read only',
  });
}

/**
 * Streams one table's rows as JSON texts through a cursor, `batch` rows a fetch, so a table of
 * attachments is never held in memory at once. Must run inside a transaction (inSnapshot).
 */
export async function streamRows(
  tx: Db,
  table: string,
  batch: number,
  onRows: (rows: string[]) => Promise<void>,
): Promise<void> {
  await tx.execute(
    sql`declare backup_rows no scroll cursor for select row_to_json(t)::text as j from ${sql.identifier(table)} t`,
  );
  try {
    for (;;) {
      const rows = rowsOf<{ j: string }>(await tx.execute(sql.raw(`fetch ${batch} from backup_rows`)));
      if (rows.length) await onRows(rows.map((r) => r.j));
      if (rows.length < batch) break;
    }
  } finally {
    await tx.execute(sql`close backup_rows`);
  }
}

/** Inserts rows given as row_to_json texts; columns are matched by name, so their order does not matter. */
export async function insertRows(tx: Db, table: string, rows: string[]): Promise<void> {
  const t = sql.identifier(table);
  await tx.execute(
    sql`insert into ${t} select * from json_populate_recordset(null::${t}, ${`[${rows.join(',')}]`}::json)`,
  );
}

/**
 * Restored rows are the database as it was, so the triggers that maintain derived tables
 * (ledger_versions) must not fire again on them. Needs only table ownership, not superuser.
 */
export async function setUserTriggers(tx: Db, tables: string[], on: boolean): Promise<void> {
  for (const t of tables) {
    const verb: SQL = on ? sql.raw('enable') : sql.raw('disable');
    await tx.execute(sql`alter table ${sql.identifier(t)} ${verb} trigger user`);
  }
}
