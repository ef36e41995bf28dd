import { describe, expect, it } from 'vitest';
import { composeReport } from './compose';
import { EMPTY_INPUT, RICH_INPUT } from './composeFixtures';
import type { ComposeInput, IndicatorFigure } from './input';
import type { FigureToken, ReportDocument, ReportParagraph } from './model';
import { paragraphText, renderFigure, renderReport, reportPlainText } from './render';

function withValues(values: Record<string, IndicatorFigure>, base: ComposeInput = RICH_INPUT): ComposeInput {
  return { ...base, values: { ...base.values, ...values } };
}

function allParagraphs(doc: ReportDocument): ReportParagraph[] {
  return [
    ...doc.opening,
    ...doc.parts.flatMap((p) => [...p.intro, ...p.sections.flatMap((s) => s.paragraphs)]),
  ];
}

function textOf(doc: ReportDocument, id: string): string {
  const p = allParagraphs(doc).find((x) => x.id === id);
  return p ? paragraphText(p) : '';
}

function tokens(doc: ReportDocument, key: string): FigureToken[] {
  return allParagraphs(doc).flatMap((p) =>
    p.segments.filter((s): s is FigureToken => s.t === 'figure' && s.key === key),
  );
}

const plain = (doc: ReportDocument) => reportPlainText(renderReport(doc));
const count = (value: number | null, previous: number | null = null): IndicatorFigure => ({
  value,
  previous,
});

describe('composeReport: title, issuer and parts', () => {
  it('names a 镇 and a 乡 by its 人民政府, a 街道 by its 办事处, a county by its 人民政府', () => {
    const issuer = (name: string, level = 'township') =>
      composeReport({ ...RICH_INPUT, unit: { id: 'u', name, level } });
    expect(issuer('青石镇').title).toBe('青石镇人民政府关于2025年法治政府建设工作情况的报告');
    expect(issuer('青石镇').signature).toEqual({ unit: '青石镇人民政府', date: '2026-01-20' });
    expect(issuer('白云乡').title).toBe('白云乡人民政府关于2025年法治政府建设工作情况的报告');
    expect(issuer('柳湖街道').title).toBe('柳湖街道办事处关于2025年法治政府建设工作情况的报告');
    expect(issuer('柳湖街道').signature.unit).toBe('柳湖街道办事处');
    expect(issuer('云岭县', 'county').signature.unit).toBe('云岭县人民政府');
  });

  it('speaks of the unit in its own words', () => {
    const xiang = composeReport({ ...RICH_INPUT, unit: { id: 'u', name: '白云乡', level: 'township' } });
    expect(textOf(xiang, 'first_responsible_person-duty')).toMatch(/^乡党委书记、乡长履行/);
    const street = composeReport(EMPTY_INPUT);
    const streetLed = composeReport({ ...RICH_INPUT, unit: EMPTY_INPUT.unit });
    expect(textOf(streetLed, 'first_responsible_person-duty')).toMatch(/^街道党工委书记、办事处主任/);
    expect(textOf(street, 'opening-1')).toMatch(/^2025年，我街道在/);
    const county = composeReport({ ...RICH_INPUT, unit: { id: 'u', name: '云岭县', level: 'county' } });
    expect(textOf(county, 'measures_and_results-organization-work')).toMatch(/^县委、县政府把法治政府建设/);
    expect(textOf(county, 'measures_and_results-service-centre')).toMatch(/^我县政务服务中心设置服务窗口8个/);
  });

  it('heads the plan with the next year and keeps the statutory order', () => {
    const doc = composeReport(RICH_INPUT);
    expect(doc.parts.map((p) => p.key)).toEqual([
      'measures_and_results',
      'shortcomings',
      'first_responsible_person',
      'next_year_plan',
      'other',
    ]);
    expect(doc.parts[3]?.heading).toBe('2026年推进法治政府建设的主要安排');
    expect(composeReport({ ...RICH_INPUT, year: 2030 }).parts[3]?.heading).toBe(
      '2031年推进法治政府建设的主要安排',
    );
    expect(textOf(doc, 'next_year_plan-intro')).toMatch(/^2026年，我镇将继续/);
    const headings = renderReport(doc)
      .blocks.filter((b) => b.kind === 'heading' && b.level === 1)
      .map((b) => b.text);
    expect(headings).toEqual([
      '一、推进法治政府建设的主要举措和成效',
      '二、存在的不足和原因',
      '三、党政主要负责人履行推进法治建设第一责任人职责情况',
      '四、2026年推进法治政府建设的主要安排',
    ]);
  });

  it('gives part 一 a subsection per area that has something to say', () => {
    const doc = composeReport(RICH_INPUT);
    expect(doc.parts[0]?.sections.map((s) => s.id)).toEqual([
      'measures_and_results-organization',
      'measures_and_results-capacity',
      'measures_and_results-publicity',
      'measures_and_results-decision',
      'measures_and_results-enforcement',
      'measures_and_results-supervision',
      'measures_and_results-dispute',
      'measures_and_results-service',
    ]);
    const empty = composeReport(EMPTY_INPUT);
    // only the word on 复议 and 诉讼 is left: that none happened only once the ledger is confirmed
    expect(empty.parts[0]?.sections.map((s) => s.id)).toEqual(['measures_and_results-supervision']);
    expect(textOf(empty, 'measures_and_results-supervision-cases')).toBe(
      '行政复议、行政诉讼台账尚未确认本年度登记完整，复议诉讼及败诉情况暂缺数据。',
    );
    const confirmed = composeReport({ ...EMPTY_INPUT, confirmedAreas: ['supervision'] });
    expect(textOf(confirmed, 'measures_and_results-supervision-cases')).toBe(
      '全年未发生行政复议和行政诉讼案件。',
    );
    expect(empty.parts[0]?.intro[0]?.origin).toBe('data');
    // nothing known at all: part 一 keeps an opening sentence for the township to replace
    const unknown = composeReport({
      ...EMPTY_INPUT,
      values: Object.fromEntries(Object.keys(EMPTY_INPUT.values).map((k) => [k, count(null)])),
    });
    expect(unknown.parts[0]?.sections).toEqual([]);
    expect(unknown.parts[0]?.intro).toEqual([
      {
        id: 'measures_and_results-intro',
        origin: 'suggested',
        segments: [
          {
            t: 'text',
            text: '我街道对照年度法治政府建设任务推进各项工作。本年度相关工作台账尚未形成可供统计的数据，具体做法和成效有待补充。',
          },
        ],
      },
    ]);
  });
});

