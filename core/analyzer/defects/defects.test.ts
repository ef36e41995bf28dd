import { describe, expect, it } from 'vitest';
import { analyzeText } from '../analyzeText';
import type { Defect } from '../types';

/** A short synthetic report of 青禾镇 (invented) with the body given; only new-check findings matter. */
function defectsOf(body: string, year = 2024): Defect[] {
  const text = `青禾镇${year}年法治政府建设年度报告\n${year}年，青禾镇坚持依法行政，现将有关工作报告如下。\n${body}\n`;
  return analyzeText(text).defects.filter((d) => d.kind !== 'missing_section');
}

function quotes(body: string, year?: number): string[] {
  return defectsOf(body, year).map((d) => d.quote);
}

describe('wrong characters from the report’s own vocabulary', () => {
  it('flags the spelling that differs from the report’s word in one confusable character', () => {
    const ds = defectsOf('镇便民服务中心办证大厅已投入使用。群众可到办政大厅咨询，窗口按时开放。');
    const d = ds.find((x) => x.quote === '办政大厅');
    expect(d?.kind).toBe('typo');
    expect(d?.confidence).toBe('high');
    expect(d?.message).toContain('办证大厅');
  });
  it('flags a fixed national term one character off even where the report never writes it right', () => {
    const ds = defectsOf('严格落实重大执法决定法治审核制度，对规范性文件开展合法性审察。');
    // The whole system's name is the fixed formulation (canonical.ts), so it is quoted whole.
    expect(ds.filter((d) => d.kind === 'typo').map((d) => [d.quote, d.confidence])).toEqual([
      ['重大执法决定法治审核制度', 'high'],
      ['合法性审察', 'high'],
    ]);
  });
  it('flags wrong characters in fixed terms of the genre, saying it is a fixed term', () => {
    const ds = defectsOf('镇党委惯彻落实县委决策，深入学习习近平法制思想，推行双随即抽查。');
    expect(ds.filter((d) => d.kind === 'typo').map((d) => [d.quote, d.confidence])).toEqual([
      ['惯彻落实', 'medium'],
      ['习近平法制思想', 'medium'],
      ['双随即', 'medium'],
    ]);
    expect(ds[0]?.message).toContain('固定用语');
  });
  it('leaves two real words alone and does not judge across word boundaries', () => {
    expect(quotes('全镇共作出行政处罚决定5件，街道工作人员全部持证上岗。')).toEqual([]);
    expect(quotes('我镇坚持法制审核与法治宣传并重，法治宣传覆盖各村。')).toEqual([]);
  });
});

describe('official wording', () => {
  it('flags an item of the outline’s goal list written wrongly', () => {
    const ds = defectsOf(
      '加快建设职能科学、权责法定、执法严明、公开公正、智慧高效、廉洁诚信、人民满意的法治政府。',
    );
    expect(ds.map((d) => [d.kind, d.quote])).toEqual([['typo', '智慧高效']]);
    expect(ds[0]?.message).toContain('智能高效');
  });
  it('accepts both outlines’ wording', () => {
    expect(
      quotes('建设职能科学、权责法定、执法严明、公开公正、廉洁高效、守法诚信的法治政府。', 2019),
    ).toEqual([]);
    expect(
      quotes('建设职能科学、权责法定、执法严明、公开公正、智能高效、廉洁诚信、人民满意的法治政府。'),
    ).toEqual([]);
  });
  it('flags 历届全会 and a missing 届 in the congress formula', () => {
    expect(quotes('全镇干部深入学习党的二十大和历届全会精神。')).toEqual(['党的二十大和历届全会']);
    expect(quotes('全镇干部深入学习党的二十大及历次全会精神。')).toEqual(['党的二十大及历次全会']);
    expect(quotes('全镇干部深入学习党的二十大和二十届历次全会精神。')).toEqual([]);
  });
});

