import { describe, expect, it } from 'vitest';
import { analyzeText } from '../analyzeText';
import { readUnitYear } from './readUnitYear';
import { readUnitName } from './unitName';

/**
 * Unit, level and year where a report words them in less common ways (study of real report
 * openings, issue 12). Every text is written for this test; the places are invented.
 */
const TAIL =
  '现将有关情况报告如下：\n一、主要举措和成效\n（一）加强组织领导。全年召开专题会议研究法治建设工作4次，组织干部学法6次。';

const read = readUnitYear;

describe('unit names with long prefix chains', () => {
  it('reads an autonomous county after a long 自治州 name', () => {
    expect(
      read(
        `云岭哈尼族彝族自治州青山苗族瑶族自治县人民政府关于2024年度法治政府建设情况的报告\n2024年，县政府坚持依法行政。${TAIL}`,
      ),
    ).toEqual(['青山苗族瑶族自治县', 'county', 2024]);
  });

  it('reads the township, not its county, from an opening that names both', () => {
    expect(read(`2024年，云岭县青石镇坚持以习近平法治思想为指导，扎实推进法治政府建设。${TAIL}`)).toEqual([
      '青石镇',
      'township',
      2024,
    ]);
  });
});

describe('no fragment of a sentence or a part of a place for a name', () => {
  it('takes no county from an opening that thanks the county for its lead', () => {
    expect(
      read(
        `2024年法治政府建设工作情况报告\n得益于县委、县政府的有力领导，2024年我乡法治建设稳步推进。${TAIL}`,
      ),
    ).toEqual([null, 'township', 2024]);
    expect(
      read(
        `2023年度法治政府建设工作总结\n有赖于区委区政府的大力支持，2023年本街道依法行政水平进一步提高。${TAIL}`,
      ),
    ).toEqual([null, 'township', 2023]);
  });

  it('cuts a township subject before its verb even when 县委 follows', () => {
    expect(read(`2024年，青石镇紧紧围绕县委县政府工作部署，坚持依法行政。${TAIL}`)).toEqual([
      '青石镇',
      'township',
      2024,
    ]);
    expect(readUnitName('青石镇紧紧围绕县委县政府工作部署')).toBeNull();
  });

  it('does not take a 社区 or 园区 for a county', () => {
    expect(readUnitName('青石社区坚持')).toBeNull();
    expect(readUnitName('青石社区')).toBeNull();
    expect(readUnitName('白沙园区管委会')).toBeNull();
    expect(read(`2024年，青石社区坚持依法行政。${TAIL}`)[0]).toBeNull();
  });

  it('keeps district names that end like a common noun (城区, 矿区, 湾区, 营区)', () => {
    expect(readUnitName('云岭市城关湾区人民政府')).toMatchObject({ name: '城关湾区', level: 'county' });
    expect(readUnitName('云岭市东营区人民政府')).toMatchObject({ name: '东营区', level: 'county' });
    expect(readUnitName('云岭市矿区人民政府')).toMatchObject({ name: '矿区' });
  });

  it('does not take peers named in a list or after 与 for the reporting unit', () => {
    const r = analyzeText(
      `2024年法治政府建设工作报告\n2024年，我镇坚持依法行政，与红岩镇、白沙镇联合开展普法活动，同白沙镇共建调解室。${TAIL}`,
    );
    expect([r.unit, r.level]).toEqual([null, 'township']);
  });
});

describe('titles that place the unit unusually', () => {
  it('reads the unit after a dash closing the title', () => {
    expect(read(`2024年度法治政府建设情况报告——青石镇\n2024年，全镇坚持依法行政。${TAIL}`)).toEqual([
      '青石镇',
      'township',
      2024,
    ]);
  });

  it('reads the unit a title starts with when a verb follows it', () => {
    expect(read(`青石镇推进法治政府建设2024年度报告\n2024年，全镇坚持依法行政。${TAIL}`)).toEqual([
      '青石镇',
      'township',
      2024,
    ]);
  });
});

