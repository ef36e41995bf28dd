import { describe, expect, it } from 'vitest';
import { analyzeText } from '../analyzeText';

/**
 * Layouts of real published reports, written anew with invented places (云岭县, 青石镇 …):
 * portal metadata, addressee lines, joint 党委+政府 titles, 街道办事处, 民族乡, reports
 * that only say 我镇, published-year against covered-year, and openings cut off mid-report.
 */

const BODY = '深入推进依法行政，严格落实重大行政决策程序，持续开展法治宣传教育。';

describe('reading the unit and level', () => {
  it('reads the unit in brackets closing the title, and a title after a portal date', () => {
    expect(analyzeText(`法治政府建设年度报告（青石街道）\n2023年，我街道${BODY}`).unit).toBe('青石街道');
    expect(analyzeText(`2024-02-01 青石镇2023年法治政府建设工作报告\n2023年，我镇${BODY}`).unit).toBe(
      '青石镇',
    );
  });

  it('reads the unit a breadcrumb files the page under when the text only says 我镇', () => {
    const r = analyzeText(
      `当前位置：首页 > 乡镇之窗 > 青石镇 > 政务公开\n2023年法治政府建设工作报告\n2023年，我镇${BODY}\n一、主要举措和成效`,
    );
    expect([r.unit, r.level]).toEqual(['青石镇', 'township']);
  });

  it('reads a unit named once in the body after 以 (成立以青石镇党委书记为组长…)', () => {
    const r = analyzeText(
      `2023年法治政府建设工作报告\n2023年，我镇在县委、县政府的正确领导下，${BODY}\n一、主要举措和成效\n（一）加强组织领导。成立以青石镇党委书记为组长的领导小组。`,
    );
    expect(r.unit).toBe('青石镇');
  });

  it('reads the year from the measures part heading when the title and opening name none', () => {
    const r = analyzeText(
      `白沙镇法治政府建设工作情况报告\n今年以来，白沙镇${BODY}\n一、2023年度推进法治政府建设的主要举措和成效\n${BODY}`,
    );
    expect(r.report_year).toBe(2023);
  });

  it('reads the year before the plan part’s when nothing else names it', () => {
    const r = analyzeText(
      `白沙镇法治政府建设情况报告\n过去一年，白沙镇${BODY}\n一、主要举措和成效\n二、2024年工作打算\n${BODY}`,
    );
    expect(r.report_year).toBe(2023);
  });

  it('reads a county-level city from its opening sentence, its level from the towns it speaks of', () => {
    const r = analyzeText(
      `2024年法治政府建设年度报告\n2024年，龙泉市${BODY}指导全市各镇街开展法治宣传。\n一、主要举措和成效`,
    );
    expect([r.unit, r.level]).toEqual(['龙泉市', 'county']);
  });

  it('reads a county-level city from the publisher line, but not a city portal for a township', () => {
    const city = analyzeText(
      `2024年法治政府建设年度报告\n发布单位：龙泉市人民政府\n2024年，全市各镇街${BODY}\n一、主要举措和成效`,
    );
    expect([city.unit, city.level]).toEqual(['龙泉市', 'county']);
    const town = analyzeText(
      `2024年法治政府建设年度报告\n来源：丽水市人民政府\n2024年，我镇${BODY}\n一、主要举措和成效`,
    );
    expect([town.unit, town.level]).toEqual([null, 'township']);
  });

  it('names the county from the publisher line when the title only says 县人民政府, despite a short opening ending 如下：', () => {
    const r = analyzeText(
      [
        '发布机构：松岭县人民政府办公室',
        '发布日期：2023-03-15',
        '县人民政府关于2022年度法治政府建设情况的报告',
        '2022年，县人民政府坚持依法行政。现将有关情况报告如下：',
        `一、主要举措和成效\n${BODY}`,
      ].join('\n'),
    );
    expect([r.unit, r.level, r.report_year]).toEqual(['松岭县', 'county', 2022]);
  });

  it('gives no unit but the level for a report that only says 我镇', () => {
    const r = analyzeText(`我镇2023年法治政府建设工作报告\n2023年，我镇在县委、县政府的领导下${BODY}`);
    expect(r.unit).toBeNull();
    expect(r.unit_note).toContain('未能确定报告单位');
    expect(r.level).toBe('township');
  });

  it('does not take 民族乡 alone for a name: the ethnic township is named in the opening', () => {
    const r = analyzeText(`松岭县民族乡法治报告\n2022年，团结蒙古族乡${BODY}`);
    expect([r.unit, r.level]).toEqual(['团结蒙古族乡', 'township']);
  });

  it('takes the unit from a joint 党委 + 政府 title on one line', () => {
    const r = analyzeText(
      `中共云岭县委 云岭县人民政府关于2023年度法治政府建设情况的报告\n2023年，全县${BODY}`,
    );
    expect([r.unit, r.level, r.report_year]).toEqual(['云岭县', 'county', 2023]);
  });

  it('takes the unit from a joint header split from its title', () => {
    const r = analyzeText(
      `中共云岭县委、云岭县人民政府\n关于2023年度法治政府建设情况的报告\n2023年，我县${BODY}`,
    );
    expect([r.unit, r.level]).toEqual(['云岭县', 'county']);
  });

  it('takes the unit from a header line printed between a page title and the body', () => {
    const r = analyzeText(
      [
        '当前位置：首页 > 信息公开',
        '2022年法治政府建设工作情况报告',
        '发布日期：2023-03-20',
        '云岭县青石镇人民政府',
        '2022年法治政府建设工作情况报告',
        `2022年我${BODY}现将情况报告如下：`,
      ].join('\n'),
    );
    expect([r.unit, r.level, r.report_year]).toEqual(['青石镇', 'township', 2022]);
  });

  it('takes the year from the notice that asked for the report when nothing else states it', () => {
    const r = analyzeText(
      `青石镇关于法治政府建设工作情况的报告\n根据县委依法治县办《关于报送2023年度法治政府建设情况报告的通知》要求，现将我镇有关情况报告如下：\n一、主要举措和成效\n青石镇${BODY}`,
    );
    expect([r.unit, r.report_year]).toEqual(['青石镇', 2023]);
  });

  it('joins a title set on several short lines', () => {
    const r = analyzeText(
      ['松林区河东街道', '2024年', '法治政府建设', '年度报告', `2024年，街道${BODY}`].join('\n'),
    );
    expect([r.unit, r.level, r.report_year]).toEqual(['河东街道', 'township', 2024]);
  });

  it('reads X街道办事处 as X街道 and a 民族乡 whole', () => {
    expect(
      analyzeText(`松林区河西街道办事处关于2022年法治政府建设工作的报告\n2022年，街道${BODY}`),
    ).toMatchObject({
      unit: '河西街道',
      level: 'township',
    });
    expect(
      analyzeText(`云岭县白沙回族乡人民政府关于2024年度法治政府建设工作情况的报告\n2024年，我乡${BODY}`),
    ).toMatchObject({ unit: '白沙回族乡', level: 'township', report_year: 2024 });
  });

  it('reads a report with no title line from its opening sentence', () => {
    const r = analyzeText(`2024年，在县委、县政府的坚强领导下，青石镇${BODY}全镇法治意识明显增强。`);
    expect([r.unit, r.level, r.report_year]).toEqual(['青石镇', 'township', 2024]);
  });

  it('reads the subject after two 在…下 clauses, not a 县 named after 按照', () => {
    const r = analyzeText(
      `2023年，在县委、县政府的坚强领导下，在县委依法治县办的指导下，青石镇认真落实县委部署，按照县司法局要求${BODY}县政府常务会议精神得到贯彻。现将有关情况报告如下。`,
    );
    expect([r.unit, r.level, r.report_year]).toEqual(['青石镇', 'township', 2023]);
  });

  it('reads a Guangzhou-style X街 opening sentence as a 街道', () => {
    const r = analyzeText(`2025年，青云街${BODY}青云街党工委每季度研究法治工作。`);
    expect([r.unit, r.level, r.report_year]).toEqual(['青云街', 'township', 2025]);
  });

  it('reads the unit from 现将…报告如下 after an addressee line', () => {
    const r = analyzeText(
      `松岭县委、县政府：\n2024年以来，在县委、县政府的领导下，我镇${BODY}现将青禾镇2024年度法治政府建设工作情况报告如下：`,
    );
    expect([r.unit, r.level, r.report_year]).toEqual(['青禾镇', 'township', 2024]);
  });

  it('does not take the addressee county for the unit of a township report', () => {
    const r = analyzeText(
      `中共松岭县委、松岭县人民政府：\n2025年以来，我镇${BODY}紧扣松岭县年度工作要点，组织全镇干部学法。印发《青禾镇法治建设工作要点》，青禾镇党委定期研究法治工作。`,
    );
    expect([r.unit, r.level]).toEqual(['青禾镇', 'township']);
  });

  it('takes the level from the addressee when the text names its unit only in passing', () => {
    const r = analyzeText(
      `区委全面依法治区委员会：\n今年以来，我街道${BODY}印发《河西街道法治建设工作要点》，街道党工委定期研究。`,
    );
    expect([r.unit, r.level]).toEqual(['河西街道', 'township']);
  });

  it('finds a county named only inside document titles', () => {
    const r = analyzeText(
      `2023年，我县${BODY}印发《云岭县法治政府建设实施方案》，指导青石镇开展示范创建。制定《2023年度云岭县法治政府建设工作要点》。`,
    );
    expect([r.unit, r.level]).toEqual(['云岭县', 'county']);
  });

  it('does not take 示范区 or 开发区 for a place name', () => {
    const r = analyzeText(
      `2023年，我县${BODY}示范区创建扎实推进，示范区标准全面对标，开发区执法持续规范。印发《云岭县法治政府建设实施方案》。`,
    );
    expect([r.unit, r.level]).toEqual(['云岭县', 'county']);
  });

  it('reads the unit from portal metadata lines and a metadata table', () => {
    const lines = analyzeText(
      `县人民政府关于2023年度法治政府建设情况的报告\n发布机构：云岭县人民政府 发布日期：2024-03-20\n2023年，县政府${BODY}`,
    );
    expect([lines.unit, lines.level]).toEqual(['云岭县', 'county']);
    const table = analyzeText(
      `| 索引号 | 0001/2025-01 | 公开方式 | 主动公开 |\n| 发布机构 | 松林区青石镇 | 组配分类 | 法治政府建设年报 |\n2024年，在区委、区政府的正确领导下，我镇${BODY}`,
    );
    expect([table.unit, table.level, table.report_year]).toEqual(['青石镇', 'township', 2024]);
  });

  it('reads the title from a metadata table row when the page prints it nowhere else', () => {
    const r = analyzeText(
      `| 索引号 | 0001/2026-03 | 主题分类 | 政务公开 |\n| 标　题 | 云岭县青石镇2025年法治政府建设年度报告 |\n| 发文机关 | 云岭县人民政府 | 发布日期 | 2026-01-20 |\n为贯彻落实法治政府建设部署，${BODY}`,
    );
    expect([r.unit, r.level, r.report_year]).toEqual(['青石镇', 'township', 2025]);
  });

  it('reads 【X镇】 titles, 现就…报告如下： openings and years written 二〇二四年', () => {
    expect(analyzeText(`【青石镇】2024年法治政府建设年度报告\n2024年，全镇${BODY}`)).toMatchObject({
      unit: '青石镇',
      report_year: 2024,
    });
    const r = analyzeText(
      `法治政府建设情况报告\n根据县委依法治县办要求，现就青石镇2024年度法治政府建设情况报告如下：\n一、主要举措\n${BODY}`,
    );
    expect([r.unit, r.report_year]).toEqual(['青石镇', 2024]);
    const cn = analyzeText(`区委全面依法治区委员会办公室：\n二〇二四年以来，河西街道${BODY}`);
    expect([cn.unit, cn.report_year]).toEqual(['河西街道', 2024]);
  });

  it('reads the year from a first sentence that names the unit and year together, or a closing date line', () => {
    const r = analyzeText(
      `青石镇法治政府建设年度报告\n青石镇2024年法治政府建设工作紧紧围绕县委部署，${BODY}`,
    );
    expect(r.report_year).toBe(2024);
    const dated = analyzeText(`青石镇法治政府建设年度报告\n今年来，青石镇${BODY}\n2025年1月8日`);
    expect(dated.report_year).toBe(2024);
    const cited = analyzeText(
      `青石镇法治政府建设年度报告\n青石镇对照《法治政府建设实施纲要（2021—2025年）》工作要求，${BODY}`,
    );
    expect(cited.report_year).toBeNull();
  });

  it('does not take the county office that posted a township report for its author', () => {
    const r = analyzeText(
      `关于2024年度法治政府建设情况的报告\n来源：云岭县人民政府办公室 发布时间：2025-02-11\n2024年，我镇${BODY}镇党委定期研究法治工作，全镇干部参加学法考试。`,
    );
    expect(r.unit).toBeNull();
    expect(r.report_year).toBe(2024);
  });

  it('says why the unit is null rather than return part of a name', () => {
    const r = analyzeText(`县人民政府关于2023年度法治政府建设情况的报告\n2023年，县政府${BODY}`);
    expect(r.unit).toBeNull();
    expect(r.level).toBe('unknown');
    expect(r.unit_note).toMatch(/未能确定报告单位/);
  });

  it('does not take a 市 addressee to mean a county report', () => {
    // 市委、市政府 may be a county-level city above a town.
    const r = analyzeText(`市委、市政府：\n2025年，青禾镇坚持依法行政，${BODY}现将本年度有关情况报告如下：`);
    expect([r.unit, r.level]).toEqual(['青禾镇', 'township']);
  });

  it('does not read a phrase ending in 全镇 as a name', () => {
    const r = analyzeText(
      `2022年，我镇${BODY}召开干部会议，部署安排全镇学法工作，让法治精神在青石镇落地生根。列入青石镇委党校课程。`,
    );
    expect(r.unit).toBe('青石镇');
  });

  it('does not read 促进我镇 as a name', () => {
    const r = analyzeText(
      `2025年以来，我镇政府${BODY}为保障和促进我镇社会经济发展提供法治保障。\n东里镇坚持依法决策。`,
    );
    expect(r.unit).toBe('东里镇');
  });

  it('reads a county-level city as county when it speaks of its 镇街', () => {
    const r = analyzeText(
      `云岭市人民政府关于2022年度法治政府建设情况的报告\n2022年，全市${BODY}指导各镇街规范执法。`,
    );
    expect([r.unit, r.level]).toEqual(['云岭市', 'county']);
  });

  it('reads a joint title of a 街道工作委员会 and its 办事处 as the 街道', () => {
    const r = analyzeText(
      `中共白沙街道工作委员会 白沙街道办事处关于2024年度法治政府建设情况的报告\n2024年，街道党工委${BODY}`,
    );
    expect([r.unit, r.level, r.report_year]).toEqual(['白沙街道', 'township', 2024]);
  });

  it('reads the subject after a 在…上 clause with no year before it', () => {
    const r = analyzeText(
      `松林区委全面依法治区委员会：\n在奋进新征程上，柳溪街街道办事处坚持依法行政，${BODY}现将2025年工作情况总结如下：\n一、全年工作完成情况\n将法治建设纳入街道年度目标考核。`,
    );
    expect([r.unit, r.level]).toEqual(['柳溪街街道', 'township']);
  });

  it('keeps a 街道 whose name holds 大街, and no verb before 街道 is a name', () => {
    const r = analyzeText(
      `2025年，梧桐大街街道在区委、区政府的领导下，立足街道、社区实际，${BODY}将法治建设纳入街道年度重点工作。`,
    );
    expect([r.unit, r.level]).toEqual(['梧桐大街街道', 'township']);
  });

  it('ranks a five-character 街道 name by its stem, not its length with 街道', () => {
    const r = analyzeText(
      `坚持党建引领，${BODY}白鹭洲街道办事处高度重视。严格执行制度，组织回访街道各社区。`,
    );
    expect(r.unit).toBe('白鹭洲街道');
  });
});

