import { describe, expect, it } from 'vitest';
import { analyzeText } from '../analyzeText';
import type { Defect } from '../types';

/** A short synthetic report of 青禾镇 (invented); the body is never the copy's last paragraph. */
function defectsOf(body: string): Defect[] {
  const text = `青禾镇2024年法治政府建设年度报告\n2024年，青禾镇坚持依法行政，现将有关工作报告如下。\n${body}\n下一步，镇政府将继续推进依法行政。\n`;
  return analyzeText(text).defects.filter((d) => d.kind !== 'missing_section' && d.confidence !== 'low');
}
const shown = (body: string) => defectsOf(body).map((d) => [d.kind, d.quote]);

describe('a year without 年 before the verb of its clause', () => {
  it('flags 2021开展 and 2023全镇', () => {
    expect(shown('2021开展法治宣传活动12场。2023全镇共办理案件5件。')).toEqual([
      ['typo', '2021开展'],
      ['typo', '2023全镇'],
    ]);
  });
  it('leaves counts, codes and ranges alone', () => {
    expect(shown('发放资料2000份，开展活动3场。按照某发〔2021〕3号文件，2021-2023开展专项整治。')).toEqual(
      [],
    );
  });
});

describe('words their collocation rules out', () => {
  it('flags 履职 with a second object (履行 meant)', () => {
    const ds = defectsOf('镇长切实履职推进法治建设第一责任人职责，带头学法。');
    expect(ds.map((d) => [d.kind, d.quote])).toEqual([['typo', '履职']]);
    expect(ds[0]?.message).toContain('履行');
  });
  it('leaves 履职尽责, 履职能力 and a 职责 after a comma alone', () => {
    expect(shown('干部依法履职尽责，提升履职能力。班子成员认真履职，落实一岗双责职责。')).toEqual([]);
  });
  it('flags 提升…满意 without 度', () => {
    const ds = defectsOf('简化办事流程，有效提升了群众的满意。');
    expect(ds.map((d) => [d.kind, d.quote])).toEqual([['typo', '满意']]);
    expect(ds[0]?.message).toContain('满意度');
  });
  it('leaves 赢得群众的满意 and 人民满意 alone', () => {
    expect(shown('赢得了群众的满意。加快建设人民满意的服务型政府，提升人民满意。')).toEqual([]);
  });
  it('flags 严格 with a quoted name and no verb', () => {
    expect(shown('坚持学习先行，严格“第一议题”，组织集中学习。')).toEqual([['typo', '严格“第一议题”']]);
  });
  it('leaves 严格落实“第一议题”制度 alone', () => {
    expect(shown('坚持学习先行，严格落实“第一议题”制度，组织集中学习。')).toEqual([]);
  });
});

describe('a national document cited with characters lost', () => {
  it('flags a lost inner word in 《》 and a lost word and last character before the period', () => {
    const ds = defectsOf(
      '认真学习《提升行政执法质量三年计划（2023—2025年）》。落实法治政府实施纲（2021—2025年）要求。',
    );
    expect(ds.map((d) => [d.kind, d.quote])).toEqual([
      ['typo', '提升行政执法质量三年计划'],
      ['typo', '法治政府实施纲'],
    ]);
    expect(ds[0]?.message).toContain('三年行动计划');
  });
  it('leaves full names, local documents and a bare beginning alone', () => {
    expect(
      shown(
        '落实《法治政府建设实施纲要（2021—2025年）》《青禾镇法治政府建设实施方案（2021—2025年）》，开展《优化营商环境》专题宣传。',
      ),
    ).toEqual([]);
  });
});

describe('a traditional character in a simplified report', () => {
  const plain = '这些工作们认真开展，国家对这项工作提出要求，镇里这样组织学习，们说这个办法好。';
  it('flags one traditional character', () => {
    expect(shown(`${plain}结合上级的工作情況开展学习。`)).toEqual([['typo', '況']]);
  });
  it('leaves a character in both sets, and a mostly traditional text, alone', () => {
    expect(shown(`${plain}乾坤於此。`)).toEqual([]);
    expect(shown('這個鎮們國家認真學習與貫徹會議精神為群眾辦實事。')).toEqual([]);
  });
});

describe('the short form of the central study group with a character lost', () => {
  it('flags 理论中组学习', () => {
    expect(shown('开展理论中组学习11次，撰写心得体会30篇。')).toEqual([['typo', '理论中组学习']]);
  });
});
