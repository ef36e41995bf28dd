import { describe, expect, it } from 'vitest';
import { analyzeText } from '../analyzeText';

/**
 * Two page faults of real published reports, written anew: another unit's report pasted after
 * the unit's own signature, and a passage lost mid-sentence. Each is one finding; the numbering
 * they break is not reported again.
 */

const TITLE = '青石镇2023年法治政府建设年度报告';
const OPENING =
  '2023年，青石镇在县委、县政府的领导下，深入推进依法行政，持续开展法治宣传教育。现将有关情况报告如下：';
const MEASURES = [
  '一、主要举措和成效',
  '一是健全领导机制，镇党委定期研究法治建设工作，把法治建设纳入年度考核。',
  '二是落实学法制度，班子成员带头学法，干部法治意识明显增强。',
  '二、存在的问题',
  '一是执法力量不足。二是群众参与不够。',
  '三、下一步工作',
  '一是加强执法队伍建设。二是深化法治宣传。',
];

describe('another unit’s text pasted after the signature', () => {
  const text = [
    TITLE,
    OPENING,
    ...MEASURES,
    '青石镇人民政府',
    '2023年12月20日',
    '规范。二是村规民约执行不到位，部分村民参与度不高。',
    '四、2024年工作思路',
    '一是加强学法用法。二是提升依法治理能力。',
    '白沙镇人民政府',
    '2023年12月1日',
  ].join('\n');
  const r = analyzeText(text);

  it('is one finding, on the other unit’s signature', () => {
    const units = r.defects.filter((d) => d.kind === 'unit_mismatch');
    expect(units).toHaveLength(1);
    expect(units[0]?.quote).toBe('白沙镇人民政府');
    expect(units[0]?.message).toContain('白沙镇');
  });

  it('does not report the pasted text’s numbering as the report’s', () => {
    const signed = text.indexOf('2023年12月20日');
    expect(r.defects.filter((d) => d.kind === 'numbering' && (d.start ?? 0) > signed)).toEqual([]);
  });
});

describe('a passage lost mid-sentence', () => {
  it('is reported once; the item number it skipped is not reported again', () => {
    const text = [
      TITLE,
      OPENING,
      '一、主要举措和成效',
      '一是健全领导机制，镇党委定期研究法治建设工作。',
      '二是推进矛盾化解，按照构建矛盾纠纷“大',
      '的行为要加大责任追究力度。',
      '四是规范行政执法，执法人员全部持证上岗。',
      '二、存在的问题',
      '一是执法力量不足。',
    ].join('\n');
    const r = analyzeText(text);
    const lost = r.defects.filter((d) => d.kind === 'other');
    expect(lost).toHaveLength(1);
    expect(lost[0]?.quote).toContain('矛盾纠纷“大');
    expect(r.defects.filter((d) => d.kind === 'numbering')).toEqual([]);
  });
});

describe('one misspelling met by two checks', () => {
  it('is one finding: the wider quote with its fuller correction, at the surer confidence', () => {
    const r = analyzeText(
      `${TITLE}\n${OPENING}\n一、主要举措和成效\n持续优化营商环竟，推动矛盾纠纷就地化解。\n二、存在的问题\n一是执法力量不足。`,
    );
    const typos = r.defects.filter((d) => d.kind === 'typo' && d.quote.includes('环竟'));
    expect(typos.map((d) => [d.quote, d.confidence])).toEqual([['营商环竟', 'high']]);
  });
});

describe('words every report uses, misspelt by one character', () => {
  it('are found even where the report never writes them right', () => {
    const r = analyzeText(
      `${TITLE}\n${OPENING}\n一、主要举措和成效\n组织公职任员参加法律知识考试，召开坐谈会听取意见，坚持依法行正。\n二、存在的问题\n一是执法力量不足。`,
    );
    expect(r.defects.filter((d) => d.kind === 'typo').map((d) => d.quote)).toEqual([
      '公职任员',
      '坐谈会',
      '依法行正',
    ]);
  });
});

describe('a paragraph printed twice in a row', () => {
  const text = [
    TITLE,
    OPENING,
    '一、主要举措和成效',
    '（一）加强组织领导。镇党委召开专题会议研究法治建设工作。',
    '（二）深化普法宣传。组织法律进乡村活动，群众法治意识明显增强。',
    '（二）深化普法宣传。组织法律进乡村活动，群众法治意识明显增强。',
    '（三）规范行政执法。执法人员全部持证上岗。',
    '一、存在的问题',
    '一是执法力量不足。',
    '三、下一年度工作安排',
    '一是加强执法队伍建设。',
  ].join('\n');
  const r = analyzeText(text);

  it('is one finding', () => {
    expect(r.defects.filter((d) => d.kind === 'duplicated_text')).toHaveLength(1);
  });

  it('and a repeated number is one finding: the heading after it agrees with its place', () => {
    expect(r.defects.filter((d) => d.kind === 'numbering').map((d) => d.quote.slice(0, 6))).toEqual([
      '一、存在的问',
    ]);
  });
});

describe('a character dropped from a name every report cites', () => {
  it('is found in the state’s name, the leader’s title and the bodies of the rule-of-law plan', () => {
    const r = analyzeText(
      `${TITLE}\n${OPENING}\n一、主要举措和成效\n认真学习《中华人民和国宪法》，贯彻习近平书记重要讲话精神。镇人民调委员会开展矛盾纠纷排化解。\n二、存在的问题\n一是执法力量不足。`,
    );
    expect(r.defects.filter((d) => d.kind === 'typo').map((d) => d.quote)).toEqual([
      '中华人民和国',
      '习近平书记',
      '人民调委员会',
      '矛盾纠纷排化解',
    ]);
  });
});
