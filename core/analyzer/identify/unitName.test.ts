import { describe, expect, it } from 'vitest';
import { readUnitName, sameUnit } from './unitName';

describe('readUnitName', () => {
  it.each([
    ['青石镇人民政府', '青石镇', 'township'],
    ['云岭县青石镇人民政府文件', '青石镇', 'township'],
    ['湖南省云岭市新市镇2024年法治政府建设年度报告', '新市镇', 'township'],
    ['白沙瑶族乡法治政府建设工作总结', '白沙瑶族乡', 'township'],
    ['云岭县河西街道办事处', '河西街道', 'township'],
    ['草原旗白音苏木人民政府', '白音苏木', 'township'],
    ['草原旗2023年法治政府建设情况报告', '草原旗', 'county'],
    ['云岭县人民政府', '云岭县', 'county'],
    ['江华瑶族自治县2024年法治政府建设情况', '江华瑶族自治县', 'county'],
    ['邵州市云岭市人民政府', '云岭市', 'county'],
    ['云岭区青云街2025年法治政府建设工作报告', '青云街', 'township'],
    ['青云街党工委', '青云街', 'township'],
    ['镇云县2023年法治政府建设年度报告', '镇云县', 'county'],
    ['乡平县人民政府', '乡平县', 'county'],
    ['市中区人民政府', '市中区', 'county'],
    ['云岭县镇海街道办事处', '镇海街道', 'township'],
    ['云岭区人民政府青云街道办事处关于2022年度法治政府建设情况的报告', '青云街道', 'township'],
    ['云岭县人民政府青石镇人民政府关于2022年度法治政府建设情况的报告', '青石镇', 'township'],
    ['云岭区人民政府关于2022年度法治政府建设情况的报告', '云岭区', 'county'],
    // a one-character name keeps its 县 before the committee's 县委 (not 岭县县)
    ['中共岭县县委 岭县人民政府关于2023年度法治政府建设情况的报告', '岭县', 'county'],
    ['中共云岭市市委', '云岭市', 'unknown'],
  ])('%s → %s', (text, name, level) => {
    expect(readUnitName(text)).toMatchObject({ name, level });
  });

  it('does not take 我镇 or running prose for a name', () => {
    expect(readUnitName('我镇坚持依法行政')).toBeNull();
    expect(readUnitName('坚持以习近平新时代中国特色社会主义思想为指导')).toBeNull();
  });

  it('does not take running prose ending in 县 for a name', () => {
    expect(readUnitName('青石镇认真落实县委部署')).toBeNull();
    expect(readUnitName('全面推进县委')).toBeNull();
  });

  it('does not take a level word (乡镇, 县城, 镇人民政府) for a name', () => {
    expect(readUnitName('乡镇人民政府')).toBeNull();
    expect(readUnitName('镇人民政府')).toBeNull();
    expect(readUnitName('县城镇，')).toBeNull();
    expect(readUnitName('区县（市）')).toBeNull();
  });

  it('does not take a street for a Guangzhou-style X街', () => {
    expect(readUnitName('中山大街，')).toBeNull();
    expect(readUnitName('步行街，')).toBeNull();
    expect(readUnitName('老街，')).toBeNull();
  });
});

describe('sameUnit', () => {
  it('ignores the prefix chain and 人民政府', () => {
    expect(sameUnit('云岭县青石镇人民政府', '青石镇')).toBe(true);
    expect(sameUnit('云岭县白沙镇人民政府', '青石镇')).toBe(false);
  });
});
