import { describe, expect, it } from 'vitest';
import { analyzeText } from '../analyzeText';
import { findBreakdownSums } from './breakdowns';

const sums = (body: string) =>
  findBreakdownSums(body, 0).map((d) => [d.kind, body.slice(d.span?.start, d.span?.end), d.message]);

describe('parts listed after 其中 that add up to more than the total', () => {
  it('flags a breakdown of any noun whose parts exceed the total right before 其中', () => {
    expect(sums('全年共受理信访事项32件，其中来信10件、来访15件、网上信访12件。')).toEqual([
      [
        'part_exceeds_whole',
        '32件，其中来信10件、来访15件、网上信访12件',
        '分项之和大于总数：“其中”所列各项合计37件，多于总数32件',
      ],
    ]);
    expect(sums('开展普法讲座26场；其中进村入户讲座14场，校园讲座9场，企业讲座8场。').length).toBe(1);
  });
  it('is reported by the analyzer with its quote', () => {
    const text =
      '石桥镇2024年法治政府建设年度报告\n现将有关情况报告如下。\n全年共排查矛盾纠纷40件，其中婚姻家庭纠纷18件、邻里纠纷15件、土地纠纷12件，均已调处。\n';
    const d = analyzeText(text).defects.find((x) => x.kind === 'part_exceeds_whole');
    expect(d?.quote).toBe('40件，其中婚姻家庭纠纷18件、邻里纠纷15件、土地纠纷12件');
    expect(d?.confidence).toBe('medium');
  });
  it('leaves parts that fit, approximate totals and one-part breakdowns alone', () => {
    expect(sums('共受理信访事项32件，其中来信10件、来访15件、网上信访7件。')).toEqual([]);
    expect(sums('发放宣传资料3000余份，其中法律读本1500份、宣传折页2000份。')).toEqual([]);
    expect(sums('共受理信访事项32件，其中来访35件。')).toEqual([]);
  });
  it('leaves overlapping groups, chains of results and a total further back alone', () => {
    expect(sums('培训执法人员40人，其中党员25人、女性20人。')).toEqual([]);
    expect(sums('受理信访事项32件，其中办结30件，群众满意28件。')).toEqual([]);
    expect(sums('共排查矛盾纠纷56件，化解53件，其中婚姻家庭纠纷20件、邻里纠纷18件、土地纠纷18件。')).toEqual(
      [],
    );
    expect(sums('调解纠纷30件，涉及金额120万元，其中调解成功28件、移交2件。')).toEqual([]);
  });
  it('compares only figures of the total’s measure word', () => {
    expect(sums('开展培训12场，其中线上培训5场、覆盖干部300人次，线下培训6场。')).toEqual([]);
  });
});
