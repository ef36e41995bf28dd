import { describe, expect, it } from 'vitest';
import { dutyReminder } from './dutyReminder';

const base = {
  label: '向社会公开',
  due: '2026-01-31',
  where: '报告目前为「草稿」',
  explanation: '（县级设置）',
};

describe('dutyReminder: a yearly duty with a last day in 待办', () => {
  it('is silent before the early window, an alert inside it, due soon inside the 待办 window', () => {
    // today 2026-01-05: the window asked for ends 01-08, the early one 01-19
    const at = { today: '2026-01-05', until: '2026-01-08', alertUntil: '2026-01-19' };
    expect(dutyReminder({ ...base, ...at, workingDaysLeft: 19 })).toBeNull();
    expect(dutyReminder({ ...base, ...at, due: '2026-01-16', workingDaysLeft: 9 })).toEqual({
      state: 'alert',
      reason: '应于2026年1月16日前（含当日）向社会公开，剩余9个工作日；报告目前为「草稿」。（县级设置）',
    });
    expect(dutyReminder({ ...base, ...at, due: '2026-01-08', workingDaysLeft: 3 })?.state).toBe('due_soon');
  });

  it('says 今天到期 on the day and 已逾期 after it', () => {
    const on = dutyReminder({
      ...base,
      today: '2026-01-31',
      until: '2026-02-04',
      alertUntil: '2026-02-13',
      workingDaysLeft: 0,
    });
    expect(on).toEqual({
      state: 'due_soon',
      reason: '应于2026年1月31日前（含当日）向社会公开，今天到期；报告目前为「草稿」。（县级设置）',
    });
    const late = dutyReminder({
      ...base,
      today: '2026-02-01',
      until: '2026-02-04',
      alertUntil: '2026-02-13',
      workingDaysLeft: 0,
    });
    expect(late).toEqual({
      state: 'overdue',
      reason: '向社会公开期限2026年1月31日已过，已逾期；报告目前为「草稿」。（县级设置）',
    });
  });
});
