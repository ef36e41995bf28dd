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

/** The tag's text: the clock's name and what matters about it now. */
export function clockTagText(c: ClockView): string {
  const label = CLOCK_STATE_LABELS[c.state];
  if (c.state === 'done') return `${c.label}·${c.late ? '超期完成' : label}`;
  if (c.state === 'overdue') return `${c.label}·${label}`;
  if (c.remaining !== undefined && c.remaining >= 0 && c.state !== 'provisional')
    return `${c.label}·${c.remaining === 0 ? '今日到期' : `剩${c.remaining}个工作日`}`;
  return `${c.label}·${label}`;
}

/** Clocks worth a tag in a list: the running ones (done ones only clutter a row). */
export function runningClocks(clocks: readonly ClockView[]): ClockView[] {
  return clocks.filter((c) => c.state !== 'done');
}
