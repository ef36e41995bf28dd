import { describe, expect, it } from 'vitest';
import { analyzeText } from '../analyzeText';
import { findCanonicalDeviations, findTitleDeviations } from './canonical';

/** Typo findings of a short invented report of 石桥镇 with the body given. */
function typos(body: string): [string, string | undefined][] {
  const text = `石桥镇2024年法治政府建设年度报告\n2024年，石桥镇坚持依法行政，现将有关情况报告如下。\n${body}\n`;
  return analyzeText(text)
    .defects.filter((d) => d.kind === 'typo')
    .map((d) => [d.quote, d.confidence]);
}

describe('fixed formulations written one character off', () => {
  it('flags a replaced character inside a national document title', () => {
    expect(typos('镇政府对照《法制政府建设实施纲要（2021—2025年）》逐项梳理任务。')).toEqual([
      ['法制政府建设实施纲要', 'high'],
    ]);
  });
  it('flags a swapped pair and an added character, naming the fixed wording', () => {
    const found = findCanonicalDeviations(
      '全镇深入学习习近平新时代中国特色会社主义思想，镇长认真履行推进法治建设第一责任人职职责。',
      0,
    );
    expect(found.map((d) => d.message)).toEqual([
      '疑有字序颠倒：“习近平新时代中国特色会社主义思想”应为“习近平新时代中国特色社会主义思想”（固定表述）',
      '疑有多字：“推进法治建设第一责任人职职责”应为“推进法治建设第一责任人职责”（固定表述）',
    ]);
  });
  it('reads the enforcement system’s name whole when 法制 is written 法治 in it', () => {
    expect(typos('镇综合行政执法队严格执行重大执法决定法治审核制度，案卷全部归档。')).toEqual([
      ['重大执法决定法治审核制度', 'high'],
    ]);
  });
  it('leaves the right wording, a particle inside it and a dropped last character alone', () => {
    expect(
      findCanonicalDeviations(
        '镇党委书记履行推进法治建设第一责任人的职责，对照《法治政府建设实施纲要（2021—2025年）》和《法治社会建设实施纲要（2020—2025年）》推进工作。',
        0,
      ),
    ).toEqual([]);
    // The last character lost before the period is termGaps.ts's finding, not a replaced one.
    expect(findCanonicalDeviations('对照《法治政府建设实施纲（2021—2025年）》推进。', 0)).toEqual([]);
  });
});

describe('national document titles misquoted inside their title marks', () => {
  it('flags a long title two characters off and names the issued title', () => {
    const text = '镇党委严格落实《党政主要负责人履行推进法治政府建设第一责任人职责规定》，定期研究法治工作。';
    const found = findTitleDeviations(text, 0);
    expect(found).toHaveLength(1);
    expect(text.slice(found[0]?.span?.start, found[0]?.span?.end)).toBe(
      '党政主要负责人履行推进法治政府建设第一责任人职责规定',
    );
    expect(found[0]?.message).toBe(
      '文件名称有误：《党政主要负责人履行推进法治政府建设第一责任人职责规定》应为《党政主要负责人履行推进法治建设第一责任人职责规定》',
    );
  });
  it('flags a shorter title one character off, its period aside', () => {
    const text =
      '对照《法治政府建设与责任落实督查工作规定》和《法治政府建设实施纲要（2021—2025年）》开展自查。';
    expect(findTitleDeviations(text, 0).map((d) => text.slice(d.span?.start, d.span?.end))).toEqual([
      '法治政府建设与责任落实督查工作规定',
    ]);
  });
  it('leaves issued titles, local documents holding a national title and other documents alone', () => {
    const text =
      '学习《中华人民共和国政府信息公开条例》《重大行政决策程序暂行条例》《青山县法治政府建设实施纲要（2021—2025年）》《法治社会建设实施纲要（2020—2025年）》《习近平经济思想学习纲要》。';
    expect(findTitleDeviations(text, 0)).toEqual([]);
  });
});

describe('the congress formula without its joining word', () => {
  it('flags 党的十九大历次全会, which lost 和 and 十九届', () => {
    const text = '石桥镇2022年法治政府建设年度报告\n2022年，石桥镇认真学习党的十九大历次全会精神。\n';
    const d = analyzeText(text).defects.find((x) => x.quote === '党的十九大历次全会');
    expect(d?.kind).toBe('typo');
    expect(d?.message).toContain('党的十九大和十九届历次全会');
  });
});