describe('dropped characters', () => {
  it('flags 报如下, 第一人 and 入 without a verb', () => {
    expect(quotes('现将本镇情况报如下。')).toEqual(['情况报如下']);
    expect(quotes('镇党委书记是全镇法治建设的第一人，亲自部署。')).toEqual(['的第一人']);
    expect(quotes('强化学法用法，落实第一人职责，按季调度。')).toEqual(['第一人']);
    expect(quotes('将村规民约审查入年度工作要点，按季调度。')).toEqual(['查入年度']);
  });
  it('leaves 汇报如下, 第一人民医院 and 纳入 alone', () => {
    expect(quotes('现将本镇情况汇报如下。')).toEqual([]);
    expect(quotes('镇党委书记带队走访县第一人民医院。')).toEqual([]);
    expect(quotes('将村规民约审查纳入年度工作要点。')).toEqual([]);
  });
  it('flags a doubled 在 but not the AABB word 实实在在', () => {
    expect(quotes('镇司法所在在村委会设立调解室。')).toEqual(['在在']);
    expect(quotes('确保学习取得实实在在的成效。')).toEqual([]);
  });
});

describe('usage confusions', () => {
  it('flags 做出 before a decision and 必需 before a verb', () => {
    expect(defectsOf('镇政府依法做出行政处罚决定3件。').map((d) => [d.quote, d.confidence])).toEqual([
      ['做出', 'medium'],
    ]);
    expect(quotes('全体干部必需严格依法办事。')).toEqual(['必需']);
  });
  it('shows 截止 before a date only as a hint', () => {
    expect(defectsOf('截止2024年底，共调解纠纷12件。').map((d) => [d.quote, d.confidence])).toEqual([
      ['截止', 'low'],
    ]);
  });
  it('flags 确实 before a duty verb, 行政权利 for power and 反应 for reporting a matter', () => {
    expect(quotes('乡政府确实加强行政执法监督，规范行政权利运行，及时处理群众反应的问题。')).toEqual([
      '确实',
      '权利',
      '反应',
    ]);
  });
  it('flags 法治建 that lost 设 before a noun, not 法治建设', () => {
    expect(quotes('科学安排部署，夯实法治建基础，推进法治建设工作。')).toEqual(['法治建']);
  });
  it('flags 急待 before a verb of remedy', () => {
    expect(quotes('基层执法力量不足的问题急待解决。')).toEqual(['急待']);
  });
  it('leaves 确实 stating a fact, 合法权利 and 反应强烈 alone', () => {
    expect(quotes('调解工作确实有效，干部作风确实提高了，维护群众合法权利，群众反应强烈。')).toEqual([]);
  });
  it('leaves 作出, 必需品 and 截至 alone', () => {
    expect(
      quotes('镇政府依法作出行政处罚决定3件，为群众发放生活必需品。截至2024年底，共调解纠纷12件。'),
    ).toEqual([]);
  });
});

