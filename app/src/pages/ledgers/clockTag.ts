import { CLOCK_STATE_LABELS, type ClockState, type ClockView } from '../../../../core/ledgers';

/** antd Tag colours of the clock states: 正常 plain, 临期 orange, 逾期 red, 已完成 green, 暂估 purple. */
export const CLOCK_TAG_COLORS: Record<ClockState, string | undefined> = {
  normal: undefined,
  due_soon: 'warning',
  overdue: 'error',
  done: 'success',
  provisional: 'purple',
};

export function clockTagColor(state: ClockState): string | undefined {
  return CLOCK_TAG_COLORS[state];
}

/**
 * The tag's text: the clock's name and the working days that matter now (issue 15 §7) — a
 * clerk reads 「剩 3 个工作日」 at a glance, where 正常/暂估 said nothing about urgency. A 暂估
 * clock (its due date counted through a year whose holidays are only estimated) still shows its
 * days, marked as an estimate: 「剩 6 个工作日（暂估）」.
 */
export function clockTagText(c: ClockView): string {
  const label = CLOCK_STATE_LABELS[c.state];
  if (c.state === 'done') return `${c.label}·${c.late ? '超期完成' : label}`;
  // an overdue clock can still be counted through an unpublished year: its days are 暂估 too
  const est = c.state === 'provisional' || c.provisional ? '（暂估）' : '';
  if (c.remaining === undefined) return `${c.label}·${label}`;
  if (c.remaining < 0) return `${c.label}·逾期${-c.remaining}个工作日${est}`;
  // overdue by calendar days that were all non-working days: past due, yet 0 working days late
  if (c.state === 'overdue') return `${c.label}·已逾期`;
  if (c.remaining === 0) return `${c.label}·今日到期${est}`;
  return `${c.label}·剩${c.remaining}个工作日${est}`;
}

/** Clocks worth a tag in a list: the running ones (done ones only clutter a row). */
export function runningClocks(clocks: readonly ClockView[]): ClockView[] {
  return clocks.filter((c) => c.state !== 'done');
}
