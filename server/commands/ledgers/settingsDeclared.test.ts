import { describe, expect, it } from 'vitest';
import { declaredSettings } from './settingsCommands';

describe('县级设置 as the admin reads them (issue 15 §11)', () => {
  const settings = declaredSettings();

  it('each has a Chinese name, an explanation, a basis and a scope: no codes or developer notes', () => {
    for (const s of settings) {
      for (const text of [s.group, s.label, s.explain, s.source, s.scope, s.unit]) {
        // 〔2018〕118号 and 第六十条 are Chinese; an ASCII word (annual_report, UNCONFIRMED, domain-rules) is not
        expect(text, `${s.key}: ${text}`).not.toMatch(/[A-Za-z]/);
      }
      expect(s.explain.length, s.key).toBeGreaterThan(10);
      expect(s.source.length, s.key).toBeGreaterThan(5);
    }
  });

  it('no two rows read the same (the two 公示期限 are told apart)', () => {
    const names = settings.map((s) => `${s.group}·${s.label}`);
    expect(new Set(names).size).toBe(names.length);
    expect(names).toContain('执法案件·行政许可、行政处罚决定公示期限');
    expect(names).toContain('执法案件·其他执法决定公示期限');
  });

  it('the report deadline is a month-day under 年度报告 and the catalog switch is a yes/no', () => {
    const submit = settings.find((s) => s.key === 'annual_report.submit_before');
    expect(submit).toMatchObject({ group: '年度报告', input: 'monthDay', default: 301 });
    const review = settings.find((s) => s.key === 'enforcement.review_catalog_heavy');
    expect(review).toMatchObject({ input: 'switch', min: 0, max: 1 });
  });
});
