import { describe, expect, it } from 'vitest';
import { barOption, lineOption, monthLabel } from './options';

describe('chart options', () => {
  it('labels months as 1月…12月', () => {
    expect(monthLabel('2026-03')).toBe('3月');
    expect(monthLabel('2026-12')).toBe('12月');
    expect(monthLabel('Q1')).toBe('Q1');
    const o = lineOption(['2026-01', '2026-02'], [{ name: '纠纷', data: [1, 2] }]);
    expect((o.xAxis as { data: string[] }).data).toEqual(['1月', '2月']);
  });

  it('puts percentages on their own right-hand axis when mixed with counts', () => {
    const o = barOption(
      ['甲镇', '乙镇'],
      [
        { name: '纠纷', data: [3, 4] },
        { name: '调解成功率', data: [80, null], percent: true },
      ],
    );
    expect(o.yAxis).toHaveLength(2);
    expect((o.series as { yAxisIndex?: number }[]).map((s) => s.yAxisIndex)).toEqual([undefined, 1]);
    const rates = barOption(['甲镇'], [{ name: '办结率', data: [90], percent: true }]);
    expect(rates.yAxis).toMatchObject({ max: 100 });
  });
});
