import { describe, expect, it } from 'vitest';
import { analyzeText } from '../analyzeText';

/**
 * Issue 12 §2, place by place: every place a report states its unit, each in a short report
 * written for this test (invented units: 枫林县, 石桥镇, 白沙街道 …), read as [unit, level].
 */
const BODY =
  '坚持依法行政，严格落实重大行政决策程序，组织干部学法4次。\n一、主要举措和成效\n落实合法性审查。\n' +
  '二、存在的不足\n学法不够深入。\n三、下一步工作安排\n继续推进法治建设。\n';

const CASES: [string, string, [string | null, string]][] = [
  [
    'the title with its prefix chain',
    `江北省枫林县石桥镇2023年法治政府建设年度报告\n2023年，全镇${BODY}`,
    ['石桥镇', 'township'],
  ],
  [
    'the title without a prefix',
    `石桥镇2023年法治政府建设年度报告\n2023年，全镇${BODY}`,
    ['石桥镇', 'township'],
  ],
  [
    'an addressee X区人民政府： then the opening',
    `枫林区人民政府：\n2023年，白沙街道${BODY}`,
    ['白沙街道', 'township'],
  ],
  [
    'an addressee X区委全面依法治区委员会： then 现将…报告如下',
    `枫林区委全面依法治区委员会：\n2023年，在区委领导下，我街道${BODY}现将白沙街道2023年度法治政府建设情况报告如下：`,
    ['白沙街道', 'township'],
  ],
  [
    'the opening sentence 现将X街道…报告如下 alone',
    `现将白沙街道2023年度法治政府建设情况报告如下。\n2023年，我街道${BODY}`,
    ['白沙街道', 'township'],
  ],
  [
    'the signature alone',
    `2023年法治政府建设工作报告\n2023年，我镇${BODY}\n石桥镇人民政府\n2024年1月15日`,
    ['石桥镇', 'township'],
  ],
  [
    'the web metadata 发文机构',
    `关于2023年度法治政府建设情况的报告\n发文机构：枫林县人民政府 成文日期：2024-02-01\n2023年，县政府${BODY}`,
    ['枫林县', 'county'],
  ],
  [
    'the web metadata 来源 for a county that says 县人民政府 only',
    `县人民政府关于2023年度法治政府建设情况的报告\n来源：枫林县人民政府 发布时间：2024-03-01\n2023年，县政府${BODY}`,
    ['枫林县', 'county'],
  ],
  [
    'a joint 党委+政府 title',
    `中共枫林县委 枫林县人民政府关于2023年度法治政府建设情况的报告\n2023年，全县${BODY}`,
    ['枫林县', 'county'],
  ],
  [
    'X街道办事处 as X街道',
    `枫林区白沙街道办事处2023年法治政府建设年度报告\n2023年，街道${BODY}`,
    ['白沙街道', 'township'],
  ],
  ['a 民族乡 whole', `红岩瑶族乡2023年法治政府建设年度报告\n2023年，全乡${BODY}`, ['红岩瑶族乡', 'township']],
  ['我镇 only: no unit, the level', `2023年法治政府建设工作报告\n2023年，我镇${BODY}`, [null, 'township']],
  [
    'the county government’s office: the office, never the county alone',
    `枫林县人民政府办公室2023年法治政府建设工作报告\n2023年，县政府办公室${BODY}`,
    ['枫林县人民政府办公室', 'county'],
  ],
  [
    'the office in the opening sentence',
    `关于2023年度法治政府建设情况的报告\n2023年，枫林县人民政府办公室${BODY}`,
    ['枫林县人民政府办公室', 'county'],
  ],
  [
    'a 发布机构 office posting its county’s report: still the county',
    `县人民政府关于2023年度法治政府建设情况的报告\n发布机构：枫林县人民政府办公室\n2023年，县政府${BODY}`,
    ['枫林县', 'county'],
  ],
  [
    'a county department in the title: the department, never the county alone',
    `枫林县司法局2023年法治政府建设工作报告\n2023年，县司法局${BODY}`,
    ['枫林县司法局', 'county'],
  ],
  [
    'a department whose name holds 乡 or 市 (住房和城乡建设局, 市场监督管理局)',
    `枫林县住房和城乡建设局关于2023年度法治政府建设情况的报告\n2023年，我局${BODY}`,
    ['枫林县住房和城乡建设局', 'county'],
  ],
  [
    'a department in the opening sentence',
    `2023年，枫林县自然资源局在县委、县政府的领导下，${BODY}`,
    ['枫林县自然资源局', 'county'],
  ],
  [
    'a county whose sentence runs on to another body’s 局: the county',
    `2023年，枫林县认真落实县司法局部署，${BODY}`,
    ['枫林县', 'county'],
  ],
  [
    'a department that calls its county only 县, the county named in its text: the department',
    `2023年，县司法局紧紧围绕县委中心工作，${BODY}制定《枫林县行政应诉工作规定》，印发《枫林县普法要点》。\n`,
    ['枫林县司法局', 'county'],
  ],
  [
    'the same in a title without the county: the department',
    `区司法局2023年法治政府建设工作报告\n2023年，我局${BODY}配合枫林区人民政府审查枫林区规范性文件。\n`,
    ['枫林区司法局', 'county'],
  ],
  [
    'a county that calls itself 县 only, its committee and government in the opening: the county',
    `2023年，县委县政府高度重视法治建设，${BODY}印发《枫林县普法要点》，枫林县各部门协同推进。\n`,
    ['枫林县', 'county'],
  ],
  [
    'a township’s 司法所 reporting: the 司法所, not the township alone',
    `石桥镇司法所2023年法治建设工作总结\n2023年，石桥镇司法所在镇党委领导下，${BODY}`,
    ['石桥镇司法所', 'township'],
  ],
  [
    'a 司法所 as the publisher of its township’s report: the township',
    `2023年法治政府建设年度报告\n发布单位：石桥镇司法所\n2023年，我镇${BODY}`,
    ['石桥镇', 'township'],
  ],
  [
    'a page in traditional characters: the name as written',
    `石橋鎮2023年法治政府建設年度報告\n2023年，石橋鎮在縣委、縣政府的領導下，${BODY}`,
    ['石橋鎮', 'township'],
  ],
  [
    'a traditional page naming its unit only in the 來源 line',
    `2023年法治政府建設工作報告\n信息來源：楓林縣石橋鄉\n2023年，我鄉堅持依法行政，現將有關情況報告如下：\n一、主要舉措和成效`,
    ['石橋鄉', 'township'],
  ],
];

describe('the unit from every place a report states it', () => {
  for (const [place, text, expected] of CASES) {
    it(`reads ${place}`, () => {
      const r = analyzeText(text);
      expect([r.unit, r.level]).toEqual(expected);
      if (r.unit === null) expect(r.unit_note).toContain('未能确定报告单位');
    });
  }
});