describe('marks, dates and numbers', () => {
  it('flags an opening mark typed for the closing one as a typo, not a broken sentence', () => {
    const ds = defectsOf('组织开展“宪法宣传周“活动，发放宣传资料。\n群众法治意识明显增强。');
    expect(ds.map((d) => [d.kind, d.quote])).toEqual([['typo', '“宪法宣传周“']]);
  });
  it('checks the last paragraph of a cut-off copy too, but lets it stop inside a quotation', () => {
    expect(quotes('群众法治意识明显增强。\n利用“宪法宣传周”“民法典宣传月、“国家安全日”开展宣传。')).toEqual([
      '“民法典宣传月、',
    ]);
    // The open quotation at the copy's end is the cut (other), no quotation-mark typo.
    expect(
      defectsOf('群众法治意识明显增强。\n利用“宪法宣传周”“民法典宣传月”开展“送法')
        .filter((d) => d.kind === 'typo')
        .map((d) => d.quote),
    ).toEqual([]);
  });
  it('flags a doubled quotation mark once, not also as a broken sentence', () => {
    const ds = defectsOf('围绕““宪法宣传周”开展普法活动，群众反响良好。');
    expect(ds.map((d) => d.kind)).toEqual(['typo']);
    expect(ds[0]?.quote).toContain('““');
  });
  it('flags an unclosed title mark', () => {
    expect(
      defectsOf('组织学习《行政复议法，并开展测试。各村同步学习《民法典》。').map((d) => d.kind),
    ).toEqual(['typo']);
  });
  it('flags a year without 年, a range without a dash and a date without 月', () => {
    expect(quotes('对照2024法治政府建设要点逐项落实。')).toEqual(['2024法治']);
    expect(quotes('编制20212025年普法规划。')).toEqual(['20212025年']);
    expect(quotes('2024年6日召开专题会议。')).toEqual(['2024年6日']);
  });
  it('flags a closing quotation mark with no opening one, not well-paired ones', () => {
    expect(quotes('推广法律明白人”做法，开展“八五”普法。\n全镇宣传到位。')).toEqual(['推广法律明白人”']);
    expect(quotes('推广“法律明白人”做法，开展“八五”普法。\n全镇宣传到位。')).toEqual([]);
  });
  it('flags a date whose 月 or 日 was dropped before the verb, and a day lost before 日', () => {
    expect(quotes('2024年3召开推进会。')).toEqual(['2024年3']);
    expect(quotes('于2024年11月8召开专题会议。')).toEqual(['11月8']);
    expect(quotes('12月日组织集中学法。')).toEqual(['12月日']);
    expect(quotes('20243月印发工作要点。')).toEqual(['20243月']);
  });
  it('flags a year with no 年 before a comma or 是, 年 typed as 月, and a lost month', () => {
    expect(quotes('2024，青禾镇持续推进依法行政。')).toEqual(['2024']);
    expect(quotes('截至2024底，全镇持证执法人员12名。')).toEqual(['2024底']);
    expect(quotes('全镇于2024月5月召开推进会。')).toEqual(['2024月']);
    expect(quotes('全镇于2024年月16日召开推进会。')).toEqual(['2024年月']);
    expect(quotes('全镇于2024年316日召开推进会。')).toEqual(['2024年316日']);
  });
  it('flags a day without 日 before a stop and dates no calendar has', () => {
    expect(quotes('全镇于2024年4月18，召开推进会。')).toEqual(['4月18']);
    expect(quotes('全镇于2024年6月31日召开推进会。')).toEqual(['6月31日']);
    expect(quotes('全镇于2024年4月12月召开推进会。')).toEqual(['4月12月']);
    expect(quotes('全镇于2024年14月召开推进会。')).toEqual(['2024年14月']);
  });
  it('flags a month without 月 before a stop and a month range that lost its closing 月', () => {
    expect(quotes('截至2024年11，全镇共办理案件20件。')).toEqual(['2024年11']);
    expect(quotes('2024年1-10全镇共办理案件20件。')).toEqual(['2024年1-10']);
    expect(quotes('2024年1-10月全镇共办理案件20件，2024年3、4月集中整治。')).toEqual([]);
  });
  it('leaves counts before a comma, day lists, leap days and 年初 alone', () => {
    expect(
      quotes('全年受理2024件，4月15、16日集中办理，2月29日召开会议，2024年初制定方案，2024年3个村创建达标。'),
    ).toEqual([]);
  });
  it('leaves 1月日常, 10月1日起 and a month range alone', () => {
    expect(quotes('自1月日常检查开始，10月1日起施行新办法，1至3月集中整治。')).toEqual([]);
  });
  it('flags a title mark pair that runs over a comma as two titles missing a mark', () => {
    const ds = defectsOf('开展《青禾镇村规民约宣传活动，组织学习行政处罚法》等法律。');
    expect(ds.map((d) => [d.kind, d.quote])).toEqual([['typo', '《青禾镇村规民约宣传活动']]);
    const stray = defectsOf('推进《民法典》学习，组织宣传村规民约进万家》活动。');
    expect(stray.map((d) => d.kind)).toEqual(['typo']);
  });
  it('leaves well-formed dates, ranges and 2000余 alone', () => {
    expect(quotes('2024年6月3日召开专题会议，发放资料2000余份，落实2021—2025年普法规划。')).toEqual([]);
  });
  it('flags a document number cited from a year after the report', () => {
    const ds = defectsOf('根据青政发〔2027〕3号文件要求开展工作。', 2024);
    expect(ds.map((d) => [d.kind, d.quote])).toEqual([['year_mismatch', '〔2027〕3号']]);
  });
  it('gives wrong brackets in a document number as a hint', () => {
    expect(defectsOf('根据青政发[2024]3号文件要求开展工作。').map((d) => d.confidence)).toEqual(['low']);
  });
});

