import { chinaDay } from '../../../core/calendar';
import { AppError } from '../../../core/errors';
import {
  buildRoster,
  LEDGER_KINDS,
  type LedgerKind,
  listedPeople,
  peopleTables,
  type RecordData,
  rosterSince,
} from '../../../core/ledgers';
import { listSightings, previousList, staffSightings, userSightings } from '../../repositories/rosterRepo';
import type { CommandContext } from '../context';
import { targetTownship } from './ledgerCommands';

/**
 * The people a kind's people lists are picked from in one township (core/ledgers/roster.ts):
 * its accounts, its staff records and the names on its own lists of the last two years, with
 * each list's previous record for 沿用上次名单. Only those who fill in the kind ask for it; a
 * township outside the actor's scope is not found.
 */
export async function rosterQuery(
  ctx: CommandContext,
  kind: LedgerKind,
  p: { unitId?: string | undefined; except?: string | undefined },
) {
  const tables = peopleTables(kind);
  if (tables.length === 0) throw new AppError('NOT_FOUND', { detail: `“${kind.label}”没有人员名单` });
  const unit = await targetTownship(ctx, p.unitId);
  if (!kind.editors.includes(ctx.actor.role)) throw new AppError('FORBIDDEN');
  const since = rosterSince(chinaDay(ctx.now));
  const lists = LEDGER_KINDS.flatMap((k) =>
    peopleTables(k).map((t) => ({ kind: k.kind, field: t.key, name: t.people.name, post: t.people.post })),
  );
  const staff = LEDGER_KINDS.flatMap((k) => (k.staff ? [{ kind: k.kind, ...k.staff }] : []));
  const [users, staffed, listed, previous] = await Promise.all([
    userSightings(ctx.db, unit.id),
    Promise.all(staff.map((s) => staffSightings(ctx.db, unit.id, s))),
    Promise.all(lists.map((l) => listSightings(ctx.db, unit.id, l, since))),
    Promise.all(
      tables.map(async (t) => {
        const row = await previousList(ctx.db, unit.id, { kind: kind.kind, field: t.key }, p.except);
        return [
          t.key,
          row
            ? {
                id: row.id,
                number: row.number,
                on: row.on,
                people: listedPeople(t, { [t.key]: row.rows } as RecordData),
              }
            : null,
        ] as const;
      }),
    ),
  ]);
  return {
    unitId: unit.id,
    people: buildRoster([...users, ...staffed.flat(), ...listed.flat()]),
    previous: Object.fromEntries(previous),
  };
}