describe('the year and level from the text around the unit', () => {
  it('reads the year from the sentence after a preface ending 如下', () => {
    expect(
      read(
        '按照县委依法治县办的要求，现将我镇有关情况报告如下：\n2024年，青石镇坚持依法行政，扎实推进法治政府建设。\n一、主要举措和成效\n（一）加强组织领导。',
      ),
    ).toEqual(['青石镇', 'township', 2024]);
  });

  it('reads the year from the notice asking to 报送 the year’s report', () => {
    expect(
      read(
        '按照《关于报送2024年度法治政府建设情况的通知》要求，现将青石镇有关情况报告如下：\n一年来，全镇坚持依法行政。\n一、主要举措和成效\n（一）加强组织领导。',
      ),
    ).toEqual(['青石镇', 'township', 2024]);
  });

  it('reads a city led by another named city as county-level, a city alone as unknown', () => {
    const body = '现将有关情况报告如下：\n一、主要举措和成效';
    expect(
      read(
        `龙溪市2024年法治政府建设情况报告\n2024年，在云岭市委、市政府的坚强领导下，龙溪市坚持依法行政。${body}`,
      ),
    ).toEqual(['龙溪市', 'county', 2024]);
    expect(
      read(
        `龙溪市2024年法治政府建设情况报告\n2024年，在省委、省政府的坚强领导下，龙溪市委、市政府坚持依法行政。${body}`,
      ),
    ).toEqual(['龙溪市', 'unknown', 2024]);
  });
});

describe('旗, the county of Inner Mongolia, in the body', () => {
  it('reads 全旗 as a county and never takes 依法治旗 for a name', () => {
    const r = analyzeText(
      '2024年，全旗各级人民政府坚持依法行政，把党的领导贯穿到全面依法治旗全过程。\n一、重点工作开展情况\n召开旗委常委会4次，高举旗帜，收到锦旗2面。',
    );
    expect([r.unit, r.level]).toEqual([null, 'county']);
  });

  it('reads a 旗 the body names again and again', () => {
    const r = analyzeText(
      '一、重点工作开展情况\n2024年，青草旗坚持依法行政。青草旗政府常务会议学法12次，青草旗综合行政执法局规范执法。',
    );
    expect([r.unit, r.level]).toEqual(['青草旗', 'county']);
  });
});

describe('no part of a name and no prose run from the body', () => {
  it('cuts a subject after the whole name, not inside it (三川镇, not 三川)', () => {
    expect(read(`2024年,三川乡镇深入贯彻习近平法治思想,扎实推进法治政府建设。${TAIL}`)[0]).toBe('三川乡镇');
    expect(read(`2024年,白乡镇深入贯彻习近平法治思想,扎实推进法治政府建设。${TAIL}`)[0]).toBe('白乡镇');
  });

  it('gives no unit rather than a verb run ending in 街道', () => {
    const r = analyzeText(
      '2022年,我街道坚持依法行政。现将有关情况报告如下:\n一、基本情况\n通过街道官网、微信公众号公开信息,严格按照街道议事规则决策,通过街道宣传栏普法。',
    );
    expect([r.unit, r.level]).toEqual([null, 'township']);
  });
});

describe('page metadata against the text’s own name', () => {
  it('takes the township the text names again and again over a county office that posted it', () => {
    const r = analyzeText(
      '发布机构：云岭县人民政府办公室 发布日期：2025-03-01\n2024年是深化改革的关键之年。白沙街道坚持依法行政，推进法治白沙建设。白沙街道全年办理行政复议案件2件。\n一、主要举措和成效',
    );
    expect([r.unit, r.level, r.report_year]).toEqual(['白沙街道', 'township', 2024]);
  });

  it('still takes the publisher when the text names no unit of its own', () => {
    const r = analyzeText(
      '发布机构：云岭县人民政府 发布日期：2025-03-01\n2024年，县人民政府坚持依法行政，扎实推进法治政府建设。\n一、主要举措和成效',
    );
    expect([r.unit, r.level]).toEqual(['云岭县', 'county']);
  });
});

/**
 * Page chrome and histories met while reading more real openings (reader4's round): labels in
 * 【】, a 供稿单位 that is the township's office, a publisher line without a label, a portal's
 * name above an untitled report, a township turned into a 街道 during the year, and the report
 * of a village.
 */
