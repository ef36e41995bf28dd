import { chinaDay } from '../../../core/calendar';
import type { TodoItem, TodoWire, TodoWireItem } from '../../../core/contract/ledgers';
import { AppError } from '../../../core/errors';
import { actionsFor, clockTodoReason, LEDGER_KINDS, ledgerKind } from '../../../core/ledgers';
import { can } from '../../../core/policy';
import { DUTY_ALERT_WORKING_DAYS } from '../../../core/report/dutyReminder';
import { KIND_TODOS } from '../../kinds/index';
import { yearReportsOf } from '../../repositories/annualReportsRepo';
import { countDueClocks, dueClockRecords } from '../../repositories/ledgerClocksRepo';
import { recordsAwaiting } from '../../repositories/ledgersRepo';
import { getUnit, listUnits } from '../../repositories/unitsRepo';
import type { CommandContext } from '../context';
import { rectificationTodoItems } from '../rectificationTodo';
import { reportTodoItems } from '../reports/reportTodo';
import { ledgerEnv } from './ledgerContext';

/** One entry of 待办, as the API answers it. */
export type { TodoItem };

const MAX_ITEMS = 500;

/**
 * 待办 across every kind: clocks overdue or due within `days` working days (from the clock
 * cache), then records in a state that waits for the user's role. The cache holds due dates;
 * the state is judged here against today, so an item turns overdue without any write.
 */
export async function todoQuery(
  ctx: CommandContext,
  p: { unitId?: string | undefined; days: number },
): Promise<TodoWire> {
  const unit = await getUnit(ctx.db, p.unitId ?? ctx.actor.unitId);
  if (!unit || !can(ctx.actor, 'todo.read', { path: unit.path })) throw new AppError('NOT_FOUND');
  // the scope's units and settings, read once: the ledger clocks, the annual report and the
  // kinds' yearly duties all work from them
  const [scopeUnits, env, yearReports] = await Promise.all([
    listUnits(ctx.db, unit.path),
    ledgerEnv(ctx.db, unit.path, ctx.now),
    // last year's reports of every type, for the annual report's and the kinds' yearly duties
    yearReportsOf(ctx.db, unit.path, Number(chinaDay(ctx.now).slice(0, 4)) - 1),
  ]);
  const unitIds = scopeUnits.map((u) => u.id);
  const until = env.calendar.addWorkingDays(env.today, p.days).date;
  const items: TodoWireItem[] = [];
  const seen = new Set<string>();
  // up to 500 clocks fall on a few dozen days: each day's working-day distance is counted once
  const daysTo = new Map<string, number>();
  const workingDaysTo = (due: string) => {
    const n = daysTo.get(due) ?? env.calendar.workingDaysBetween(env.today, due);
    daysTo.set(due, n);
    return n;
  };
  const [due, clockCounts] = await Promise.all([
    dueClockRecords(ctx.db, unitIds, env.today, until, MAX_ITEMS),
    countDueClocks(ctx.db, unitIds, env.today, until),
  ]);
  for (const r of due) {
    const kind = ledgerKind(r.kind);
    const clock = kind?.clocks.find((c) => c.key === r.clock);
    if (!kind || !clock) continue;
    const overdue = r.due < env.today;
    if (overdue && clock.reminder) continue; // a reminder window that has ended needs nothing
    const remaining = overdue || clock.reminder ? undefined : workingDaysTo(r.due);
    // due after `until`: it is here only because its kind's own 临期 window has opened
    const state = overdue ? 'overdue' : r.due > until ? 'alert' : r.provisional ? 'provisional' : 'due_soon';
    seen.add(r.id);
    // the labels and the reason follow from the kind's declaration: the app fills them in
    // (completeTodoItem), except an 提醒 on a provisional date, whose reason says so
    const item: TodoWireItem = {
      kind: kind.kind,
      id: r.id,
      number: r.number,
      version: r.version,
      title: r.title,
      unitName: r.unitName,
      clock: clock.key,
      due: r.due,
      state,
    };
    if (remaining !== undefined) item.remaining = remaining;
    if (state === 'alert' && r.provisional)
      item.reason = clockTodoReason(clock, {
        due: r.due,
        overdue,
        remaining: remaining ?? 0,
        provisional: true,
      });
    items.push(item);
  }
  const awaiting = LEDGER_KINDS.map((kind) => ({
    kind,
    states: kind.states.filter((s) => s.awaits?.includes(ctx.actor.role)).map((s) => s.key),
  })).filter((k) => k.states.length > 0);
  const waiting = await recordsAwaiting(
    ctx.db,
    unitIds,
    awaiting.map((k) => ({ kind: k.kind.kind, states: k.states })),
    ctx.actor.id,
    MAX_ITEMS,
  );
  for (const r of waiting) {
    const kind = ledgerKind(r.kind);
    if (!kind || seen.has(r.id)) continue;
    const label = kind.states.find((s) => s.key === r.state)?.label ?? r.state;
    // the hint names the steps a record fresh in this state is offered (the 待办 query does
    // not load record data); the record's own page lists exactly its own
    const next = actionsFor(kind, r.state, ctx.actor.role, {}).map((a) => a.label);
    items.push({
      kind: kind.kind,
      id: r.id,
      number: r.number,
      version: r.version,
      title: r.title,
      unitName: r.unitName,
      clock: null,
      due: null,
      state: 'waiting',
      reason: `${label}，待办理${next.length > 0 ? `：${next.join('、')}` : ''}`,
    });
  }
  // the annual report's deadlines and the 整改 items: not ledger records, counted here; the
  // few 整改 items go first, so a county's long list does not bury them on a later page
  const alertUntil = env.calendar.addWorkingDays(env.today, Math.max(p.days, DUTY_ALERT_WORKING_DAYS)).date;
  const [rectifications, reports, ...duties] = await Promise.all([
    rectificationTodoItems(ctx, unit, { today: env.today, until, calendar: env.calendar }),
    reportTodoItems(ctx, {
      today: env.today,
      until,
      units: scopeUnits,
      settings: env.settings,
      reports: yearReports,
    }),
    ...KIND_TODOS.map((todo) =>
      todo(ctx, unit, {
        today: env.today,
        until,
        alertUntil,
        calendar: env.calendar,
        units: scopeUnits,
        settings: env.settings,
        reports: yearReports,
      }),
    ),
  ]);
  items.unshift(...rectifications);
  items.push(...reports, ...duties.flat());
  const others = [...rectifications, ...reports, ...duties.flat()];
  const reportCount = (s: TodoItem['state']) => others.filter((i) => i.state === s).length;
  // ledger counts come from SQL, so they stay right when the list is cut at MAX_ITEMS
  const counts = {
    overdue: clockCounts.overdue + reportCount('overdue'),
    dueSoon: clockCounts.dueSoon + reportCount('due_soon'),
    // the annual report's deadlines have no early-warning window; the yearly duties of KIND_TODOS do
    alerts: clockCounts.alerts + reportCount('alert'),
    waiting: items.filter((i) => i.state === 'waiting').length,
  };
  return { items, counts };
}