describe('composeReport: figures', () => {
  it('states a count of one and of many with its measure word, and says nothing of zero', () => {
    const one = composeReport(withValues({ 'publicity.events': count(1) }));
    expect(textOf(one, 'measures_and_results-publicity-events')).toContain('开展普法宣传活动1场，');
    const many = composeReport(withValues({ 'publicity.events': count(36) }));
    expect(textOf(many, 'measures_and_results-publicity-events')).toContain('开展普法宣传活动36场，');
    const zero = composeReport(withValues({ 'publicity.events': count(0) }));
    expect(textOf(zero, 'measures_and_results-publicity-events')).not.toContain('普法宣传活动');
    expect(tokens(zero, 'publicity.events')).toEqual([]);
    // the rest of the sentence still reads
    expect(textOf(zero, 'measures_and_results-publicity-events')).toMatch(
      /^围绕宪法、民法典等与群众生产生活密切相关的法律法规，举办法律知识讲座和以案释法活动12场，/,
    );
  });

  it('leaves out unknown values entirely', () => {
    const doc = composeReport(
      withValues({
        'enforcement.certified_officers': count(null),
        'enforcement.certification_rate': count(null),
      }),
    );
    expect(tokens(doc, 'enforcement.certified_officers')).toEqual([]);
    expect(tokens(doc, 'enforcement.certification_rate')).toEqual([]);
    expect(textOf(doc, 'measures_and_results-enforcement-team')).toBe(
      '组织执法人员业务培训4次，参训96人次。',
    );
  });

  it('binds each figure to its key with the catalog measure, exact style', () => {
    const doc = composeReport(RICH_INPUT);
    expect(tokens(doc, 'decision.major_decisions')[0]).toEqual({
      t: 'figure',
      key: 'decision.major_decisions',
      value: 3,
      measure: '项',
      style: 'exact',
    });
    expect(tokens(doc, 'publicity.materials').map(renderFigure)).toEqual(['1.2万份']);
    expect(tokens(doc, 'enforcement.fines').map(renderFigure)).toEqual(['3.6万元']);
  });

  it('writes a rate with its numerator and denominator, only when there is something to divide', () => {
    const doc = composeReport(RICH_INPUT);
    const pass = tokens(doc, 'study.exam_pass_rate');
    expect(pass).toEqual([
      {
        t: 'figure',
        key: 'study.exam_pass_rate',
        value: 96.5,
        measure: '%',
        style: 'exact',
        numerator: 82,
        denominator: 85,
      },
    ]);
    expect(textOf(doc, 'measures_and_results-capacity-exam')).toContain(
      '参考85人，合格82人，参考率96.6%，合格率96.5%。',
    );
    expect(textOf(doc, 'measures_and_results-dispute-mediation')).toContain(
      '排查调处矛盾纠纷128件，调解成功120件，调解成功率93.8%，办结率96.1%。',
    );
    const none = composeReport(
      withValues({ 'dispute.success_rate': { value: 0, numerator: 0, denominator: 0, previous: null } }),
    );
    expect(tokens(none, 'dispute.success_rate')).toEqual([]);
    expect(textOf(none, 'measures_and_results-dispute-mediation')).not.toContain('成功率');
    const all = composeReport(
      withValues({
        'supervision.npc_closure_rate': { value: 100, numerator: 8, denominator: 8, previous: 90 },
      }),
    );
    expect(textOf(all, 'measures_and_results-supervision-open')).toContain(
      '办理人大代表建议8件，办结率100%。',
    );
  });

  it('compares with last year in words only, when the change is marked', () => {
    const up = composeReport(withValues({ 'publicity.events': count(36, 28) }));
    expect(textOf(up, 'measures_and_results-publicity-events')).toContain(
      '开展普法宣传活动36场，较上年有所增加，',
    );
    const flat = composeReport(withValues({ 'publicity.events': count(36, 33) }));
    expect(textOf(flat, 'measures_and_results-publicity-events')).not.toContain('较上年');
    const unknown = composeReport(withValues({ 'publicity.events': count(36, null) }));
    expect(textOf(unknown, 'measures_and_results-publicity-events')).not.toContain('较上年');
    const petitions = composeReport(withValues({ 'petition.cases': count(30, 41) }));
    expect(textOf(petitions, 'measures_and_results-dispute-petition')).toContain(
      '受理信访事项30件，较上年有所下降，办结29件',
    );
  });

  it('says 无一败诉 for lawsuits without a loss, the number of losses otherwise, and nothing without lawsuits', () => {
    const none = composeReport(withValues({ 'supervision.litigation_lost': count(0) }));
    expect(textOf(none, 'measures_and_results-supervision-cases')).toContain(
      '发生行政诉讼案件2件，无一败诉。',
    );
    const one = composeReport(withValues({ 'supervision.litigation_lost': count(1) }));
    expect(textOf(one, 'measures_and_results-supervision-cases')).toContain('发生行政诉讼案件2件，败诉1件。');
    const noSuits = composeReport(
      withValues({ 'supervision.litigation_cases': count(0), 'supervision.litigation_lost': count(0) }),
    );
    expect(textOf(noSuits, 'measures_and_results-supervision-cases')).not.toContain('败诉');
    // the same ledger not confirmed complete: the cases are stated, no 无一败诉
    const unconfirmed = composeReport({
      ...withValues({ 'supervision.litigation_lost': count(0) }),
      confirmedAreas: ['enforcement'],
    });
    expect(textOf(unconfirmed, 'measures_and_results-supervision-cases')).toContain(
      '发生行政诉讼案件2件。行政复议、行政诉讼台账尚未确认本年度登记完整，复议诉讼及败诉情况暂缺数据。',
    );
  });
});

