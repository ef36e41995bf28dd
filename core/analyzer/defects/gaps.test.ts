import { describe, expect, it } from 'vitest';
import { analyzeText } from '../analyzeText';
import type { Defect } from '../types';

/**
 * A short synthetic report of 青禾镇 (invented). The body is followed by one more paragraph,
 * so the body is never the last paragraph of the copy (which the mark checks leave alone).
 */
function defectsOf(body: string): Defect[] {
  const text = `青禾镇2024年法治政府建设年度报告\n2024年，青禾镇坚持依法行政，现将有关工作报告如下。\n${body}\n下一步，镇政府将继续推进依法行政。\n`;
  return analyzeText(text).defects.filter((d) => d.kind !== 'missing_section' && d.confidence !== 'low');
}
const shown = (body: string) => defectsOf(body).map((d) => [d.kind, d.quote]);

describe('long fixed terms with a character dropped or typed twice', () => {
  it('flags a character left out of a long fixed term, naming the full term', () => {
    const ds = defectsOf('镇长认真履行推进法治建设第一责任职责，带头学习习近平法思想。');
    expect(ds.map((d) => [d.kind, d.quote, d.confidence])).toEqual([
      ['typo', '第一责任职责', 'medium'],
      ['typo', '习近平法思想', 'medium'],
    ]);
    expect(ds[0]?.message).toContain('第一责任人职责');
  });
  it('flags a character typed twice inside a long fixed term', () => {
    const ds = defectsOf('镇党委把法治政政府建设列入年度重点工作，坚持以社会主义核心价值值观引领。');
    expect(ds.map((d) => [d.kind, d.quote])).toEqual([
      ['typo', '法治政政府建设'],
      ['typo', '社会主义核心价值值观'],
    ]);
    expect(ds[0]?.message).toContain('疑有多字');
  });
  it('leaves the terms, their usual short forms and words meeting at a term’s edge alone', () => {
    expect(
      shown(
        '镇党委深入学习习近平法治思想，推行行政执法公示制度和执法全程记录，落实主要负责人第一责任人责任，规范文件管理，压实第一责任人职责。',
      ),
    ).toEqual([]);
  });
});

describe('names and periods of the national documents', () => {
  it('flags a document name that lost its last character before the period or the title mark', () => {
    expect(shown('对照《法治政府建设实施纲（2021—2025年）》和《重大行政决策程序暂行条》逐项落实。')).toEqual([
      ['typo', '法治政府建设实施纲'],
      ['typo', '重大行政决策程序暂行条'],
    ]);
  });
  it('flags a national document’s period written without 年', () => {
    const ds = defectsOf('坚持以《法治政府建设实施纲要（2021—2025）》为指导。');
    expect(ds.map((d) => [d.kind, d.quote])).toEqual([['typo', '《法治政府建设实施纲要（2021—2025）》']]);
    expect(ds[0]?.message).toContain('缺少“年”字');
  });
  it('leaves the full names, a period with 年, local documents and running text alone', () => {
    expect(
      shown(
        '对照《法治政府建设实施纲要（2021-2025年）》和《云岭县法治政府建设实施纲要（2021—2025）》，实施八五普法规划（2021—2025），落实法治政府建设实施纲要求的各项任务。',
      ),
    ).toEqual([]);
  });
});

describe('inline items run together', () => {
  it('flags the next item of a paragraph’s sequence glued to the previous item’s last word', () => {
    expect(shown('一是压实责任，全年专题研究法治工作3次二是规范执法，全年办理案件5件。')).toEqual([
      ['typo', '法治工作3次二是'],
    ]);
  });
  it('leaves items after a stop, words holding 是 and an item out of sequence alone', () => {
    expect(shown('一是压实责任；二是规范执法。其二是指镇村两级，唯一是要求。')).toEqual([]);
  });
});

