import { isDayString } from '../../../core/calendar';
import { AppError } from '../../../core/errors';
import type { Period } from '../../../core/indicators';
import { can } from '../../../core/policy';
import { getUnit } from '../../repositories/unitsRepo';
import type { CommandContext } from '../context';

/** The period a figure covers, and the unit it is asked of. */

export interface PeriodInput {
  year?: number | undefined;
  from?: string | undefined;
  to?: string | undefined;
}

export type Unit = NonNullable<Awaited<ReturnType<typeof getUnit>>>;

export async function unitInScope(ctx: CommandContext, unitId: string | undefined): Promise<Unit> {
  const unit = await getUnit(ctx.db, unitId ?? ctx.actor.unitId);
  if (!unit || !can(ctx.actor, 'indicator.read', { path: unit.path })) throw new AppError('NOT_FOUND');
  return unit;
}

/** The same day one year earlier (29 February becomes the 28th). */
function yearBefore(day: string): string {
  const y = String(Number(day.slice(0, 4)) - 1).padStart(4, '0');
  const md = day.slice(5) === '02-29' ? '02-28' : day.slice(5);
  return `${y}-${md}`;
}

export function periodOf(p: PeriodInput, today: string): { year: number; period: Period; previous: Period } {
  let from: string;
  let to: string;
  if (p.from || p.to) {
    if (!p.from || !p.to)
      throw new AppError('VALIDATION', { field: p.from ? 'to' : 'from', detail: '请同时给出起止日期' });
    // a regex lets 2025-13-45 and 2025-02-30 through; the calendar knows which days exist
    for (const field of ['from', 'to'] as const)
      if (!isDayString(p[field] as string))
        throw new AppError('VALIDATION', { field, detail: `不是有效日期：${p[field]}` });
    if (p.from > p.to) throw new AppError('VALIDATION', { field: 'to', detail: '截止日期不能早于起始日期' });
    from = p.from;
    to = p.to;
  } else {
    const y = p.year ?? Number(today.slice(0, 4));
    from = `${y}-01-01`;
    to = `${y}-12-31`;
  }
  const asOf = (end: string) => (end < today ? end : today);
  const prevFrom = yearBefore(from);
  const prevTo = yearBefore(to);
  return {
    year: Number(from.slice(0, 4)),
    period: { from, to, asOf: asOf(to) },
    previous: { from: prevFrom, to: prevTo, asOf: asOf(prevTo) },
  };
}