describe('reading the covered year', () => {
  it('takes the year before publication when only the publication date is given', () => {
    const r = analyzeText(`青石镇法治政府建设年度报告\n发布日期：2022-03-31\n一年来，我镇${BODY}`);
    expect(r.report_year).toBe(2021);
  });

  it('reads 年度 in words and two-year spans', () => {
    expect(analyzeText(`青石镇二〇二三年度法治政府建设情况报告\n一年来，我镇${BODY}`).report_year).toBe(2023);
    expect(analyzeText(`青石镇2020—2021年度法治政府建设情况报告\n两年来，我镇${BODY}`).report_year).toBe(
      2021,
    );
  });

  it('ignores years inside a cited plan title', () => {
    const r = analyzeText(
      `青石镇贯彻落实《法治政府建设实施纲要（2021—2025年）》2023年工作情况的报告\n一年来，我镇${BODY}`,
    );
    expect(r.report_year).toBe(2023);
  });

  it('reads a title whose year lost its 年', () => {
    expect(analyzeText(`河西街道2024法治政府建设年度报告\n2024年，街道${BODY}`).report_year).toBe(2024);
  });

  it('reads the year of 现将…报告如下 when the opening starts with a cited document', () => {
    const r = analyzeText(
      `根据《关于做好2024年度法治政府建设情况报告工作的通知》要求，现将青石镇2024年法治政府建设情况报告如下。\n${BODY}`,
    );
    expect(r.report_year).toBe(2024);
  });
});