describe('years with a digit too many or too few', () => {
  it('flags a five-digit year and a three-digit one opening a clause', () => {
    expect(shown('20234年以来，镇政府修订议事规则。全镇推进依法决策，202年度共审查合同9份。')).toEqual([
      ['typo', '20234年'],
      ['typo', '202年'],
    ]);
  });
  it('leaves spans of years, sums of money and four-digit years alone', () => {
    expect(
      shown('建党100年之际，镇政府投入20300元修缮200余年历史的古祠，2023年以来新建法治长廊2处。'),
    ).toEqual([]);
  });
});

describe('rates without their percent sign', () => {
  it('flags a rate whose figure lost its % and a doubled %', () => {
    expect(shown('全年调处矛盾纠纷41件，调处成功率达97，群众满意率98%%。')).toEqual([
      ['typo', '调处成功率达97'],
      ['typo', '8%%'],
    ]);
  });
  it('leaves rates with their sign, a list closed by one sign and figures that are no rate alone', () => {
    expect(
      shown('行政机关负责人出庭应诉率100%，参考率、合格率分别为100、98%，效率提升2倍，覆盖率提高3个百分点。'),
    ).toEqual([]);
  });
});

describe('round brackets that do not pair up', () => {
  it('flags an opening bracket never closed and a closing one never opened', () => {
    expect(
      shown('对照《法治政府建设实施纲要》（2021—2025年的要求逐项落实。\n全年审查合同12份），提出意见9条。'),
    ).toEqual([
      ['typo', '（2021—2025年'],
      ['typo', '全年审查合同12份）'],
    ]);
  });
  it('leaves pairs, item numbers closed by one bracket and a cut-off last paragraph alone', () => {
    const text =
      '青禾镇2024年法治政府建设年度报告\n2024年，青禾镇坚持依法行政，现将有关工作报告如下。\n' +
      '全镇共有村（社区）12个。主要做法：1）健全制度；2）规范执法。\n一）加强学习。\n全年开展普法活动（含“宪法宣传周”';
    expect(analyzeText(text).defects.filter((d) => d.message.includes('括号不成对'))).toEqual([]);
  });
  it('flags a bracket in a cut-off last paragraph when the title around it closed or a second pair began', () => {
    const head = '青禾镇2024年法治政府建设年度报告\n2024年，青禾镇坚持依法行政，现将有关工作报告如下。\n';
    const brackets = (last: string) =>
      analyzeText(head + last)
        .defects.filter((d) => d.message.includes('括号不成对'))
        .map((d) => d.quote);
    expect(brackets('镇党委对照《云岭县依法治县规划（2021-2025年》部署全年工作，组织干部')).toEqual([
      '（2021-2025年',
    ]);
    expect(brackets('镇里修订《村规民约（修订稿》和《议事规则》，召开会议（扩大')).toEqual([
      '（修订稿》和《议事规则',
    ]);
    expect(brackets('全镇干部参加学法考试（含村干部，共计')).toEqual([]);
    expect(brackets('镇党委学习《云岭县依法治县规划（2021-2025年')).toEqual([]);
  });
});

describe('a term of the genre with one inner character left out', () => {
  it('flags a term of four or more characters missing an inner character, at medium', () => {
    const ds = defectsOf('全镇及时化解矛纠纷12件，排查矛盾纠纷，执法全过记录覆盖全部案件。');
    expect(ds.map((d) => [d.kind, d.quote, d.confidence])).toEqual([
      ['typo', '矛纠纷', 'medium'],
      ['typo', '执法全过记录', 'medium'],
    ]);
  });
  it('flags an everyday term with a character left out where the report writes the term elsewhere', () => {
    expect(shown('镇里发放宣资料500份，村里另印宣传资料200份。')).toEqual([['typo', '宣资料']]);
    expect(shown('镇里发放宣资料500份。')).toEqual([]);
  });
  it('leaves short forms in use and runs that begin other words alone', () => {
    expect(shown('推行执法全程记录，清理规范文件3件，推进政务开放，政务公开及时。')).toEqual([]);
  });
});
