import { describe, expect, it } from 'vitest';
import { rectificationTodo } from './rectificationTodo';

const township = { answers: true, closes: false };
const reviewer = { answers: false, closes: true };
const window = { today: '2026-03-02', until: '2026-03-05' };
const item = (over: Partial<Parameters<typeof rectificationTodo>[0]>) => ({
  status: 'open' as const,
  deadline: '2026-03-16',
  unitName: '青石镇',
  returnReason: null,
  workingDaysLeft: 10,
  ...over,
});

describe('rectificationTodo', () => {
  it('shows the township an open item due in two weeks, with the working days left', () => {
    expect(rectificationTodo(item({}), township, window)).toEqual({
      state: 'waiting',
      reason: '待整改，期限2026年3月16日，剩余10个工作日',
    });
  });

  it('turns due soon inside the window, due today on the day, overdue after it', () => {
    expect(
      rectificationTodo(item({ deadline: '2026-03-04', workingDaysLeft: 2 }), township, window)?.state,
    ).toBe('due_soon');
    expect(rectificationTodo(item({ deadline: '2026-03-02', workingDaysLeft: 0 }), township, window)).toEqual(
      {
        state: 'due_soon',
        reason: '待整改，期限2026年3月2日，今天到期',
      },
    );
    expect(
      rectificationTodo(
        item({ deadline: '2026-02-25', workingDaysLeft: -3, returnReason: '未附修改后的报告' }),
        township,
        window,
      ),
    ).toEqual({
      state: 'overdue',
      reason: '整改期限2026年2月25日已过，逾期3个工作日，请尽快反馈（已退回：未附修改后的报告）',
    });
  });

  it('asks the reviewer to close what was answered, and names what is overdue', () => {
    expect(rectificationTodo(item({ status: 'answered' }), reviewer, window)).toEqual({
      state: 'waiting',
      reason: '青石镇已反馈整改情况，待销号或退回',
    });
    expect(rectificationTodo(item({}), reviewer, window)).toBeNull();
    expect(
      rectificationTodo(item({ deadline: '2026-02-27', workingDaysLeft: -1 }), reviewer, window)?.reason,
    ).toBe('青石镇整改期限2026年2月27日已过，逾期1个工作日仍未反馈');
  });

  it('asks nothing of anyone once closed, nor of the township once answered', () => {
    expect(rectificationTodo(item({ status: 'closed' }), reviewer, window)).toBeNull();
    expect(rectificationTodo(item({ status: 'closed' }), township, window)).toBeNull();
    expect(rectificationTodo(item({ status: 'answered' }), township, window)).toBeNull();
  });
});
