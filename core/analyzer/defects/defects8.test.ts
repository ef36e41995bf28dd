import { describe, expect, it } from 'vitest';
import { analyzeText } from '../analyzeText';
import type { Defect } from '../types';

/** A short synthetic report of 青禾镇 (invented), on the given year; the body is never the copy's last paragraph. */
function defectsOf(body: string, year = 2024): Defect[] {
  const text = `青禾镇${year}年法治政府建设年度报告\n${year}年，青禾镇坚持依法行政，现将有关工作报告如下。\n${body}\n下一步，镇政府将继续推进依法行政。\n`;
  return analyzeText(text).defects.filter((d) => d.kind !== 'missing_section' && d.confidence !== 'low');
}
const shown = (body: string, year?: number) => defectsOf(body, year).map((d) => [d.kind, d.quote]);

describe('a numbered heading run into its body', () => {
  it('flags the unit opening the body right after the title', () => {
    const ds = defectsOf(
      '一、主要举措\n1.夯实干部学法基础青禾镇党委、政府把学法列入年度计划，全年组织集中学法6次。\n2.提升执法人员素质青禾镇认真组织执法培训，共培训执法人员30人次，考试合格率100%。',
    );
    expect(ds.map((d) => [d.kind, d.quote])).toEqual([
      ['typo', '学法基础青禾镇党'],
      ['typo', '人员素质青禾镇认'],
    ]);
    expect(ds[0]?.message).toContain('夯实干部学法基础');
  });
  it('flags an adverb that wants an agent right after the title’s noun', () => {
    expect(
      shown(
        '一、主要举措\n（一）完善决策程序，提升依法决策水平着力规范重大事项集体决策的全部流程。全年对12项重大事项进行了合法性审查。',
      ),
    ).toEqual([['typo', '决策水平着力规范']]);
  });
  it('leaves headings on their own line, a comma before the unit, and a noun with its predicate alone', () => {
    expect(
      shown(
        '一、主要举措\n（一）夯实干部学法基础\n青禾镇党委、政府把学法列入年度计划。\n（二）完善决策程序，青禾镇认真落实重大行政决策程序，全年审查重大事项12项。\n（三）依法行政水平不断提升，干部法治意识持续增强，全年未发生行政败诉案件。\n（四）推进青禾镇全面依法治镇工作，定期召开专题会议研究法治建设。',
      ),
    ).toEqual([]);
  });
});

describe('a document number that lost both brackets and 号', () => {
  it('flags the code run into year and serial number after a title', () => {
    const ds = defectsOf('按照《关于加强基层法治建设的通知》（青委法20228）要求，镇里制定了工作方案。');
    expect(ds.map((d) => [d.kind, d.quote])).toEqual([['typo', '青委法20228']]);
    expect(ds[0]?.message).toContain('青委法〔2022〕8号');
  });
  it('leaves a well-formed number and a period in parentheses alone', () => {
    expect(
      shown(
        '按照《关于加强基层法治建设的通知》（青委法〔2022〕8号）和《青禾县法治政府建设实施方案》（2021—2025年）要求推进工作。',
      ),
    ).toEqual([]);
  });
});

describe('the 2015 outline’s goal list in a later report', () => {
  const OLD = '紧扣职能科学、权责法定、执法严明、公开公正、廉洁高效、守法诚信的目标要求推进各项工作。';
  it('flags 廉洁高效、守法诚信 in a 2024 report', () => {
    const ds = defectsOf(OLD);
    expect(ds.map((d) => [d.kind, d.quote])).toEqual([['typo', '廉洁高效、守法诚信']]);
    expect(ds[0]?.message).toContain('智能高效、廉洁诚信、人民满意');
  });
  it('leaves it alone in a 2019 report and after the old outline’s period', () => {
    expect(shown(OLD, 2019)).toEqual([]);
    expect(
      shown(
        '《法治政府建设实施纲要（2015—2020年）》提出职能科学、权责法定、执法严明、公开公正、廉洁高效、守法诚信的目标。',
      ),
    ).toEqual([]);
  });
});

describe('ASCII angle brackets for a title inside a title', () => {
  it('asks for 〈〉 inside 《》', () => {
    const ds = defectsOf('印发《关于落实<青禾镇普法责任清单>的通知》，明确各站所普法责任。');
    expect(ds.map((d) => d.kind)).toEqual(['typo']);
    expect(ds[0]?.message).toContain('〈〉');
  });
  it('asks for 《》 outside a title', () => {
    const ds = defectsOf('组织学习<青禾镇普法责任清单>，明确各站所普法责任。');
    expect(ds[0]?.message).toContain('《》');
    expect(ds[0]?.message).not.toContain('〈〉');
  });
});
