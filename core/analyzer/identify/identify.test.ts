import { describe, expect, it } from 'vitest';
import { normalize } from '../normalize/normalize';
import { paragraphsOf } from '../spans';
import { identify } from './identify';

const run = (s: string) => identify(paragraphsOf(normalize(s).text));

describe('identify', () => {
  it('reads unit, year, number and signer from the header and title', () => {
    const id = run(
      [
        '云岭县青石镇人民政府',
        '青府〔2025〕3号',
        '签发人：李某某',
        '云岭县青石镇人民政府关于2024年度法治政府建设情况的报告',
        '县委依法治县办：',
        '2024年，我镇坚持依法行政，现将有关情况报告如下。',
        '青石镇人民政府',
        '2025年2月1日',
      ].join('\n'),
    );
    expect(id.unit?.name).toBe('青石镇');
    expect(id.level).toBe('township');
    expect(id.reportYear).toBe(2024);
    expect(id.docNumber).toBe('青府〔2025〕3号');
    expect(id.signer).toBe('李某某');
    expect(id.signatures.map((s) => s.date?.iso)).toEqual(['2025-02-01']);
  });

  it('takes the covered year, not the signing year, when the title has none', () => {
    const id = run(
      [
        '河西街道法治政府建设工作总结',
        '一年来，街道扎实推进各项工作。',
        '云岭县河西街道办事处',
        '2025年1月6日',
      ].join('\n'),
    );
    expect(id.unit?.name).toBe('河西街道');
    expect(id.reportYear).toBe(2024);
  });

  it('recognises a county report', () => {
    const id = run('云岭县2024年法治政府建设年度报告\n2024年，全县上下深入推进法治政府建设。');
    expect(id.unit?.name).toBe('云岭县');
    expect(id.level).toBe('county');
  });
});
