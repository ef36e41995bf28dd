import { checkOverride, type WorkCalendar } from '../../core/calendar';
import { statutoryCalendar } from '../../core/calendar/statutoryHolidays';
import { AppError } from '../../core/errors';
import type { Db } from '../db/client';
import { appendAudit } from '../repositories/auditRepo';
import {
  calendarOverridesDigest,
  deleteCalendarOverride,
  getCalendarOverride,
  listCalendarOverrides,
  saveCalendarOverride,
} from '../repositories/calendarRepo';
import type { CommandContext } from './context';
import { clockRecomputer } from './ledgers/clockRecomputer';

/**
 * The working-day calendar: the packaged schedule plus the administrators' overrides, built once
 * and kept while the overrides' digest (one small read per call) is unchanged, so an edit saved
 * on any instance on the same database is used by every instance from its next request (it used
 * to be reloaded every 60 s, so other instances computed deadlines on the old schedule meanwhile).
 * Kept per database object, as tests open several.
 */
const calendars = new WeakMap<Db, { calendar: WorkCalendar; digest: string }>();

export async function currentCalendar(db: Db): Promise<WorkCalendar> {
  const digest = await calendarOverridesDigest(db);
  const kept = calendars.get(db);
  if (kept && kept.digest === digest) return kept.calendar;
  const rows = await listCalendarOverrides(db);
  // years the State Council has not published are estimated from the statute (暂估)
  const calendar = statutoryCalendar(
    rows.map((r) => ({ year: r.year, holidays: r.holidays, workdays: r.workdays })),
  );
  // the digest was read before the rows: a change in between rebuilds once more, never less
  calendars.set(db, { calendar, digest });
  return calendar;
}

export interface OverrideProps {
  year: number;
  holidays: string[];
  workdays: string[];
  note?: string | undefined;
  /** The version the administrator edited; omitted when creating a year that has no override yet. */
  version?: number | undefined;
}

/** Saves a year's schedule after checking it; every change is audited in the administrator's unit chain. */
export async function calendarOverrideSaver(ctx: CommandContext, p: OverrideProps) {
  const problems = checkOverride({ year: p.year, holidays: p.holidays, workdays: p.workdays });
  if (problems.length) throw new AppError('VALIDATION', { field: 'holidays', detail: problems.join('；') });
  const existing = await getCalendarOverride(ctx.db, p.year);
  if ((existing?.version ?? 0) !== (p.version ?? 0))
    throw new AppError('STALE_VERSION', { field: 'version' });
  const holidays = [...new Set(p.holidays)].sort();
  const workdays = [...new Set(p.workdays)].sort();
  const saved = await ctx.db.transaction(async (tx) => {
    const row = await saveCalendarOverride(tx, {
      year: p.year,
      holidays,
      workdays,
      note: p.note ?? null,
      updatedBy: ctx.actor.id,
      updatedAt: ctx.now,
      version: (existing?.version ?? 0) + 1,
    });
    await appendAudit(tx, {
      unitId: ctx.actor.unitId,
      actorId: ctx.actor.id,
      action: 'calendar.override',
      entity: 'calendar_year',
      entityId: String(p.year),
      before: existing ? { holidays: existing.holidays, workdays: existing.workdays } : null,
      after: { holidays, workdays, note: p.note ?? null },
      at: ctx.now,
    });
    // open deadlines follow the new schedule at once (待办 included), in the same transaction
    return { row, recomputed: await clockRecomputer(tx, ctx.now) };
  });
  return saved;
}

/** Drops a year's override so the packaged schedule (if any) applies again. */
export async function calendarOverrideRemover(ctx: CommandContext, year: number): Promise<number> {
  const existing = await getCalendarOverride(ctx.db, year);
  if (!existing) throw new AppError('NOT_FOUND');
  const recomputed = await ctx.db.transaction(async (tx) => {
    await deleteCalendarOverride(tx, year);
    await appendAudit(tx, {
      unitId: ctx.actor.unitId,
      actorId: ctx.actor.id,
      action: 'calendar.override_remove',
      entity: 'calendar_year',
      entityId: String(year),
      before: { holidays: existing.holidays, workdays: existing.workdays },
      at: ctx.now,
    });
    return clockRecomputer(tx, ctx.now);
  });
  return recomputed;
}