describe('stale references and structure', () => {
  it('flags 七五普法 as this year’s plan in a 2022 report', () => {
    const ds = defectsOf('认真落实七五普法规划各项任务。', 2022);
    expect(ds.map((d) => [d.kind, d.quote])).toEqual([['year_mismatch', '七五普法']]);
    expect(ds[0]?.message).toContain('八五普法');
  });
  it('accepts looking back on the finished plan and the plan in force', () => {
    expect(quotes('顺利通过七五普法总结验收，启动八五普法规划。', 2021)).toEqual([]);
    expect(quotes('全面完成“七五”普法规划各项任务。', 2021)).toEqual([]);
  });
  it('flags the plan also when its name is quoted (“七五”普法)', () => {
    const ds = defectsOf('充分利用“七五”普法宣传阵地开展活动。', 2023);
    expect(ds.map((d) => [d.kind, d.quote])).toEqual([['year_mismatch', '七五”普法']]);
    expect(ds[0]?.message).toContain('“七五普法”');
  });
  it('flags a sub-heading that lost its opening bracket', () => {
    const ds = defectsOf(
      '（一）加强组织领导\n镇党委定期研究法治工作。\n二）规范行政执法\n严格执行三项制度。',
    );
    expect(ds.map((d) => d.kind)).toContain('numbering');
  });
  it('reports the lost bracket once, not again as a skipped number at the next heading', () => {
    const ds = defectsOf(
      '（一）加强组织领导\n镇党委定期研究法治工作。\n二）规范行政执法\n严格执行三项制度。\n（三）深化普法宣传\n开展宣传。',
    );
    expect(ds.map((d) => [d.kind, d.quote])).toEqual([['numbering', '二）规范行政执法']]);
  });
  it('flags the plan named in full (“七五”法治宣传教育) and a stray 法 before 合法性审查', () => {
    expect(quotes('深入实施“七五”法治宣传教育规划。', 2021)).toEqual(['七五”法治宣传教育']);
    expect(quotes('对规范性文件进行法合法性审查。')).toEqual(['法合法性审查']);
    expect(quotes('依法合法性审查全覆盖，开展合法性审查。')).toEqual([]);
  });
  it('flags the subject written twice and a year glued to an unfinished clause', () => {
    const ds = defectsOf('2024年，青禾镇在县委的领导下，在县依法治县办的指导下，青禾镇坚持依法行政。');
    expect(ds.map((d) => [d.kind, d.quote])).toEqual([['other', '在县依法治县办的指导下，青禾镇']]);
    expect(quotes('将普法工作列入镇政府重要2024年，全镇开展宣传10次。').length).toBe(1);
  });
  it('flags the subject written again after a single 在…下 clause in the opening', () => {
    const ds = defectsOf('2024年，青禾镇在县委、县政府的坚强领导下，青禾镇坚持以法治思想为指导。');
    expect(ds.map((d) => [d.kind, d.quote, d.confidence])).toEqual([['other', '青禾镇', 'medium']]);
    expect(quotes('2024年，青禾镇在县委、县政府的坚强领导下，坚持以法治思想为指导。')).toEqual([]);
  });
  it('leaves a single subject and a year after a comma alone', () => {
    expect(
      quotes('青禾镇在县委的领导下，坚持依法行政。2024年，全镇开展宣传10次。在2024年，全镇再次开展宣传。'),
    ).toEqual([]);
  });
  it('flags a heading printed twice in a row, but not a page title repeated as the document title', () => {
    const ds = defectsOf('（一）加强组织领导\n（一）加强组织领导\n镇党委定期研究法治工作。');
    expect(ds.map((d) => [d.kind, d.quote])).toEqual([['duplicated_text', '（一）加强组织领导']]);
    const titled = analyzeText(
      '青禾镇2024年法治政府建设年度报告\n青禾镇2024年法治政府建设年度报告\n2024年，青禾镇坚持依法行政。\n',
    );
    expect(titled.defects.filter((d) => d.kind === 'duplicated_text')).toEqual([]);
  });
});

