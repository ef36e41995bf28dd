import type { Citation } from '../types';

/**
 * Statutes cited by the kinds other than enforcement (issue 13 §2, §5), each with the version
 * read (domain-rules §0 and its December 2026 corrections). Enforcement statutes live in
 * enforcementLaw.ts; these follow the same shape so docs/statutes.md names one version per law.
 */
const cite =
  (law: string, version: string) =>
  (article: string): Citation => ({ law, article, version });

/** 《信访工作条例》 (中共中央、国务院, 2022). */
export const xf = cite('《信访工作条例》', '2022-02-25印发，2022-05-01施行');

/** 代表法, in its version revised 2025-03-11 (article numbers changed with it). */
export const DBF = '《全国人民代表大会和地方各级人民代表大会代表法》';
export const dbf = cite(DBF, '2025-03-11修正');

/**
 * A province's own rule (e.g. its 代表建议办理办法): the county names it when it sets the figure;
 * until then the citation says which kind of rule decides.
 */
export const provinceRule = (what: string): Citation => ({
  law: '本省（自治区、直辖市）规定',
  article: what,
  version: '各省不同，县级设置时核对',
});

/** 《人民调解法》 (2010). */
export const tj = cite('《中华人民共和国人民调解法》', '2010-08-28通过，2011-01-01施行');
/** 人民调解工作若干规定 (司法部令第75号): the one-month 调结 default (domain-rules corrections). */
export const tjgd = cite('《人民调解工作若干规定》（司法部令第75号）', '2002-09-26发布，2002-11-01施行');
/** 重大行政决策程序暂行条例 (国务院令第713号). */
export const jc = cite('《重大行政决策程序暂行条例》（国务院令第713号）', '2019-04-20公布，2019-09-01施行');
/** 国办发〔2018〕115号: legality review of normative documents; a policy document, parts named. */
export const gb115 = cite(
  '《国务院办公厅关于全面推行行政规范性文件合法性审核机制的指导意见》（国办发〔2018〕115号）',
  '2018-12-04印发',
);

/**
 * 村民委员会组织法, in its version amended 2018-12-29: Art.27 (村民自治章程、村规民约 are
 * reported to the township for 备案; they may not conflict with the Constitution, laws, regulations
 * and state policy nor infringe villagers' personal, democratic and property rights; the township
 * orders a correction). Checked against public restatements (search corpus `pages`).
 */
export const cwh = cite('《中华人民共和国村民委员会组织法》', '2018-12-29修正');
/** 《中华人民共和国政府信息公开工作年度报告格式》 (国办公开办函〔2021〕30号): the annual report's template. */
export const gkbh = cite(
  '《中华人民共和国政府信息公开工作年度报告格式》（国办公开办函〔2021〕30号）',
  '2021-09-26印发',
);