describe('publishers, portals and places that changed', () => {
  it('reads a publisher label set in 【】', () => {
    expect(
      read(
        `2024年法治政府建设年度报告\n【发布单位】白沙镇人民政府 【发布时间】2025-01-20\n2024年，我镇坚持依法行政。${TAIL}`,
      ),
    ).toEqual(['白沙镇', 'township', 2024]);
  });

  it('reads a 供稿单位 that is the township’s own office', () => {
    expect(
      read(
        `2024年法治政府建设年度报告\n供稿单位：白沙镇党政办 发布时间：2025-01-20\n2024年，我镇坚持依法行政。${TAIL}`,
      )[0],
    ).toBe('白沙镇');
  });

  it('reads a publisher line that names the body before the date without a label', () => {
    expect(
      read(
        `2024年法治政府建设年度报告\n白沙镇人民政府 发布日期：2025-01-20\n2024年，我镇坚持依法行政。${TAIL}`,
      )[0],
    ).toBe('白沙镇');
  });

  it('reads a publisher line whose date label says 时间 (更新时间, 时间), not 日期', () => {
    for (const label of ['更新时间', '时间', '发布时间', '日期'])
      expect(
        read(
          `2024年法治政府建设年度报告\n白沙镇人民政府 ${label}：2025-01-20\n2024年，我镇坚持依法行政。${TAIL}`,
        )[0],
        label,
      ).toBe('白沙镇');
  });

  it('does not join a portal’s name above the title to the title', () => {
    expect(
      read(
        `云岭县人民政府门户网站\n首页 > 乡镇动态 > 白沙镇\n2024年法治政府建设年度报告\n2024年，我镇坚持依法行政。${TAIL}`,
      ),
    ).toEqual(['白沙镇', 'township', 2024]);
  });

  it('reads the 街道 a township became, not the township it was', () => {
    expect(
      read(
        `2024年1月，白沙镇撤镇设立白沙街道。一年来，街道党工委坚持依法行政，白沙街道干部学法用法。${TAIL}`,
      ),
    ).toEqual(['白沙街道', 'township', 2024]);
  });

  it('gives no township for a village’s own report (白沙镇青山村…)', () => {
    const r = analyzeText(
      `白沙镇青山村2024年法治建设工作总结\n2024年，青山村在镇党委领导下坚持依法办事。${TAIL}`,
    );
    expect(r.unit).toBeNull();
  });
});

describe('a portal’s field list above the title', () => {
  it('does not take a topic field value (• 法治政府建设) for the title', () => {
    expect(
      read(
        `• 索引号\n• 主题分类\n• 法治政府建设\n枫林县人民政府关于2024年法治政府建设情况的报告\n发布日期：2025-02-20\n2024年，在市委、市政府的领导下，枫林人民政府坚持依法行政。${TAIL}`,
      ),
    ).toEqual(['枫林县', 'county', 2024]);
  });
});

describe('titles and headers printed with something around them', () => {
  it('reads the township of a party body named under its district’s 委 (X区委Y街道工作委员会)', () => {
    expect(
      read(
        `中共松岭区委河西街道工作委员会\n关于2024年度法治政府建设情况的报告\n区委：\n2024年，街道党工委坚持依法行政。${TAIL}`,
      ),
    ).toEqual(['河西街道', 'township', 2024]);
  });

  it('reads a title that starts with the unit in round brackets', () => {
    expect(read(`（白沙镇）2024年法治政府建设年度报告\n2024年，我镇坚持依法行政。${TAIL}`)[0]).toBe('白沙镇');
  });

  it('reads a title printed after its document number on one line', () => {
    expect(
      read(
        `白府〔2025〕3号 白沙镇人民政府关于2024年度法治政府建设情况的报告\n2024年，我镇坚持依法行政。${TAIL}`,
      )[0],
    ).toBe('白沙镇');
  });

  it('reads the unit on a line of its own under a title that names none', () => {
    expect(read(`2024年度 法治政府建设情况报告\n白沙镇\n2024年，我镇坚持依法行政。${TAIL}`)[0]).toBe(
      '白沙镇',
    );
  });

  it('reads a 发布者 label', () => {
    expect(
      read(
        `2024年法治政府建设年度报告\n发布者：白沙镇 发布时间：2025-01-20\n2024年，我镇坚持依法行政。${TAIL}`,
      )[0],
    ).toBe('白沙镇');
  });
});

describe('titles set in quotes or title marks', () => {
  it('reads a title wrapped in 《》, its year too', () => {
    expect(
      read(
        '《白沙镇2024年法治政府建设年度报告》\n我镇坚持依法行政，现将有关情况报告如下：\n一、主要举措和成效',
      ),
    ).toEqual(['白沙镇', 'township', 2024]);
  });

  it('reads a title whose unit is in quotation marks', () => {
    expect(read(`“白沙镇”2024年法治政府建设年度报告\n2024年，我镇坚持依法行政。${TAIL}`)[0]).toBe('白沙镇');
  });
});