describe('composeReport: named records', () => {
  const decisions = (titles: string[]) =>
    composeReport({
      ...RICH_INPUT,
      highlights: [
        ...RICH_INPUT.highlights.filter((h) => h.query !== 'major_decisions'),
        ...titles.map((title, i) => ({
          query: 'major_decisions',
          kind: 'major_decision',
          id: `d${i}`,
          title,
          date: '2025-06-01',
          fields: { meetingName: '镇党委会' },
        })),
      ],
    });

  it('names one decision with the meeting that took it, several together, more with 等', () => {
    expect(textOf(decisions([]), 'measures_and_results-decision-major')).toBe(
      '严格执行重大行政决策程序规定，全年推进重大行政决策3项。',
    );
    expect(textOf(decisions(['集镇农贸市场改造']), 'measures_and_results-decision-major')).toContain(
      '“集镇农贸市场改造”经镇党委会研究作出决定。',
    );
    expect(textOf(decisions(['甲项目', '乙方案']), 'measures_and_results-decision-major')).toContain(
      '“甲项目”“乙方案”事项均经集体讨论作出决定。',
    );
    expect(
      textOf(decisions(['甲项目', '乙方案', '丙规划', '丁工程']), 'measures_and_results-decision-major'),
    ).toContain('“甲项目”“乙方案”“丙规划”等事项均经集体讨论作出决定。');
  });

  it('does not quote a title holding a figure the analyzer would take for a result', () => {
    const doc = decisions(['新建3个村级调解室', '乙方案']);
    expect(textOf(doc, 'measures_and_results-decision-major')).toContain('“乙方案”经镇党委会研究作出决定。');
    expect(plain(doc)).not.toContain('调解室');
  });

  it('names normative documents in 《》, and in “” when they name another year', () => {
    const doc = composeReport({
      ...RICH_INPUT,
      highlights: [
        {
          query: 'normative_documents',
          kind: 'normative_document',
          id: 'n1',
          title: '关于印发《2024年村务监督工作要点》的通知',
          date: null,
          fields: {},
        },
        {
          query: 'normative_documents',
          kind: 'normative_document',
          id: 'n2',
          title: '青石镇2024年农村建房管理办法',
          date: null,
          fields: {},
        },
        {
          query: 'normative_documents',
          kind: 'normative_document',
          id: 'n3',
          title: '青石镇村规民约指导意见',
          date: null,
          fields: {},
        },
      ],
    });
    // the first cites an older annual document inside: left out (hence 等); the second is quoted plainly
    expect(textOf(doc, 'measures_and_results-decision-review')).toContain(
      '年内公布实施“青石镇2024年农村建房管理办法”《青石镇村规民约指导意见》等文件。',
    );
  });

  it('tells which kinds of dispute were settled most, by their labels', () => {
    const doc = composeReport(RICH_INPUT);
    expect(textOf(doc, 'measures_and_results-dispute-mediation')).toContain(
      '成功调解的纠纷主要涉及邻里纠纷、婚姻家庭、土地山林等方面。',
    );
  });

  it('writes part 三 from the meetings chaired, the study led and the 述法 held', () => {
    const doc = composeReport(RICH_INPUT);
    expect(textOf(doc, 'first_responsible_person-duty')).toContain(
      '亲自主持召开“法治政府建设工作部署会”“依法行政工作推进会”等会议',
    );
    expect(textOf(doc, 'first_responsible_person-study')).toContain(
      '由县司法局干部周琳围绕“民法典与基层治理”主题授课',
    );
    expect(textOf(doc, 'first_responsible_person-report')).toBe(
      '落实领导干部述法制度，全年领导干部述法4次，镇党委书记王立新、镇长陈明、副镇长刘芳以年终述职述法、专题述法等形式报告了履行法治建设职责情况。',
    );
    const oneMeeting = composeReport({
      ...RICH_INPUT,
      highlights: RICH_INPUT.highlights.filter(
        (h) => h.query !== 'principal_meetings' || h.id === 'meeting-2',
      ),
    });
    expect(textOf(oneMeeting, 'first_responsible_person-duty')).toContain(
      '亲自主持召开“依法行政工作推进会”，研究部署',
    );
    const part = doc.parts.find((p) => p.key === 'first_responsible_person');
    expect(part?.intro.map((p) => p.origin)).toEqual(['data', 'data', 'data']);
    // 五同 as far as records show it (no ledger records 奖惩), and the 负责人 in court
    expect(textOf(doc, 'first_responsible_person-duty')).toBe(
      '镇党委书记、镇长履行推进法治建设第一责任人职责，把法治建设与经济社会发展同部署、同推进、同督促、同考核。亲自主持召开“法治政府建设工作部署会”“依法行政工作推进会”等会议，研究部署法治建设重点任务。行政诉讼案件开庭时，行政机关负责人均出庭应诉。',
    );
    const absent = composeReport({ ...RICH_INPUT, appearances: { hearings: 3, appeared: 0 } });
    expect(textOf(absent, 'first_responsible_person-duty')).toContain(
      '行政机关负责人未能出庭应诉，均委托工作人员出庭',
    );
    // no record at all: nothing asserted, the township is asked to write it
    const bare = composeReport({ ...EMPTY_INPUT });
    expect(
      bare.parts.find((p) => p.key === 'first_responsible_person')?.intro.map((p) => [p.id, p.origin]),
    ).toEqual([['first_responsible_person-none', 'suggested']]);
  });
});

