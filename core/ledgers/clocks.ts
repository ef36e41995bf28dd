import { chineseDate, type Deadline, explainDeadline, type WorkCalendar } from '../calendar';
import { formatDay, parseDay } from '../calendar/dates';
import type { ClockDef, LedgerEvent, LedgerKind, RecordData } from './types';

export type ClockState = 'normal' | 'due_soon' | 'overdue' | 'done' | 'provisional';

export const CLOCK_STATE_LABELS: Record<ClockState, string> = {
  normal: '正常',
  due_soon: '临期',
  overdue: '逾期',
  done: '已完成',
  provisional: '暂估',
};

/** A clock as the API and the UI show it (the `clocks` contract of every record). */
export interface ClockView {
  name: string;
  label: string;
  start: string;
  due: string;
  basis: 'calendar' | 'working';
  /** Length in the clock's basis, extensions and pauses included. */
  days: number;
  state: ClockState;
  explanation: string;
  /** Set when the clock was completed: the day, and whether it was after the due date. */
  doneOn?: string;
  late?: boolean;
  reminder?: boolean;
  /** The due date is a best guess (a year without a holiday schedule), whatever the state says. */
  provisional?: boolean;
  /** Working days left (negative: days overdue); absent once done. */
  remaining?: number;
  /** The first day the clock counts as 临期 (its `dueSoon` working days before `due`). */
  alertOn: string;
}

export interface RecordForClocks {
  state: string;
  data: RecordData;
  events: readonly LedgerEvent[];
}

export interface ClockContext {
  calendar: WorkCalendar;
  today: string;
  /** County settings that override declared lengths (`ClockDef.setting`). */
  settings?: Readonly<Record<string, number>>;
}

const DEFAULT_DUE_SOON = 3;

function dayDiff(a: string, b: string): number {
  return parseDay(b) - parseDay(a);
}

function startOf(clock: ClockDef, r: RecordForClocks): { date: string; event: number } | null {
  const s = clock.start;
  if (!('action' in s)) {
    const fields = typeof s.field === 'string' ? [s.field] : s.field;
    const v = fields.map((f) => r.data[f]).find((x) => typeof x === 'string');
    return typeof v === 'string' ? { date: v, event: -1 } : null;
  }
  const i = r.events.findIndex((e) => e.action === s.action);
  const e = r.events[i];
  if (!e) return null;
  const v = s.field ? (e.payload[s.field] ?? r.data[s.field]) : e.on;
  return typeof v === 'string' ? { date: v, event: i } : null;
}

/** The day from which at most `n` working days remain before `due` (stepping back over days off). */
function alertDay(calendar: WorkCalendar, due: string, n: number): string {
  // the (n+1)-th working day counting back from `due` itself: from it, (day, due] holds n working days
  let dn = parseDay(due);
  for (let counted = 0; ; dn--) {
    if (calendar.isWorkingDay(formatDay(dn))) counted++;
    if (counted > n) return formatDay(dn);
  }
}

/** Length of a clock for a county: the setting when one is configured, else the declared figure. */
export function clockDays(clock: ClockDef, settings?: Readonly<Record<string, number>>): number {
  const v = clock.setting ? settings?.[clock.setting] : undefined;
  return typeof v === 'number' && Number.isInteger(v) && v > 0 ? v : clock.days;
}

/**
 * The clocks of one record, recomputed from its events and the calendar every time — so a
 * change to the holiday table, a county setting or an extension shows at once, and the stored
 * copy (for 待办 queries) is only ever a cache of this function.
 */
export function computeClocks(kind: LedgerKind, r: RecordForClocks, ctx: ClockContext): ClockView[] {
  const out: ClockView[] = [];
  const finalState = kind.states.find((s) => s.key === r.state)?.final === true;
  for (const clock of kind.clocks) {
    if (clock.when && !clock.when(r.data)) continue;
    const start = startOf(clock, r);
    if (!start) continue;
    out.push(computeOne(kind, clock, r, start, finalState, ctx));
  }
  return out;
}

