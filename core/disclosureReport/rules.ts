import { gkbh } from '../ledgers/kinds/citations';
import { gi } from '../ledgers/kinds/enforcementLaw';
import type { Citation } from '../ledgers/types';
import { DISCLOSURE_DUE_SETTING } from './deadline';

const T = 'core/disclosureReport/disclosureReport.test.ts';
const API = 'server/kinds/disclosure/disclosureReport.test.ts';

/** The rules the 政府信息公开工作年度报告 applies, for docs/statutes.md (core/ledgers/statutes.ts). */
export const DISCLOSURE_REPORT_RULES: readonly {
  where: string;
  rule: string;
  cite: readonly Citation[];
  setting: string;
  test: string;
}[] = [
  {
    where: 'compose.ts composeTables',
    rule: '报告分总体情况、主动公开、收到和处理申请、复议诉讼、存在的问题及改进、其他事项六部分；表三按申请人类型分列，办理结果按模板的予以公开、部分公开、不予公开8项、无法提供3项、不予处理5项、其他处理3项统计',
    cite: [gi('第五十条'), gkbh('一、报告内容；附表')],
    setting: '',
    test: `${T} › counts each request in its row and column, with the totals`,
  },
  {
    where: 'check.ts checkArithmetic',
    rule: '表三：总计列等于各类申请人之和，各组等于其下各项之和，（七）总计等于（一）至（六）之和，本年新收加上年结转等于办理结果总计加结转下年度；表四：总计等于四种结果之和。不平衡的不能提交、批准',
    cite: [gkbh('三、收到和处理政府信息公开申请情况')],
    setting: '',
    test: `${T} › names the cell that does not add up`,
  },
  {
    where: 'deadline.ts disclosureReportDeadline',
    rule: '乡镇报告的公开截止日：条例对乡镇未规定，默认次年1月31日（同县级人民政府部门），由县级设置',
    cite: [gi('第四十九条')],
    setting: DISCLOSURE_DUE_SETTING.key,
    test: `${T} › defaults to 31 January and follows the county setting`,
  },
  {
    where: 'workflow.ts（disclosure_report）',
    rule: '批准后公开发布，公开前须记录保密审查',
    cite: [gi('第十七条'), gi('第四十九条')],
    setting: '',
    test: `${API} › goes draft → submitted → approved → published, with the secrecy review`,
  },
];
