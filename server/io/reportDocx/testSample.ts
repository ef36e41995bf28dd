import type { RenderedReport } from '../../../core/report/model';

/** A report of the fictional 青石镇 for 2025, as the renderer hands it to the exporters. */
export const SAMPLE: RenderedReport = {
  title: '青石镇人民政府关于2025年法治政府建设工作情况的报告',
  blocks: [
    {
      kind: 'paragraph',
      paragraphId: 'o1',
      text: '2025年，青石镇深入贯彻落实“法治政府建设实施纲要”，围绕全镇中心工作，扎实推进依法行政。现将有关情况报告如下。',
    },
    { kind: 'heading', level: 1, text: '一、主要举措和成效' },
    { kind: 'heading', level: 2, text: '（一）严格规范公正文明执法' },
    {
      kind: 'paragraph',
      paragraphId: 'p1',
      text: '全年开展行政执法检查40余次，办理行政处罚案件12件，执法全过程记录率100%。',
    },
    { kind: 'heading', level: 2, text: '（二）推进重大行政决策合法性审查' },
    {
      kind: 'paragraph',
      paragraphId: 'p2',
      text: '镇政府出台的3件重大行政决策均经合法性审查，审查通过率100%。',
    },
    { kind: 'heading', level: 1, text: '二、存在的不足和原因' },
    { kind: 'paragraph', paragraphId: 'p3', text: '村（社区）法律顾问作用发挥还不够充分。' },
    { kind: 'heading', level: 1, text: '三、下一年度推进法治政府建设的主要安排' },
    { kind: 'paragraph', paragraphId: 'p4', text: '2026年，青石镇将继续加强执法队伍建设。' },
  ],
  signature: { unit: '青石镇人民政府', date: '2026-01-20' },
};
