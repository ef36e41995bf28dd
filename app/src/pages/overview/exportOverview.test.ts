import { describe, expect, it } from 'vitest';
import type { IndicatorOverview } from '../../api/indicators';
import { overviewSheet } from './exportOverview';

const data: IndicatorOverview = {
  year: 2026,
  period: { from: '2026-01-01', to: '2026-12-31' },
  keys: ['dispute.handled', 'dispute.success_rate'],
  townships: [
    {
      unit: { id: 'a', name: '甲镇', population: 20_000 },
      values: { 'dispute.handled': 30, 'dispute.success_rate': 80 },
      samples: { 'dispute.handled': 30, 'dispute.success_rate': 30 },
      report: { id: null, status: null, due: '2027-02-28', overdue: false },
    },
    {
      unit: { id: 'b', name: '乙镇', population: null },
      values: { 'dispute.handled': 4, 'dispute.success_rate': 75 },
      samples: { 'dispute.handled': 4, 'dispute.success_rate': 4 },
      report: { id: null, status: null, due: '2027-02-28', overdue: false },
    },
  ],
  total: { population: null, values: {}, samples: {} },
};

describe('overviewSheet', () => {
  it('writes what the table shows: names with units, 样本不足 with its sample', () => {
    expect(overviewSheet(data, data.keys, { minSample: 10, perCapita: false })).toEqual([
      ['乡镇', '常住人口', '排查调处矛盾纠纷（件）', '调解成功率（%）'],
      ['甲镇', 20_000, 30, 80],
      ['乙镇', '', 4, '样本不足（4）'],
    ]);
  });

  it('writes counts per 10,000 residents when asked', () => {
    const rows = overviewSheet(data, data.keys, { minSample: 1, perCapita: true });
    expect(rows[0]?.[2]).toBe('排查调处矛盾纠纷（件/万人）');
    expect(rows[1]?.slice(2)).toEqual([15, 80]);
    expect(rows[2]?.slice(2)).toEqual(['未登记人口', 75]);
  });
});
