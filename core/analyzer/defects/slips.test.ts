import { describe, expect, it } from 'vitest';
import { analyzeText } from '../analyzeText';

/** Findings (kind, quote, confidence) of a short invented report of 石桥镇 with the body given. */
function findings(body: string, opening = '现将有关情况报告如下。'): [string, string, string | undefined][] {
  const text = `石桥镇2024年法治政府建设年度报告\n2024年，石桥镇坚持依法行政，${opening}\n${body}\n`;
  return analyzeText(text)
    .defects.filter((d) => d.kind === 'typo' || d.kind === 'numbering')
    .map((d) => [d.kind, d.quote, d.confidence]);
}

describe('a long fixed term with one wrong inner character of any kind', () => {
  it('flags a letter slip of the input method that no sound list offers (学些 for 学习)', () => {
    expect(findings('镇党委坚持理论学些中心组学习制度，全年集中学法六次。')).toEqual([
      ['typo', '理论学些中心组', 'medium'],
    ]);
  });
  it('is sure when the report also writes the term correctly', () => {
    expect(
      findings('镇党委把法治纳入理论学习中心组学习内容，党委理论学些中心组全年学法六次。').filter(
        (f) => f[0] === 'typo',
      ),
    ).toEqual([['typo', '理论学些中心组', 'high']]);
  });
  it("finds a slip in the second character by the term's last pair (理设学习中心组)", () => {
    expect(findings('镇党委坚持理设学习中心组学习制度，全年集中学法六次。')).toEqual([
      ['typo', '理设学习中心组', 'medium'],
    ]);
  });
  it("finds two terms' slips in one paragraph, one by its first pair and one by its last", () => {
    expect(findings('镇党委坚持理设学习中心组学习制度，落实党政主要负壹人职责。')).toEqual([
      ['typo', '理设学习中心组', 'medium'],
      ['typo', '党政主要负壹人', 'medium'],
    ]);
  });
  it("takes no pair for a term's first or last pair because it shares its slot (琇讛 with 理论, 忂绣 with 心组)", () => {
    // (c0 * 31 + c1) & 0xffff is equal for each two pairs: only the pair itself may start or end the term.
    expect(findings('镇党委坚持琇讛学些中心组学习制度，全年集中学法六次。')).toEqual([]);
    expect(findings('镇党委坚持理论学些中忂绣学习制度，全年集中学法六次。')).toEqual([]);
  });
  it('leaves another phrase in use alone (党委主要负责人)', () => {
    expect(findings('镇党委主要负责人带头讲法治课，镇长出庭应诉两次。')).toEqual([]);
  });
});

describe('characters lost or typed in fixed sentence frames', () => {
  it('flags 全经济 with the unit lost and names the unit the report uses', () => {
    expect(findings('全镇干部依法履职，为全经济社会发展提供法治保障。')).toEqual([
      ['typo', '全经济', 'medium'],
    ]);
  });
  it('leaves words ending in 全 before 经济 alone', () => {
    expect(findings('镇政府健全经济合同审查机制，保障全镇经济社会发展。')).toEqual([]);
  });
  it('flags a stray character between 现 and 将 in the opening formula, not an adverb', () => {
    expect(findings('镇党委定期研究法治工作。', '现提将有关情况报告如下。')).toEqual([
      ['typo', '现提将', 'medium'],
    ]);
    expect(findings('镇党委定期研究法治工作。', '现特将有关情况报告如下。')).toEqual([]);
  });
});

describe('a part heading that lost its 、', () => {
  it('flags a short line whose number runs into its title before the first sub-heading', () => {
    expect(findings('一主要举措和成效\n（一）强化组织领导。镇党委定期研究法治工作。')).toEqual([
      ['numbering', '一主要举措和成效', 'medium'],
    ]);
  });
  it('leaves sentences opening with 一是 or 一年来 alone', () => {
    expect(findings('一年来成效明显\n（一）强化组织领导。镇党委定期研究法治工作。')).toEqual([]);
  });
});

describe('a word written twice', () => {
  it('is a slip inside one phrase', () => {
    expect(findings('全镇持续深化普法普法宣传，群众满意度不断提升。')).toEqual([
      ['typo', '普法普法', 'high'],
    ]);
  });
  it('is no slip where one term of the genre ends and the next begins (谁执法谁普法 | 普法责任制)', () => {
    expect(findings('全面落实谁执法谁普法普法责任制，各站所年初制定普法清单。')).toEqual([]);
  });
});

describe('a year followed by 年来: 以 lost', () => {
  it('flags 2024年来 and 二〇二四年来, and names 以来', () => {
    expect(
      findings('2024年来，镇党委坚持每季度专题研究法治工作。二〇二四年来，共开展普法活动十场。'),
    ).toEqual([
      ['typo', '2024年来', 'low'],
      ['typo', '二〇二四年来', 'low'],
    ]);
    const d = analyzeText(
      '石桥镇2024年法治政府建设年度报告\n现将有关情况报告如下。\n2024年来，镇党委坚持依法决策。\n',
    ).defects.find((x) => x.quote === '2024年来');
    expect(d?.message).toContain('2024年以来');
  });
  it('leaves counts of years, 以来 and words opening with 来 alone', () => {
    expect(
      findings(
        '近3年来，镇党委坚持依法决策。十年来矛盾纠纷逐年下降。2024年以来共办结信访事项十件，2024年来访群众减少，2023年来自上级的督办件全部办结，2022年来我镇挂职的干部已返岗。',
      ),
    ).toEqual([]);
  });
});