function computeOne(
  kind: LedgerKind,
  clock: ClockDef,
  r: RecordForClocks,
  start: { date: string; event: number },
  finalState: boolean,
  ctx: ClockContext,
): ClockView {
  const { calendar, today } = ctx;
  const base = clockDays(clock, ctx.settings);
  // steps before the clock's start (a pause before a restart) do not bear on it; a deadline
  // someone set is met by any step before it, so every step of the record bears on that clock
  const later = clock.deadline ? r.events : r.events.slice(start.event + 1).filter((e) => e.on >= start.date);
  const actionDef = (key: string) => kind.actions.find((a) => a.key === key);

  let extension = 0;
  const extensionNotes: string[] = [];
  let pausedDays = 0;
  let pausedSince: string | null = null;
  const pauseNotes: string[] = [];
  let doneOn: string | undefined;
  // Both ends count: a hearing held on one day keeps that day out of the period.
  const pausedBetween = (from: string, to: string) =>
    clock.basis === 'working'
      ? calendar.workingDaysBetween(from, to) + (calendar.isWorkingDay(from) ? 1 : 0)
      : dayDiff(from, to) + 1;
  for (const e of later) {
    const def = actionDef(e.action);
    if (clock.reopens?.includes(e.action)) {
      doneOn = undefined; // sent back: the work is not done, the same deadline runs again
      continue;
    }
    if (doneOn) continue;
    if (clock.stop.includes(e.action)) {
      doneOn = e.on;
      if (!clock.reopens) break;
      continue;
    }
    if (def?.extends === clock.key) {
      const days = Number(e.payload.days ?? 0);
      extension += days;
      extensionNotes.push(
        `${chineseDate(e.on)}经批准延长${days}${clock.basis === 'working' ? '个工作日' : '日'}（理由：${String(e.payload.reason ?? '')}）`,
      );
    }
    if (def?.pauses === clock.key && pausedSince === null) pausedSince = e.on;
    if (def?.resumes === clock.key && pausedSince !== null) {
      const n = pausedBetween(pausedSince, e.on);
      pausedDays += n;
      pauseNotes.push(
        `${chineseDate(pausedSince)}至${chineseDate(e.on)}暂停计算${n}${clock.basis === 'working' ? '个工作日' : '日'}`,
      );
      pausedSince = null;
    }
  }
  if (!doneOn && finalState) doneOn = r.events.at(-1)?.on ?? start.date;
  // A clock still paused is stretched to today: it cannot fall due while nobody may act on it.
  if (pausedSince !== null && !doneOn) {
    pausedDays += Math.max(0, pausedBetween(pausedSince, today));
    pauseNotes.push(`自${chineseDate(pausedSince)}起暂停计算，尚未恢复`);
  }
  const days = base + extension + pausedDays;
  const deadline: Deadline =
    clock.basis === 'working'
      ? calendar.addWorkingDays(start.date, days)
      : calendar.addCalendarDays(start.date, days);
  const due = deadline.date;

  const unit = clock.basis === 'working' ? '个工作日' : '日';
  const lengthNote =
    extension > 0 || pausedDays > 0
      ? `（法定${base}${unit}${extension > 0 ? `，延长${extension}${unit}` : ''}${pausedDays > 0 ? `，暂停${pausedDays}${unit}` : ''}）`
      : '';
  const notes = [...extensionNotes, ...pauseNotes].map((n) => `${n}；`).join('');
  const result = (
    state: ClockState,
    tail: string,
    more: Partial<Omit<ClockView, 'alertOn'>> = {},
  ): ClockView => ({
    name: clock.key,
    label: clock.label,
    start: start.date,
    due,
    basis: clock.basis,
    days,
    state,
    explanation: `依据${clock.source}：${explainDeadline(deadline)}${lengthNote}${notes}${tail}`,
    alertOn: alertDay(calendar, due, clock.dueSoon ?? DEFAULT_DUE_SOON),
    ...(clock.reminder ? { reminder: true } : {}),
    ...(deadline.provisional ? { provisional: true } : {}),
    ...more,
  });

  if (doneOn) {
    const late = !clock.reminder && doneOn > due;
    const tail = clock.reminder
      ? `已于${chineseDate(doneOn)}办理。`
      : late
        ? `已于${chineseDate(doneOn)}完成，超期${dayDiff(due, doneOn)}日。`
        : `已于${chineseDate(doneOn)}按期完成。`;
    return result('done', tail, { doneOn, late });
  }
  if (clock.reminder && today > due) return result('done', `该期限已于${chineseDate(due)}届满。`);
  const remaining = calendar.workingDaysBetween(today, due);
  // A passed deadline is 逾期 even when 暂估: else, until a year's schedule is entered, nothing
  // due in that year would ever show as overdue. The explanation still says 暂估.
  const state: ClockState =
    today > due
      ? 'overdue'
      : deadline.provisional
        ? 'provisional'
        : remaining <= (clock.dueSoon ?? DEFAULT_DUE_SOON)
          ? 'due_soon'
          : 'normal';
  const tail =
    today > due
      ? `已逾期${dayDiff(due, today)}日。`
      : remaining === 0
        ? '今天到期。'
        : `剩余${remaining}个工作日。`;
  return result(state, tail, { remaining });
}
