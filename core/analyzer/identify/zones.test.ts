import { describe, expect, it } from 'vitest';
import { analyzeText } from '../analyzeText';
import { readUnitYear } from './readUnitYear';
import { readUnitName } from './unitName';

/**
 * Development zones and parks (开发区, 园区, 保税区) report through their 管委会 like any unit;
 * their level follows whom they answer to. Also layouts seen with them: a title in a table
 * cell, a breadcrumb naming a report, an opening that first says what year it was. Every
 * text is written for this test; the places are invented.
 */
const TAIL =
  '现将有关情况报告如下：\n一、主要举措和成效\n（一）加强组织领导。全年召开专题会议研究法治建设工作3次，组织干部学法5次。';

const read = readUnitYear;

describe('zones and parks', () => {
  it('reads a park under a district as township-level', () => {
    expect(
      read(
        `云岭区青禾产业园区管委会2024年法治政府建设工作报告\n2024年，园区在区委、区政府的领导下，坚持依法办事。${TAIL}`,
      ),
    ).toEqual(['青禾产业园区', 'township', 2024]);
  });

  it('reads a zone under a city as county-level, its name joining two places by a dash', () => {
    expect(
      read(
        `2024年，云岭-青禾经济技术开发区（以下简称“开发区”）认真落实市委、市政府部署，依法推进各项工作。${TAIL}`,
      ),
    ).toEqual(['云岭-青禾经济技术开发区', 'county', 2024]);
  });

  it('keeps the district before a bare kind word as part of the name', () => {
    expect(readUnitName('云岭市青山区工业园区管理委员会')).toMatchObject({
      name: '青山区工业园区',
      zone: true,
    });
  });

  it('reads a title printed in a table cell', () => {
    expect(
      read(`| 青禾综合保税区2025年度法治政府建设情况报告 |\n2025年，保税区全面落实市、区工作部署。${TAIL}`),
    ).toEqual(['青禾综合保税区', 'township', 2025]);
  });

  it('skips a breadcrumb that names the report kind and reads the title under it', () => {
    expect(
      read(
        `您当前的位置: 首页 > 园区管委会 > 法治政府年度报告\n云岭县青禾工业园区管理委员会关于2023年度法治政府建设情况的报告\n县政府：\n2023年，我委坚持依法行政。${TAIL}`,
      ),
    ).toEqual(['青禾工业园区', 'township', 2023]);
  });
});

describe('state forests and farms', () => {
  it('reads a state forest under a county as township-level', () => {
    expect(
      read(`青山国有林场2024年度法治建设工作报告\n2024年，林场在县委、县政府的领导下，坚持依法治场。${TAIL}`),
    ).toEqual(['青山国有林场', 'township', 2024]);
  });

  it('reads a farm named 红旗 as the farm, not a 旗', () => {
    expect(
      read(`红旗农场2024年法治建设情况报告\n2024年，农场在市委、市政府的领导下，依法推进各项工作。${TAIL}`),
    ).toEqual(['红旗农场', 'county', 2024]);
  });
});

describe('openings and names seen with unusual units', () => {
  it('reads the subject after a sentence that says what the year was', () => {
    expect(
      read(`2025年是规划收官之年，青禾镇在市委、市政府的领导下，坚持依法行政。全镇干部学法用法。${TAIL}`),
    ).toEqual(['青禾镇', 'township', 2025]);
  });

  it('keeps a 和 that ends a two-character stem as part of the name', () => {
    expect(
      read(`今年以来，全镇坚持依法行政。东和镇党委高度重视法治建设，东和镇政府依法履职。${TAIL}`)[0],
    ).toBe('东和镇');
  });

  it('reads no name from an honour the body received (入选自治区…)', () => {
    const r = analyzeText(`2024年入选自治区第一批示范园区。我镇坚持依法行政，全镇干部学法用法。${TAIL}`);
    expect(r.unit).toBeNull();
    expect(r.level).toBe('township');
  });
});

/**
 * Zone names a title or an opening gives only in part (reader4's round): a title that starts
 * with the kind word alone, a header of the zone's two organs, a park's part with its own
 * 管委会, and a text that calls itself by the kind word only.
 */
describe('zones named in part', () => {
  it('reads the whole name from the text when the title gives only the kind word', () => {
    expect(
      read(
        `经济开发区2024年度法治政府建设情况报告\n2024年青禾经济开发区在区委、区政府的领导下依法履行职能。${TAIL}`,
      ),
    ).toEqual(['青禾经济开发区', 'township', 2024]);
  });

  it('reads the zone from a header of its 工作委员会 and 管理委员会, not 开发区 as a county', () => {
    expect(
      read(
        `中共云岭经济开发区工作委员会 云岭经济开发区管理委员会\n关于2024年度法治政府建设情况的报告\n区委、区政府：\n2024年，开发区坚持依法行政。${TAIL}`,
      ),
    ).toEqual(['云岭经济开发区', 'township', 2024]);
  });

  it('keeps the part of a park that has its own 管委会 (北区) in the name', () => {
    expect(
      read(
        `甘泉工业园区北区管理委员会2024年度法治政府建设工作报告\n2024年，园区落实区委、区政府部署。${TAIL}`,
      ),
    ).toEqual(['甘泉工业园区北区', 'township', 2024]);
  });

  it('reads the district a zone is run as, named in brackets after it (高新区（X区）人民政府)', () => {
    expect(
      read(
        `高新区（青山区）人民政府2024年法治政府建设工作报告\n2024年，在区委的领导下，区政府坚持依法行政。${TAIL}`,
      ),
    ).toEqual(['青山区', 'county', 2024]);
    expect(read(`经开区（青山区）2024年法治政府建设年度报告\n2024年，区政府坚持依法行政。${TAIL}`)[0]).toBe(
      '青山区',
    );
  });

  it('gives no unit, not a township it mentions, when the text calls itself 高新区 only', () => {
    const r = analyzeText(
      `2024年，高新区在市委、市政府的领导下坚持依法行政。唐家镇调解委员会获评先进，唐家镇、柳林镇法治建设成效明显。${TAIL}`,
    );
    expect([r.unit, r.level]).toEqual([null, 'county']);
  });
});
