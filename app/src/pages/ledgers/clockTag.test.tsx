import { render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { ClockView } from '../../../../core/ledgers';
import { ClockTag } from './ClockTag';
import { clockTagColor, clockTagText, runningClocks } from './clockTag';

const clock = (over: Partial<ClockView>): ClockView => ({
  name: 'mediation',
  label: '调解期限',
  start: '2026-03-02',
  due: '2026-04-01',
  basis: 'calendar',
  days: 30,
  state: 'normal',
  explanation: '依据人民调解工作规定：……剩余12个工作日。',
  remaining: 12,
  alertOn: '2026-03-27',
  ...over,
});

describe('clock tags', () => {
  it('colours the states: 临期 orange, 逾期 red, 已完成 green, 暂估 purple, 正常 plain', () => {
    expect(clockTagColor('normal')).toBeUndefined();
    expect(clockTagColor('due_soon')).toBe('warning');
    expect(clockTagColor('overdue')).toBe('error');
    expect(clockTagColor('done')).toBe('success');
    expect(clockTagColor('provisional')).toBe('purple');
  });

  it('says what matters now', () => {
    expect(clockTagText(clock({}))).toBe('调解期限·剩12个工作日');
    expect(clockTagText(clock({ state: 'due_soon', remaining: 0 }))).toBe('调解期限·今日到期');
    expect(clockTagText(clock({ state: 'overdue', remaining: -3 }))).toBe('调解期限·逾期3个工作日');
    expect(clockTagText(clock({ state: 'overdue', remaining: 0 }))).toBe('调解期限·已逾期');
    expect(clockTagText(clock({ state: 'done', remaining: undefined, late: true }))).toBe(
      '调解期限·超期完成',
    );
    expect(clockTagText(clock({ state: 'done', remaining: undefined }))).toBe('调解期限·已完成');
    expect(clockTagText(clock({ state: 'provisional' }))).toBe('调解期限·剩12个工作日（暂估）');
    expect(clockTagText(clock({ state: 'provisional', remaining: undefined }))).toBe('调解期限·暂估');
    // due in an estimated year and already passed: overdue, and the count is still an estimate
    expect(clockTagText(clock({ state: 'overdue', provisional: true, remaining: -2 }))).toBe(
      '调解期限·逾期2个工作日（暂估）',
    );
    expect(clockTagText(clock({ state: 'provisional', provisional: true, remaining: 6 }))).toBe(
      '调解期限·剩6个工作日（暂估）',
    );
  });

  it('keeps only running clocks for list rows', () => {
    expect(runningClocks([clock({}), clock({ name: 'x', state: 'done' })]).map((c) => c.name)).toEqual([
      'mediation',
    ]);
  });

  it('renders the tag in the state colour', () => {
    render(<ClockTag clock={clock({ state: 'overdue', remaining: -2 })} />);
    const tag = screen.getByTestId('clock-tag');
    expect(tag.textContent).toBe('调解期限·逾期2个工作日');
    expect(tag.className).toContain('ant-tag-error');
  });
});