describe('cut-off openings', () => {
  it('marks a text that stops mid-sentence and does not report parts it never reached', () => {
    const r = analyzeText(
      `青石镇2024年法治政府建设年度报告\n一、主要举措和成效\n2024年，我镇${BODY}\n（一）加强组织领导。镇党委定期研究法治建设，全年召开专题会议`,
    );
    expect(r.truncated).toBe(true);
    expect(r.sections.measures_and_results).toBe(true);
    expect(r.defects.filter((d) => d.kind === 'missing_section')).toEqual([]);
  });

  it('marks a short opening that ends on a full stop as an excerpt', () => {
    // Over 300 characters of body, so the measures part has begun (findSections).
    const r = analyzeText(`青石镇2024年法治政府建设年度报告\n2024年，我镇${BODY.repeat(10)}`);
    expect(r.sections.measures_and_results).toBe(true);
    expect(r.truncated).toBe(true);
  });

  it('still reports a missing part in a complete report', () => {
    const r = analyzeText(
      [
        '青石镇2024年法治政府建设年度报告',
        '一、主要举措和成效',
        `2024年，我镇${BODY}`.repeat(40),
        '二、存在的不足和原因',
        '部分干部法治意识不强，执法队伍力量薄弱。',
        '三、2025年工作打算',
        '持续抓好法治宣传教育。',
        '云岭县青石镇人民政府',
        '2025年1月20日',
      ].join('\n'),
    );
    expect(r.truncated).toBe(false);
    expect(r.defects.filter((d) => d.kind === 'missing_section').map((d) => d.message)).toEqual([
      '缺少法定内容：党政主要负责人履行推进法治建设第一责任人职责情况',
    ]);
  });

  it('counts the responsible-person part only under a heading of its own', () => {
    const inline = analyzeText(
      `青石镇2024年法治政府建设年度报告\n一、主要举措和成效\n镇党政主要负责人切实履行推进法治建设第一责任人职责，${BODY}`,
    );
    expect(inline.sections.first_responsible_person).toBe(false);
    const item = analyzeText(
      `青石镇2024年法治政府建设年度报告\n一、主要举措和成效\n2.扛牢法治建设第一责任人职责。${BODY}`,
    );
    expect(item.sections.first_responsible_person).toBe(false);
    const heading = analyzeText(
      `青石镇2024年法治政府建设年度报告\n一、主要举措和成效\n（一）党政主要负责人履行推进法治建设第一责任人职责情况\n${BODY}`,
    );
    expect(heading.sections.first_responsible_person).toBe(true);
  });

  it('reads the opening summary of a cut-off county report that starts with the heads part as the measures begun', () => {
    const r = analyzeText(
      `云岭县2023年度法治政府建设情况报告\n2023年，云岭县${BODY.repeat(3)}\n一、县政府主要负责人履行推进法治建设第一责任人职责情况\n县政府主要负责人主持召开常务会议，研究部署法治政府建设`,
    );
    expect(r.truncated).toBe(true);
    expect(r.sections).toMatchObject({ measures_and_results: true, first_responsible_person: true });
  });

  it('reads a heading that joins measures and problems as the start of the measures', () => {
    const r = analyzeText(
      `青石镇2025年度法治政府建设情况报告\n一、主要举措、成效及存在的问题\n2025年，我镇${BODY}`,
    );
    expect(r.sections.measures_and_results).toBe(true);
    expect(r.sections.shortcomings).toBe(false);
  });
});