describe('run-on clauses, lost heading marks and newer verbs', () => {
  it('flags a count running into the next clause’s adverb, not a count opening a clause', () => {
    expect(quotes('镇长听取工作汇报6次先后召开专题会议3次。')).toEqual(['6次先后']);
    expect(quotes('发布政务信息52条及时回应群众关切。')).toEqual(['52条及时']);
    expect(quotes('全镇12个村中，其中9个有效运转法律服务点。')).toEqual([]);
  });
  it('flags a closing count running into the next clause’s noun, not a count before its own noun', () => {
    expect(quotes('普法日当天分发法治手册300余份驻村律师入户讲解5次。')).toEqual(['300余份驻村']);
    expect(quotes('镇里召开法治专题会议4全体班子成员参加学法2次。')).toEqual(['4全体']);
    expect(quotes('化解邻里纠纷15件满意率98%。')).toEqual(['15件满意']);
    expect(
      quotes(
        '分发300份法治挂历，组织90名干部参加考试1次，开展讲座10场以上，举办讲座6场和培训2期，开展宣讲9场，覆盖村民800人。',
      ),
    ).toEqual([]);
  });
  it('flags two meeting names run together, not a joint title naming the committee and then the government', () => {
    const meetings = (text: string) =>
      analyzeText(text)
        .defects.filter((d) => d.message.includes('疑缺标点'))
        .map((d) => d.quote);
    const tail = '\n2024年，青禾镇坚持依法行政，现将有关工作报告如下。\n下一步，继续推进。\n';
    expect(meetings(`中共青禾镇委员会青禾镇人民政府关于2024年法治政府建设情况的报告${tail}`)).toEqual([]);
    expect(
      meetings(
        `青禾镇2024年法治政府建设年度报告${tail.replace('如下。', '如下。镇里召开动员会青禾镇推进会。')}`,
      ),
    ).toEqual(['动员会青禾镇']);
  });
  it('flags the heads’ duty formulation that lost the word 第一, not a person put in charge', () => {
    expect(quotes('镇长认真履行推进法治建设责任人职责，定期听取汇报。')).toEqual(['推进法治建设责任人']);
    expect(quotes('镇里明确各村法治建设责任人，镇长履行推进法治建设第一责任人职责。')).toEqual([]);
  });
  it('flags a bare 我 opening a clause, where the unit noun after it was lost', () => {
    expect(quotes('2024年我认真落实普法责任，我严格执行三项制度。')).toEqual(['我认真落实', '我严格执行']);
    expect(
      quotes('我镇认真落实普法责任，开展“我为群众办实事”，健全群众自我管理机制，“爱我家乡”活动持续开展。'),
    ).toEqual([]);
  });
  it('takes an item run into the sentence before it as the reason the next item seems to skip', () => {
    const ds = defectsOf('一是健全机制。建立工作制度3项二是强化学习，组织学法。三是规范执法，开展培训。');
    expect(ds.map((d) => [d.kind, d.quote])).toEqual([['typo', '工作制度3项二是']]);
  });
  it('flags a heading whose number and opening bracket were both lost', () => {
    const ds = defectsOf(
      '（一）加强组织领导\n镇党委定期研究法治工作。\n）规范行政执法\n严格执行三项制度。\n（三）深化普法宣传\n开展宣传。',
    );
    expect(ds.map((d) => [d.kind, d.quote])).toEqual([['numbering', '）规范行政执法']]);
  });
  it('leaves 建强 alone where the report writes 坚强 elsewhere', () => {
    expect(quotes('在镇党委坚强领导下，建强执法队伍，全镇法治建设稳步推进。')).toEqual([]);
  });
});