describe('counts and slogans are no place names', () => {
  it('takes no county from a slogan that counts districts (“三区一高地”)', () => {
    expect(
      read(`2023年，区政府坚持依法行政，为全区建设“三区一高地”提供法治保障，推动“两区”协同发展。${TAIL}`),
    ).toEqual([null, 'county', 2023]);
  });

  it('reads the district a cited plan of the same year names, not the slogan before it', () => {
    expect(
      read(
        `2023年，区政府坚持依法行政，为打造“三区一高地”提供保障。严格执行《青山区2023年度党政主要负责人履行推进法治建设第一责任人职责工作清单》。${TAIL}`,
      ),
    ).toEqual(['青山区', 'county', 2023]);
  });

  it('keeps township names that begin with a numeral (三河镇, 八一镇)', () => {
    expect(read(`2024年，三河镇坚持依法行政。${TAIL}`)[0]).toBe('三河镇');
    expect(read(`八一镇2024年法治政府建设年度报告\n2024年，我镇坚持依法行政。${TAIL}`)[0]).toBe('八一镇');
  });
});

describe('a county department named 委员会', () => {
  it('reads the whole name of a department that is a 委员会, not the county alone', () => {
    expect(
      read(`云岭县发展和改革委员会\n关于2023年法治政府建设情况的报告\n今年以来，我委坚持依法行政。${TAIL}`),
    ).toEqual(['云岭县发展和改革委员会', 'county', 2023]);
  });

  it('still reads the county from a joint title of its party committee and government', () => {
    expect(
      read(
        `中共云岭县委员会 云岭县人民政府关于2023年度法治政府建设情况的报告\n2023年，全县坚持依法行政。${TAIL}`,
      ),
    ).toEqual(['云岭县', 'county', 2023]);
    expect(
      read(`云岭县委全面依法治县委员会关于2023年度法治建设情况的报告\n2023年，全县坚持依法行政。${TAIL}`),
    ).toEqual(['云岭县', 'county', 2023]);
  });
});

describe('a name after a verb, where the text writes its stem after two different words', () => {
  it('reads a township named once, after a verb, whose stem its banner shares', () => {
    expect(
      read(
        `2023年，我镇根据云岭旗法治政府建设的有关要求，坚持依法行政，对全镇16个嘎查村法律顾问全面覆盖，以网格化服务强化云岭镇法治建设。${TAIL}`,
      ),
    ).toEqual(['云岭镇', 'township', 2023]);
  });

  it('takes no name from a phrase the text repeats (特色小镇, 新型城镇)', () => {
    expect(
      read(
        `2024年，我镇坚持依法行政，打造特色小镇，建设特色小镇示范点，推进新型城镇化，服务新型城镇建设。${TAIL}`,
      ),
    ).toEqual([null, 'township', 2024]);
  });
});

describe('Inner Mongolia’s 苏木 and 嘎查, farms and zones as the subject', () => {
  it('gives no township for a 嘎查’s own report, as for a village’s', () => {
    expect(read(`乌兰苏木白音嘎查2024年法治建设工作总结\n2024年，嘎查坚持依法办事。${TAIL}`)[0]).toBeNull();
  });

  it('reads a township’s level from how a 苏木 speaks of itself (我苏木, 苏木党委)', () => {
    expect(read(`2024年法治政府建设情况报告\n2024年，我苏木坚持依法行政，苏木党委统筹推进。${TAIL}`)).toEqual(
      [null, 'township', 2024],
    );
  });

  it('reads a farm or zone that opens the text as its subject, its verb cut off', () => {
    expect(read(`2024年，白音农场在县委、县政府的领导下，坚持依法行政。${TAIL}`)).toEqual([
      '白音农场',
      'township',
      2024,
    ]);
  });
});

describe('a department only where the unit is first named', () => {
  it('reads the county whose opening later names one of its departments', () => {
    expect(
      read(
        `2024年，青草县坚持依法行政。青草县政府常务会议学法12次，青草县综合行政执法局规范执法。${TAIL}`,
      )[0],
    ).toBe('青草县');
  });
});

describe('names glossed in the region’s own script', () => {
  it('reads a 苏木 whose line above the title repeats its name in Mongolian script', () => {
    expect(
      read(`青格勒苏木 ᠴᠢᠩᠭᠡᠯ ᠰᠤᠮᠤ\n2024年法治政府建设情况报告\n2024年，我苏木坚持依法行政。${TAIL}`),
    ).toEqual(['青格勒苏木', 'township', 2024]);
  });

  it('reads a header line glossed in Uyghur script', () => {
    expect(
      read(
        `青山乡人民政府 چىڭشەن يېزىسى\n2024年度法治政府建设情况报告\n2024年，我乡坚持依法行政。${TAIL}`,
      )[0],
    ).toBe('青山乡');
  });
});

