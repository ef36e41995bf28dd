import { sql } from 'drizzle-orm';
import type { RosterSighting } from '../../core/ledgers';
import type { Db } from '../db/client';
import { rowsOf } from '../db/rows';

/**
 * What the unit's roster is derived from (core/ledgers/roster.ts): every query is of one unit,
 * so another township's people cannot appear. Only names and posts are read: no phone, ID
 * number or address of anyone leaves this file.
 */

/** The unit's own active accounts (the administrator is nobody's colleague at a session). */
export async function userSightings(db: Db, unitId: string): Promise<RosterSighting[]> {
  const rows = rowsOf<{ name: string }>(
    await db.execute(sql`select display_name as name from users
      where unit_id = ${unitId} and status = 'active' and role <> 'admin'`),
  );
  return rows.map((r) => ({ name: r.name, source: 'user' }));
}

/** Records of a kind that lists the unit's staff (执法人员 in post), by the declared fields. */
export async function staffSightings(
  db: Db,
  unitId: string,
  source: { kind: string; name: string; post?: string | undefined; states: readonly string[] },
): Promise<RosterSighting[]> {
  if (source.states.length === 0) return [];
  const post = source.post === undefined ? sql`null` : sql`data ->> ${source.post}`;
  const rows = rowsOf<{ name: string | null; post: string | null }>(
    await db.execute(sql`select data ->> ${source.name} as name, ${post} as post from ledger_records
      where unit_id = ${unitId} and kind = ${source.kind} and deleted_at is null
        and state in (${sql.join(
          source.states.map((s) => sql`${s}`),
          sql`, `,
        )})`),
  );
  return rows.flatMap((r) => (r.name ? [{ name: r.name, post: r.post, source: 'staff' as const }] : []));
}

/**
 * The names on a people list of a kind since a day: each name once, with the last day it was
 * listed and its latest post. At most 2,000 names (the most recently listed).
 */
export async function listSightings(
  db: Db,
  unitId: string,
  list: { kind: string; field: string; name: string; post?: string | undefined },
  since: string,
): Promise<RosterSighting[]> {
  const post = list.post === undefined ? sql`null::text` : sql`nullif(btrim(p ->> ${list.post}), '')`;
  const rows = rowsOf<{ name: string; post: string | null; held_on: string }>(
    await db.execute(sql`select name, max(on_day)::text as held_on,
        (array_agg(post order by on_day desc) filter (where post is not null))[1] as post
      from (
        select btrim(p ->> ${list.name}) as name, ${post} as post, r.event_date as on_day
        from ledger_records r
        cross join lateral jsonb_array_elements(
          case when jsonb_typeof(r.data -> ${list.field}) = 'array' then r.data -> ${list.field} else '[]'::jsonb end
        ) as p
        where r.unit_id = ${unitId} and r.kind = ${list.kind} and r.deleted_at is null
          and r.event_date >= ${since} and jsonb_typeof(p) = 'object'
      ) listed
      where name <> ''
      group by name
      order by max(on_day) desc
      limit 2000`),
  );
  return rows.map((r) => ({ name: r.name, post: r.post, on: r.held_on, source: 'list' }));
}

/** The unit's latest record of a kind whose list names somebody (apart from `except`). */
export async function previousList(
  db: Db,
  unitId: string,
  list: { kind: string; field: string },
  except: string | undefined,
): Promise<{ id: string; number: string; on: string; rows: unknown } | undefined> {
  const [row] = rowsOf<{ id: string; number: string; held_on: string; rows: unknown }>(
    await db.execute(sql`select id::text as id, number, event_date::text as held_on, data -> ${list.field} as rows
      from ledger_records
      where unit_id = ${unitId} and kind = ${list.kind} and deleted_at is null
        and jsonb_typeof(data -> ${list.field}) = 'array' and jsonb_array_length(data -> ${list.field}) > 0
        ${except === undefined ? sql`` : sql`and id <> ${except}`}
      order by event_date desc, seq desc
      limit 1`),
  );
  return row && { id: row.id, number: row.number, on: row.held_on, rows: row.rows };
}