describe('composeReport: narrative and ids', () => {
  it('appends the township text per part as written paragraphs, one per line', () => {
    const doc = composeReport({
      ...RICH_INPUT,
      narrative: {
        measures_and_results: '深入开展“法治乡村”创建。\n\n完成村规民约修订。',
        shortcomings: '部分村法治阵地利用率不高。',
        other: '本年度承担了法治乡村建设试点任务。\r\n  \r\n另附典型案例材料。',
      },
    });
    const written = doc.parts[0]?.sections.at(-1);
    expect(written?.id).toBe('measures_and_results-written');
    expect(written?.paragraphs.map((p) => [p.id, p.origin, paragraphText(p)])).toEqual([
      ['measures_and_results-written-1', 'written', '深入开展“法治乡村”创建。'],
      ['measures_and_results-written-2', 'written', '完成村规民约修订。'],
    ]);
    expect(doc.parts[1]?.intro.at(-1)).toMatchObject({ id: 'shortcomings-written-1', origin: 'written' });
    expect(doc.parts[4]?.intro.map((p) => p.id)).toEqual(['other-written-1', 'other-written-2']);
    expect(plain(doc)).toContain(
      '五、其他需要报告的情况\n本年度承担了法治乡村建设试点任务。\n另附典型案例材料。',
    );
    expect(plain(composeReport(RICH_INPUT))).not.toContain('其他需要报告的情况');
  });

  it('gives every paragraph and section a unique id that re-composing reproduces', () => {
    const a = composeReport(RICH_INPUT);
    const b = composeReport(structuredClone(RICH_INPUT));
    expect(b).toEqual(a);
    const ids = [
      ...allParagraphs(a).map((p) => p.id),
      ...a.parts.flatMap((p) => p.sections.map((s) => s.id)),
    ];
    expect(new Set(ids).size).toBe(ids.length);
    for (const p of a.parts)
      for (const q of [...p.intro, ...p.sections.flatMap((s) => s.paragraphs)])
        expect(q.id.startsWith(`${p.key}-`)).toBe(true);
  });

  it('keeps the ids of paragraphs that did not change when a figure comes or goes', () => {
    const ids = (doc: ReportDocument) => allParagraphs(doc).map((p) => p.id);
    const before = ids(composeReport(RICH_INPUT));
    const after = ids(
      composeReport(withValues({ 'publicity.events': count(0), 'publicity.lectures': count(0) })),
    );
    expect(after.filter((id) => id.startsWith('measures_and_results-'))).toEqual(
      before.filter((id) => id.startsWith('measures_and_results-')),
    );
  });
});