describe('title marks typed with other keys', () => {
  it('flags <<…>>, single angle brackets outside a title and an empty pair', () => {
    expect(quotes('组织学习<<民法典>>等法律法规。')).toEqual(['<<民法典>>']);
    expect(quotes('组织学习〈民法典〉等法律法规。')).toEqual(['〈民法典〉']);
    expect(quotes('组织学习《》等法律法规。')).toEqual(['学习《》']);
  });
  it('flags a body’s name in title marks, not a document named after a body', () => {
    expect(quotes('5月成立了《青禾县复议咨询委员会》，并印发《青禾县人民调解委员会工作规则》。')).toEqual([
      '《青禾县复议咨询委员会》',
    ]);
    expect(quotes('印发《关于调整青禾镇法治建设领导小组的通知》《青禾镇矛盾纠纷调解室》。')).toEqual([
      '《青禾镇矛盾纠纷调解室》',
    ]);
  });
  it('leaves single angle brackets inside a title alone', () => {
    expect(quotes('印发《关于转发〈青禾镇普法规划〉的通知》。')).toEqual([]);
  });
});

describe('confidence', () => {
  it('is set on every finding, a missing part included', () => {
    const r = analyzeText(
      '青禾镇2024年法治政府建设年度报告\n2024年，青禾镇坚持依法行政，现将情况报如下。\n全镇干部必需严格依法办事。\n',
    );
    expect(r.defects.length).toBeGreaterThanOrEqual(3);
    for (const d of r.defects) expect(['high', 'medium', 'low'], d.message).toContain(d.confidence);
    expect(r.defects.find((d) => d.kind === 'missing_section')?.confidence).toBe('high');
  });
});

describe('a heading that lost its number', () => {
  it('quotes the unnumbered heading, not the correctly numbered one after it', () => {
    const ds = defectsOf(
      '一、主要举措和成效\n（一）加强组织领导。全年召开专题会议4次。\n强化学习培训。组织班子成员集中学法6次。\n（三）深化普法宣传。全年发放宣传资料3000余份。',
    ).filter((d) => d.kind === 'numbering');
    expect(ds.map((d) => [d.quote, d.confidence])).toEqual([['强化学习培训', 'medium']]);
    expect(ds[0]?.message).toContain('（二）');
  });
  it('finds a lost first number under its part heading', () => {
    const ds = defectsOf(
      '一、主要举措和成效\n加强组织领导\n全年召开专题会议4次。\n（二）强化学习培训\n组织班子成员集中学法6次。',
    ).filter((d) => d.kind === 'numbering');
    expect(ds.map((d) => d.quote)).toEqual(['加强组织领导']);
  });
  it('finds a lost number among Arabic-numbered items too', () => {
    const ds = defectsOf(
      '一、主要举措和成效\n1.加强组织领导\n镇党委定期研究法治工作。\n强化学法用法\n组织干部学法。\n3.深化普法宣传\n开展宣传活动。',
    ).filter((d) => d.kind === 'numbering');
    expect(ds.map((d) => [d.quote, d.message.includes('2.')])).toEqual([['强化学法用法', true]]);
  });
  it('keeps the plain break when no single paragraph reads as the lost heading', () => {
    const ds = defectsOf(
      '一、主要举措和成效\n（一）加强组织领导。全年召开专题会议4次。\n（三）深化普法宣传。全年发放宣传资料3000余份。',
    ).filter((d) => d.kind === 'numbering');
    expect(ds.map((d) => d.quote)).toEqual(['（三）深化普法宣传']);
  });
});