describe('a text that names no unit gives none, not a verb before a level word', () => {
  it('reads no township from 组建镇…, 调整充实镇…, 明确街道…, 驻镇单位', () => {
    expect(
      read(
        `2024年法治政府建设工作情况报告\n2024年，我镇坚持依法行政。组建镇综合行政执法队，及时调整充实镇法治建设领导小组，班子成员及驻镇单位负责人为成员。${TAIL}`,
      ),
    ).toEqual([null, 'township', 2024]);
    expect(
      read(
        `2024年法治政府建设工作情况报告\n2024年，我街道坚持依法行政。明确街道党政办、司法所职责，定期召开街道党工委会议，工作纳入街道年度考核，主动公开街道信息。${TAIL}`,
      )[0],
    ).toBeNull();
  });

  it('reads no county from 固化县政府常务会议…, 贯穿县人民政府…', () => {
    expect(
      read(
        `关于2022年法治政府建设情况的报告\n2022年，县人民政府坚持依法行政，全县上下固化县政府常务会议会前学法制度，将法治建设贯穿县人民政府工作主线。${TAIL}`,
      )[0],
    ).toBeNull();
  });
});

describe('a county portal’s banner over a township’s report', () => {
  it('reads the township the opening names, not the banner above a title without a unit', () => {
    expect(
      read(
        `云岭县人民政府\n\n2024年度法治政府建设情况报告\n\n2024年，青石乡在县委、县政府的坚强领导下，坚持依法行政。${TAIL}`,
      ),
    ).toEqual(['青石乡', 'township', 2024]);
  });

  it('gives no unit when the township speaks only as 我镇 under a county banner', () => {
    expect(
      read(
        `云岭县人民政府\n\n政府信息公开\n\n2024年法治政府建设工作总结\n\n2024年，我镇坚持依法行政，镇党委统筹推进。${TAIL}`,
      ),
    ).toEqual([null, 'township', 2024]);
  });

  it('still reads a county’s own header line above its title', () => {
    expect(
      read(
        `云岭县人民政府\n关于2024年度法治政府建设情况的报告\n2024年，县政府坚持依法行政，全县法治建设稳步推进。${TAIL}`,
      ),
    ).toEqual(['云岭县', 'county', 2024]);
  });
});

describe('names that begin with a character prepositions also use', () => {
  it('reads 和平镇, 向阳镇 and 于都县 as the opening’s subject', () => {
    expect(read(`2024年，和平镇坚持依法行政。${TAIL}`)[0]).toBe('和平镇');
    expect(read(`2024年，在县委的领导下，向阳镇坚持依法行政。${TAIL}`)[0]).toBe('向阳镇');
    expect(read(`2024年，于都县坚持依法行政。${TAIL}`)[0]).toBe('于都县');
  });

  it('reads them from the body after punctuation', () => {
    expect(
      read(
        `2024年法治政府建设工作报告\n今年以来，我们坚持依法行政，向阳镇党委、政府扎实推进法治建设。向阳镇人民政府全年召开会议4次。${TAIL}`,
      )[0],
    ).toBe('向阳镇');
  });

  it('takes no preposition before a bare level word for a one-character name', () => {
    expect(read(`2024年，由镇党委牵头，我镇坚持依法行政。${TAIL}`)[0]).toBeNull();
    expect(read(`2024年，于县委统一部署下，我镇坚持依法行政。${TAIL}`)[0]).toBeNull();
  });

  it('still reads the name after a preposition that begins no name (将青石镇建设成…)', () => {
    expect(
      read(`2024年法治政府建设工作报告\n今年以来，我们坚持依法行政，将青石镇建设成法治示范镇。${TAIL}`)[0],
    ).toBe('青石镇');
  });
});

describe('one-character township names', () => {
  it('reads a one-character township the body names again (乌镇), not one named once after a verb', () => {
    expect(
      read(
        `2024年法治政府建设工作报告\n今年以来，我们坚持依法行政，乌镇党委统筹推进。乌镇人民政府全年召开会议4次。${TAIL}`,
      )[0],
    ).toBe('乌镇');
  });
});
