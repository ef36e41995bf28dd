import { and, eq } from 'drizzle-orm';
import { chinaDay, type WorkCalendar } from '../../../core/calendar';
import { AppError } from '../../../core/errors';
import {
  type ClockView,
  computeClocks,
  type FieldIssue,
  type LedgerEvent,
  type LedgerKind,
  ledgerKind,
  type RecordData,
} from '../../../core/ledgers';
import { can } from '../../../core/policy';
import type { Db } from '../../db/client';
import { units } from '../../db/schema';
import { replaceClocks } from '../../repositories/ledgerClocksRepo';
import { settingsFor } from '../../repositories/ledgerSettingsRepo';
import { getRecord, type LedgerRow, type LedgerRowWithUnit } from '../../repositories/ledgersRepo';
import { currentCalendar } from '../calendarCommands';
import type { CommandContext } from '../context';
import type { ReferenceData } from '../referenceData';

/** An event as stored: the workflow step plus when it was recorded and any warning it carried. */
export interface StoredEvent extends LedgerEvent {
  at: string;
  warning?: string | null;
}

export function requireKind(kind: string): LedgerKind {
  const k = ledgerKind(kind);
  if (!k) throw new AppError('NOT_FOUND', { detail: `没有“${kind}”这种台账` });
  return k;
}

/** A record the actor may see; another unit's record is indistinguishable from a missing one. */
export async function loadLedgerRecord(
  ctx: CommandContext,
  kind: LedgerKind,
  id: string,
): Promise<LedgerRowWithUnit> {
  const found = await getRecord(ctx.db, kind.kind, id);
  if (!found || !can(ctx.actor, 'ledger.read', { path: found.unitPath })) throw new AppError('NOT_FOUND');
  return found;
}

export const eventsOf = (row: LedgerRow): StoredEvent[] => row.events as StoredEvent[];

/** Villages (村/社区) of a township, for village fields. */
export async function villagesOf(db: Db, townshipId: string): Promise<{ id: string; name: string }[]> {
  return db
    .select({ id: units.id, name: units.name })
    .from(units)
    .where(and(eq(units.parentId, townshipId), eq(units.level, 'village')))
    .orderBy(units.code);
}

export interface LedgerEnv {
  calendar: WorkCalendar;
  settings: Record<string, number>;
  today: string;
}

/** Calendar, the settings that apply to a unit (its own and its ancestors'), and today in China. */
export async function ledgerEnv(db: Db, unitPath: string, now: Date): Promise<LedgerEnv> {
  const ancestors = unitPath.split('/').filter(Boolean);
  const [calendar, settings] = await Promise.all([currentCalendar(db), settingsFor(db, ancestors)]);
  return { calendar, settings, today: chinaDay(now) };
}

/** The same from the reference data this instance holds (the caller has checked its version). */
export function ledgerEnvFrom(ref: ReferenceData, unitPath: string, now: Date): LedgerEnv {
  return { calendar: ref.calendar, settings: ref.settingsFor(unitPath), today: chinaDay(now) };
}

export function clocksOf(kind: LedgerKind, row: LedgerRow, env: LedgerEnv): ClockView[] {
  return computeClocks(kind, { state: row.state, data: row.data as RecordData, events: eventsOf(row) }, env);
}

const cacheRow = (c: ClockView) => ({
  clock: c.name,
  due: c.due,
  done: c.state === 'done',
  provisional: c.provisional === true,
  alertOn: c.alertOn,
  reminder: c.reminder === true,
});

/** The cache rows of a record's clocks (for bulk inserts). */
export function clockRows(kind: LedgerKind, row: LedgerRow, env: LedgerEnv) {
  return clocksOf(kind, row, env).map((c) => ({
    ...cacheRow(c),
    unitId: row.unitId,
    recordId: row.id,
    kind: kind.kind,
  }));
}

/** Recomputes a record's clocks and refreshes the cache 待办 reads. */
export async function syncClocks(
  tx: Db,
  kind: LedgerKind,
  row: LedgerRow,
  env: LedgerEnv,
): Promise<ClockView[]> {
  const clocks = clocksOf(kind, row, env);
  await replaceClocks(tx, row.unitId, row.id, kind.kind, clocks.map(cacheRow));
  return clocks;
}

/** A validation failure naming the first field, with every issue for the form. */
export function validationError(issues: FieldIssue[]): AppError {
  return new AppError('VALIDATION', {
    field: issues[0]?.field ?? '',
    detail: issues.map((i) => i.message).join('；'),
    extra: { issues },
  });
}