describe('periods of national documents and approximations', () => {
  it('flags a national outline cited with a wrong period, not a local one', () => {
    const ds = defectsOf('紧扣《法治政府建设实施纲要（2022—2025年）》要求推进工作。');
    expect(ds.map((d) => [d.kind, d.quote])).toEqual([
      ['year_mismatch', '法治政府建设实施纲要（2022—2025年）'],
    ]);
    expect(ds[0]?.message).toContain('2021—2025');
    expect(
      quotes('落实《法治政府建设实施纲要（2021—2025年）》《法治社会建设实施纲要（2020—2025年）》。'),
    ).toEqual([]);
    expect(quotes('落实《青禾县法治政府建设实施纲要（2022—2025年）》。')).toEqual([]);
  });
  it('flags 余 after a single digit but not after a round number', () => {
    expect(quotes('全年组织干部集中学法4余次。')).toEqual(['4余']);
    expect(quotes('全年组织干部集中学法10余次，覆盖3万余人次。')).toEqual([]);
  });
  it('flags a document number that lost one of its 六角括号 and says what was meant', () => {
    const ds = defectsOf(
      '按照青禾法发〔20243号文件要求，落实溪镇办发2024〕15号通知，执行青政发〔2024〕6号。',
      2024,
    );
    expect(ds.map((d) => [d.kind, d.quote, d.message])).toEqual([
      [
        'typo',
        '青禾法发〔20243号',
        '发文字号缺少六角括号的一半：“青禾法发〔20243号”，应为“青禾法发〔2024〕3号”',
      ],
      [
        'typo',
        '溪镇办发2024〕15号',
        '发文字号缺少六角括号的一半：“溪镇办发2024〕15号”，应为“溪镇办发〔2024〕15号”',
      ],
    ]);
  });
  it('hints at a body paragraph that ends without its full stop before the next heading', () => {
    const ds = defectsOf(
      '（一）加强领导。镇党委定期研究法治工作，及时解决重大问题，营造良好法治氛围\n（二）强化学法。全年学法6次。',
    );
    expect(ds.filter((d) => d.message.startsWith('段末')).map((d) => [d.quote, d.confidence])).toEqual([
      ['营造良好法治氛围', 'low'],
    ]);
    // A heading line with a comma, and a paragraph that ends on its stop, are not flagged.
    const none = defectsOf(
      '（一）强化学习，筑牢根基\n1.健全机制。镇党委定期研究法治工作，及时解决问题。\n2.明确分工。',
    );
    expect(none.filter((d) => d.message.startsWith('段末'))).toEqual([]);
  });
});

describe('another unit in the opening', () => {
  const report = (opening: string) =>
    analyzeText(
      `青禾镇2024年法治政府建设年度报告\n2024年，镇党委坚持依法行政。${opening}\n一、主要举措和成效\n开展普法活动。`,
    )
      .defects.filter((d) => d.kind === 'unit_mismatch')
      .map((d) => d.quote);
  it('flags 现将 another township … 报告如下 when the title names the unit', () => {
    expect(report('现将白石镇2024年法治政府建设情况报告如下：')).toEqual(['白石镇']);
  });
  it('leaves the unit itself, 我镇 and 全镇 alone', () => {
    expect(report('现将青禾镇2024年法治政府建设情况报告如下：')).toEqual([]);
    expect(report('现将我镇2024年法治政府建设情况报告如下：')).toEqual([]);
    expect(report('现将全镇2024年法治政府建设情况报告如下：')).toEqual([]);
  });
});
